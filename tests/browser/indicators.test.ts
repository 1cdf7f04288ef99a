// An indicator page in a real browser: one series per region, the region
// picker redraws the chart and keeps the choice in the address, no JavaScript
// shows every region, axe finds nothing, search finds the page; and the
// suggested citation is copied with today's date; with more regions than are
// preselected, the rest wait under 更多地区 and an address can choose them.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleSite, type TestSite } from '../support/paths.ts';
import { buildManyRegionsSite, MANY_REGIONS_INDICATOR } from '../support/many-regions-site.ts';
import { launchChromium, VIEWPORTS } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { allResultPaths } from '../support/search-results.ts';

const PATH = '/indicators/basic-public-health-funding-per-capita/';
const FIGURE = 'figure[data-chart]';
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveSite(sampleSite);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The chart's legend as drawn: the unit title, then one name per line (render-chart.ts marks it on the figure). */
async function drawnSeries(page: Page, expected: string[]): Promise<string[]> {
  await page.waitForFunction(
    ([selector, names]) => document.querySelector(selector!)?.getAttribute('data-chart-labels') === names,
    [FIGURE, ['单位：元', ...expected].join('|')] as const,
    { timeout: 10_000 },
  );
  return (await page.locator(FIGURE).getAttribute('data-chart-labels'))!.split('|').slice(1);
}
const visibleRows = (page: Page) => page.locator(`${FIGURE} tbody tr:visible th`).allTextContents();

test('one line per region; unticking a region redraws without it and puts the choice in the address', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  const page = await context.newPage();
  await page.goto(server.origin + PATH);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  expect(await drawnSeries(page, ['晋中市', '咸阳市'])).toEqual(['晋中市', '咸阳市']);
  const picker = page.locator('form[data-region-picker]');
  expect(await picker.isVisible()).toBe(true);

  await page.getByRole('checkbox', { name: '晋中市' }).uncheck();
  expect(await drawnSeries(page, ['咸阳市'])).toEqual(['咸阳市']);
  expect(new URL(page.url()).search).toBe('?regions=xianyang');
  expect(await visibleRows(page)).toEqual(['咸阳市']);
  expect(await picker.locator('[role="status"]').textContent()).toContain('1 个地区：咸阳市');

  // The last region cannot be unticked: a chart of nothing says nothing.
  await page.getByRole('checkbox', { name: '咸阳市' }).click();
  expect(await page.getByRole('checkbox', { name: '咸阳市' }).isChecked()).toBe(true);
  expect(await picker.locator('[role="status"]').textContent()).toContain('至少');

  // Axe in this state too, picker and all.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('a shared address opens with its regions; the keyboard reaches every choice', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[1] });
  const page = await context.newPage();
  await page.goto(`${server.origin}${PATH}?regions=jinzhong`);
  await page.locator(FIGURE).scrollIntoViewIfNeeded();
  expect(await drawnSeries(page, ['晋中市'])).toEqual(['晋中市']);
  expect(await page.getByRole('checkbox', { name: '咸阳市' }).isChecked()).toBe(false);
  await page.getByRole('checkbox', { name: '晋中市' }).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('xianyang');
  await page.keyboard.press('Space');
  expect(await drawnSeries(page, ['晋中市', '咸阳市'])).toEqual(['晋中市', '咸阳市']);
  expect(new URL(page.url()).search).toBe('?regions=jinzhong,xianyang');
  await context.close();
});

test('without JavaScript: no picker, the table holds every region, nothing overflows 320 px (200% text: reading.test.ts)', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.origin + PATH);
  expect(await page.locator('form[data-region-picker]').isVisible()).toBe(false);
  expect(await visibleRows(page)).toEqual(['晋中市', '咸阳市']);
  // 2010: 咸阳 has no figure, so "—" with its note, not 0.
  expect(await page.locator(`${FIGURE} tbody tr[data-region="xianyang"] td`).first().getAttribute('data-value')).toBe('');
  expect(await page.locator('.citation-actions').isVisible()).toBe(false);
  expect(await page.locator('.citation-note').textContent()).toContain('请改为您访问本页的日期');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('复制引用 copies the GB/T 7714 citation with today’s date as the access date', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${server.origin}/data/xianyang-public-health-funding/`);
  await page.getByRole('button', { name: '复制引用' }).click();
  await expect.poll(() => page.locator('[data-citation-status]').textContent()).toBe('已复制引用。');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  expect(copied).toMatch(/^卫健编辑部\. 咸阳市人均基本公共卫生服务经费（“十三五”首末）\[DB\/OL\]\. 卫健/);
  expect(copied).toContain(`[${today}]. `);
  expect(copied.endsWith(`${new URL('/data/xianyang-public-health-funding/', 'https://weijian.example.cn').pathname}.`)).toBe(true);
  await context.close();
});

test('search finds the indicator pages, by name and by either region', async () => {
  const search = (params: string) => allResultPaths(browser, `${server.origin}/search/${params}`);
  expect((await search(`?q=${encodeURIComponent('人均基本公共卫生服务经费')}`)).slice(0, 3)).toContain(PATH);
  expect(await search(`?q=${encodeURIComponent('人均基本公共卫生服务经费')}&region=jinzhong`)).toContain(PATH);
  expect(await search(`?q=${encodeURIComponent('人均基本公共卫生服务经费')}&region=xianyang`)).toContain(PATH);
  expect(await search(`?q=${encodeURIComponent('床位数')}`)).toContain('/indicators/hospital-beds-per-thousand/');
});

describe('an indicator with more regions than are preselected (7, of which 5 are shown at first)', () => {
  let site: TestSite;
  let many: RunningServer;
  // The test's own listing order: one province, one level, so by pinyin (ids r7, r3, r5, r1, r6, r2, r4).
  const ORDER = ['安康市', '宝鸡市', '汉中市', '渭南市', '咸阳市', '延安市', '榆林市'];
  const page = (search = '') => `${many.origin}${site.base}indicators/${MANY_REGIONS_INDICATOR}/${search}`;
  const drawn = async (tab: Page, names: string[]) => {
    await tab.waitForFunction(
      ([selector, expected]) => document.querySelector(selector!)?.getAttribute('data-chart-labels') === expected,
      [FIGURE, ['单位：张', ...names].join('|')] as const,
      { timeout: 10_000 },
    );
    return visibleRows(tab);
  };

  beforeAll(async () => {
    site = buildManyRegionsSite();
    many = await serveSite(site);
  });
  afterAll(async () => {
    await many?.close();
  });

  test('the first five are chosen and drawn; the other two wait under 更多地区, closed; choosing them there adds them in listing order to chart, table and address', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const tab = await context.newPage();
    await tab.goto(page());
    await tab.locator(FIGURE).scrollIntoViewIfNeeded();
    expect(await drawn(tab, ORDER.slice(0, 5))).toEqual(ORDER.slice(0, 5));
    const more = tab.locator('form[data-region-picker] details');
    expect(await more.locator('summary').textContent()).toBe('更多地区（2 个）');
    expect(await more.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await tab.getByRole('checkbox', { name: '延安市' }).isVisible()).toBe(false);

    await more.locator('summary').click();
    // Chosen last first: the chart, table and address still follow the listing order.
    await tab.getByRole('checkbox', { name: '榆林市' }).check();
    await tab.getByRole('checkbox', { name: '延安市' }).check();
    expect(await drawn(tab, ORDER)).toEqual(ORDER);
    expect(new URL(tab.url()).search).toBe('?regions=r7,r3,r5,r1,r6,r2,r4');
    const axe = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  test('an address choosing a region under 更多地区 opens it, with only the regions asked for drawn', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const tab = await context.newPage();
    await tab.goto(page('?regions=r2,r3'));
    await tab.locator(FIGURE).scrollIntoViewIfNeeded();
    expect(await drawn(tab, ['宝鸡市', '延安市'])).toEqual(['宝鸡市', '延安市']);
    expect(await tab.locator('form[data-region-picker] details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await tab.getByRole('checkbox', { name: '延安市' }).isChecked()).toBe(true);
    expect(await tab.getByRole('checkbox', { name: '安康市' }).isChecked()).toBe(false);
    await context.close();
  });

  test('without JavaScript the table holds all seven', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(page());
    expect(await visibleRows(tab)).toEqual(ORDER);
    // The PNG pictures the five shown at first, and the list of downloads says so.
    expect(await tab.locator(`a[href$="${MANY_REGIONS_INDICATOR}.png"]`).locator('xpath=..').textContent()).toContain('5 个地区');
    await context.close();
  });
});
