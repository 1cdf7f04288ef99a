// Charts in a real browser: drawn when near view, not before; without
// JavaScript the figure is still complete; downloads are the right files.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../support/paths.ts';
import { launchChromium, VIEWPORTS } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;
const articleUrl = () => `${server.origin}${fixtureSite.base}articles/clinic-statistics/`;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveSite(fixtureSite);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Share of canvas pixels that differ from its top-left (background) pixel. */
function inkedShare(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) inked++;
    return inked / (data.length / 4);
  });
}

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  test('Chart.js loads only when a chart nears the viewport, then draws', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(articleUrl());
    await page.waitForLoadState('networkidle');
    expect(scripts.some((path) => path.includes('render-chart'))).toBe(false);
    expect(await page.locator('figure[data-chart-ready]').count()).toBe(0);

    const figure = page.locator('figure[data-chart="line"]');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-chart="line"][data-chart-ready]');
    expect(scripts.some((path) => path.includes('render-chart'))).toBe(true);
    await page.waitForTimeout(700); // let the entry animation finish
    expect(await figure.locator('.chart-canvas').isVisible()).toBe(true);
    const share = await inkedShare(page, 'figure[data-chart="line"] canvas');
    expect(share).toBeGreaterThan(0.01);
    const box = await figure.locator('canvas').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(viewport.width);
    await context.close();
  });
});

test('bar charts are drawn too, complete at once when the reader prefers reduced motion', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[1], reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="bar"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('figure[data-chart="bar"][data-chart-ready]');
  // Reduced motion: no animation, so the bars are complete at once.
  expect(await inkedShare(page, 'figure[data-chart="bar"] canvas')).toBeGreaterThan(0.05);
  await context.close();
});

test('without JavaScript: table, summary, source and downloads are there; the empty chart area is not', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="line"]');
  expect(await figure.locator('table tbody tr').count()).toBe(5);
  expect(await figure.locator('.chart-summary').textContent()).toContain('门诊人次由12.5万人次增至186万人次');
  expect(await figure.locator('.downloads a').allTextContents()).toEqual(['CSV 文件', 'JSON 文件', 'PNG 文件']);
  expect(await figure.locator('.chart-canvas').isVisible()).toBe(false);
  await context.close();
});

test('each download returns the right bytes and type', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(articleUrl());
  const links = await page
    .locator('figure[data-chart="line"] .downloads a')
    .evaluateAll((anchors) => anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.getAttribute('download') })));
  const [csv, json, png] = await Promise.all(links.map((link) => page.request.get(link.href)));
  expect(csv!.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect([...(await csv!.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect((await csv!.body()).toString('utf8')).toContain('期间,门诊人次（人次）,急诊人次（人次）\r\n2017,125000,20000\r\n');
  expect(json!.headers()['content-type']).toContain('application/json');
  expect((await json!.json()).series[0].points[2]).toEqual({ period: '2019', value: null });
  expect(png!.headers()['content-type']).toBe('image/png');
  expect([...(await png!.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(links.map((link) => link.download)).toEqual(['test-clinic-visits.csv', 'test-clinic-visits.json', 'test-clinic-visits.png']);
  await context.close();
});

test.each(['light', 'dark'] as const)('no axe violations with the charts drawn (%s mode)', async (colorScheme) => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0], colorScheme });
  const page = await context.newPage();
  for (const path of ['articles/clinic-statistics/', 'data/test-checkups/']) {
    await page.goto(`${server.origin}${fixtureSite.base}${path}`);
    for (const figure of await page.locator('figure[data-chart]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('canvas').waitFor({ state: 'visible' });
    }
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
  await context.close();
});
