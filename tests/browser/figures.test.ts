// Figures on phones: at 375 px a figure in an article is its chart and summary,
// about one screen tall, with the table, source and downloads one tap away in
// a disclosure that works by touch, keyboard and without JavaScript, opens on
// the dataset's own page, and prints.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleSite } from '../support/paths.ts';
import { launchChromium, VIEWPORTS } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';

const PHONE = VIEWPORTS[0];
// 咸阳: three line charts of two figures five years apart (the two-point rule); 永州: bar charts.
const ARTICLES = ['articles/xianyang-health-work-conference-2021/', 'articles/yongzhou-livelihood-projects-2019/'];
const BEDS_ARTICLE = ARTICLES[0]!;
const BEDS_PAGE = 'data/xianyang-beds-per-thousand/';
const LABEL = '数据表、来源与下载';

let browser: Browser;
let server: RunningServer;
const url = (path: string) => `${server.origin}${sampleSite.base}${path}`;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveSite(sampleSite);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phonePage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  return { context, page: await context.newPage() };
}

/** Scrolls the figure into view and waits for its chart (Chart.js loads near view). */
async function drawn(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('canvas').waitFor({ state: 'visible' });
  await figure.page().waitForFunction((el) => el?.hasAttribute('data-chart-ready'), await figure.elementHandle());
}

const height = async (locator: Locator) => (await locator.boundingBox())!.height;
/** Rendered for the reader: not inside a closed disclosure's hidden content. */
const shown = (locator: Locator) => locator.evaluate((el) => el.checkVisibility());

describe('in an article at 375 px', () => {
  test('each figure is chart and summary first, at most one phone screen tall and under 60% of its full height', async () => {
    const { context, page } = await phonePage();
    for (const path of ARTICLES) {
      await page.goto(url(path));
      const figures = await page.locator('figure[data-chart]').all();
      expect(figures.length, path).toBeGreaterThan(0);
      for (const figure of figures) {
        await drawn(figure);
        const order = await figure.evaluate((el) => [...el.children].map((child) => child.className || child.tagName.toLowerCase()));
        expect(order).toEqual(['figcaption', 'chart-canvas', 'chart-summary', 'chart-details']);
        const compact = await height(figure);
        // The reader's phone screen (740 px): the whole figure, its chart drawn, fits in one.
        expect(compact, path).toBeLessThanOrEqual(PHONE.height);
        // Opened, the figure is what it was before the disclosure (plus its 44 px summary):
        // closed it must save at least 40%. (Measured: 598 px closed, 1127–1233 px before.)
        await figure.locator('summary').click();
        expect(compact / (await height(figure)), path).toBeLessThanOrEqual(0.6);
      }
    }
    await context.close();
  });

  test('the disclosure is closed, holds the table, unit, notes, source and downloads, and opens on a tap', async () => {
    const { context, page } = await phonePage({ hasTouch: true });
    await page.goto(url(BEDS_ARTICLE));
    const figure = page.locator('figure[data-chart]').first();
    const details = figure.locator('details.chart-details');
    expect(await details.getAttribute('open')).toBeNull();
    expect((await details.locator('summary').textContent())?.trim()).toBe(LABEL);
    for (const part of ['table', '.chart-facts', '.downloads']) expect(await details.locator(part).count(), part).toBe(1);
    expect(await details.locator('.chart-facts').textContent()).toContain('咸阳日报');
    expect(await shown(details.locator('table'))).toBe(false);
    await details.locator('summary').tap();
    expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
    expect(await shown(details.locator('table'))).toBe(true);
    await context.close();
  });

  test('the summary is a 44 px target, keyboard operable, with a visible focus ring', async () => {
    const { context, page } = await phonePage();
    await page.goto(url(BEDS_ARTICLE));
    const summary = page.locator('figure[data-chart] summary').first();
    const box = (await summary.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    // Tab from the top of the page, as a keyboard user does, until the summary has focus.
    for (let i = 0; i < 100 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    const focus = await summary.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        focused: el === document.activeElement,
        visible: el.matches(':focus-visible'),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(focus).toMatchObject({ focused: true, visible: true, outline: 'solid' });
    expect(focus.width).toBeGreaterThanOrEqual(2);
    const open = () => summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
    await page.keyboard.press('Enter');
    expect(await open()).toBe(true);
    await page.keyboard.press('Space');
    expect(await open()).toBe(false);
    await context.close();
  });

  test('two figures five years apart: points, and the page, the chart name and the PNG say 中间年份无数据', async () => {
    const { context, page } = await phonePage();
    await page.goto(url(BEDS_ARTICLE));
    const figure = page.locator('figure[data-chart="line"]').first();
    expect(await figure.locator('.chart-summary').textContent()).toContain('中间年份无数据。');
    expect(await figure.locator('canvas').getAttribute('aria-label')).toMatch(
      /中间年份无数据。各期数值见图下“数据表、来源与下载”中的数据表。$/,
    );
    const png = await page.request.get(url('data/xianyang-beds-per-thousand.png'));
    const bytes = await png.body();
    // IHDR: the PNG grew below the 675 px chart by its caption (notes, 中间年份无数据, source).
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(675 + 3 * 30);
    await context.close();
  });
});

test('on the dataset page the disclosure is open: the figures are the point of the page', async () => {
  const { context, page } = await phonePage();
  await page.goto(url(BEDS_PAGE));
  const details = page.locator('figure[data-chart] details.chart-details');
  expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
  expect(await shown(details.locator('table'))).toBe(true);
  await details.locator('summary').click();
  expect(await shown(details.locator('table'))).toBe(false);
  await context.close();
});

describe('printing', () => {
  test('print styles show the closed disclosure’s table, source and downloads, and hide the canvas', async () => {
    const { context, page } = await phonePage();
    await page.goto(url(BEDS_ARTICLE));
    const figure = page.locator('figure[data-chart]').first();
    await drawn(figure);
    await page.emulateMedia({ media: 'print' });
    expect(await figure.locator('details').evaluate((el: HTMLDetailsElement) => el.open)).toBe(false);
    for (const part of ['table', '.chart-facts']) expect(await shown(figure.locator(part)), part).toBe(true);
    expect(await figure.locator('.chart-canvas').isVisible()).toBe(false);
    await context.close();
  });

  test('beforeprint opens every closed disclosure and afterprint closes them again, leaving one the reader opened', async () => {
    const { context, page } = await phonePage();
    await page.goto(url(ARTICLES[1]!));
    const states = () => page.locator('figure[data-chart] details').evaluateAll((all) => all.map((el) => (el as HTMLDetailsElement).open));
    const count = (await states()).length;
    expect(count).toBeGreaterThan(1);
    await page.locator('figure[data-chart] summary').first().click();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await states()).toEqual(Array(count).fill(true));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await states()).toEqual([true, ...Array(count - 1).fill(false)]);
    await context.close();
  });
});

test('without JavaScript: caption, summary and a working disclosure; no empty chart area', async () => {
  const { context, page } = await phonePage({ javaScriptEnabled: false });
  await page.goto(url(BEDS_ARTICLE));
  const figure = page.locator('figure[data-chart]').first();
  expect(await figure.locator('.chart-canvas').isVisible()).toBe(false);
  expect(await figure.locator('.chart-summary').textContent()).toBe(
    '2015年至2020年，每千人口床位数由5.72张增至7.04张，增长23.1%。中间年份无数据。',
  );
  const details = figure.locator('details.chart-details');
  expect((await details.locator('summary').textContent())?.trim()).toBe(LABEL);
  expect(await shown(details.locator('table'))).toBe(false);
  expect(await height(figure)).toBeLessThanOrEqual(PHONE.height / 2);
  await details.locator('summary').click();
  expect(await shown(details.locator('table'))).toBe(true);
  expect(await details.locator('table tbody tr').count()).toBe(2);
  expect(await details.locator('.downloads a').allTextContents()).toEqual(['CSV 文件', 'XLSX 文件', 'JSON 文件', 'PNG 文件']);
  // The keyboard needs no script either.
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  expect(await shown(details.locator('table'))).toBe(false);
  await context.close();
});
