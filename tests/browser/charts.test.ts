// Charts in a real browser: drawn when near view, not before; without
// JavaScript the figure is still complete; downloads are the right files.
import { DOWNLOAD_MEDIA_TYPES } from '../../src/lib/stats/media-types.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../support/paths.ts';
import { inkedShare, launchChromium, VIEWPORTS } from '../support/browser.ts';
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

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  test('Chart.js loads only when a chart nears the viewport, then draws in a worker', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(articleUrl());
    await page.waitForLoadState('networkidle');
    expect(scripts.some((path) => path.includes('render-chart'))).toBe(false);
    expect(page.workers()).toEqual([]);
    expect(await page.locator('figure[data-chart-ready]').count()).toBe(0);

    const figure = page.locator('figure[data-chart="line"]');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-chart="line"][data-chart-ready]');
    expect(scripts.some((path) => path.includes('render-chart'))).toBe(true);
    // Chart.js runs in the worker, never on the page: the page's own fallback chunk is not loaded.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringContaining('chart-worker')]);
    expect(scripts.some((path) => path.includes('chart-draw'))).toBe(false);
    expect(await figure.locator('.chart-canvas').isVisible()).toBe(true);
    // The worker's frame reaches the screen a moment after it says it has drawn.
    await expect.poll(() => inkedShare(figure.locator('canvas'))).toBeGreaterThan(0.01);
    const box = await figure.locator('canvas').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(viewport.width);
    await context.close();
  });
});

test('bar charts are drawn too, complete at once (no entry animation)', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[1] });
  const page = await context.newPage();
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="bar"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('figure[data-chart="bar"][data-chart-ready]');
  const canvas = figure.locator('canvas');
  await expect.poll(() => inkedShare(canvas)).toBeGreaterThan(0.05);
  // Nothing moves after the first frame.
  const drawn = await canvas.screenshot();
  await page.waitForTimeout(500);
  expect((await canvas.screenshot()).equals(drawn)).toBe(true);
  await context.close();
});

test('a pointer over a period shows its tooltip (the worker gets the pointer from the page), and leaving hides it', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[1] });
  const page = await context.newPage();
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="line"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('figure[data-chart="line"][data-chart-ready]');
  const canvas = figure.locator('canvas');
  await expect.poll(() => inkedShare(canvas)).toBeGreaterThan(0.01);
  const plain = await inkedShare(canvas);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => inkedShare(canvas)).toBeGreaterThan(plain + 0.01);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
  await expect.poll(() => inkedShare(canvas)).toBeCloseTo(plain, 3);
  await context.close();
});

test('where a canvas cannot go to a worker, the chart is drawn on the page instead', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  // A browser without OffscreenCanvas (Safari before 16.4).
  await context.addInitScript(() => {
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="line"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('figure[data-chart="line"][data-chart-ready]');
  expect(page.workers()).toEqual([]);
  expect(scripts.some((path) => path.includes('chart-draw'))).toBe(true);
  expect(await inkedShare(figure.locator('canvas'))).toBeGreaterThan(0.01);
  await context.close();
});

test('a tap shows a period’s tooltip too (a touch sends no pointer move), and it stays after the finger lifts', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0], hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="line"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('figure[data-chart="line"][data-chart-ready]');
  const canvas = figure.locator('canvas');
  await expect.poll(() => inkedShare(canvas)).toBeGreaterThan(0.01);
  const plain = await inkedShare(canvas);
  const box = (await canvas.boundingBox())!;
  await canvas.tap({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect.poll(() => inkedShare(canvas)).toBeGreaterThan(plain + 0.01);
  await context.close();
});

test('where no module worker can start, the chart is drawn on the page', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  // Firefox before 114 hands a canvas over but throws on a module worker.
  await context.addInitScript(() => {
    window.Worker = class extends Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        if (options?.type === 'module') throw new TypeError('Module scripts are not supported on DedicatedWorker yet.');
        super(url, options);
      }
    };
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="line"]');
  await figure.scrollIntoViewIfNeeded();
  await page.waitForSelector('figure[data-chart="line"][data-chart-ready]');
  expect(scripts.some((path) => path.includes('chart-draw'))).toBe(true);
  expect(await inkedShare(figure.locator('canvas'))).toBeGreaterThan(0.01);
  await context.close();
});

test('without JavaScript: table, summary, source and downloads are there; the empty chart area is not', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articleUrl());
  const figure = page.locator('figure[data-chart="line"]');
  expect(await figure.locator('table tbody tr').count()).toBe(5);
  expect(await figure.locator('.chart-summary').textContent()).toContain('门诊人次由12.5万人次增至186万人次');
  expect(await figure.locator('.downloads a').allTextContents()).toEqual(['CSV 文件', 'XLSX 文件', 'JSON 文件', 'PNG 文件']);
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
  const [csv, xlsx, json, png] = await Promise.all(links.map((link) => page.request.get(link.href)));
  expect(csv!.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect([...(await csv!.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect((await csv!.body()).toString('utf8')).toContain('期间,门诊人次（人次）,急诊人次（人次）\r\n2017,125000,20000\r\n');
  expect(xlsx!.headers()['content-type']).toBe(DOWNLOAD_MEDIA_TYPES.XLSX);
  // A workbook is a zip archive: it starts with PK.
  expect([...(await xlsx!.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  expect(json!.headers()['content-type']).toContain('application/json');
  expect((await json!.json()).series[0].points[2]).toEqual({ period: '2019', value: null });
  expect(png!.headers()['content-type']).toBe('image/png');
  expect([...(await png!.body()).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(links.map((link) => link.download)).toEqual([
    'test-clinic-visits.csv',
    'test-clinic-visits.xlsx',
    'test-clinic-visits.json',
    'test-clinic-visits.png',
  ]);
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
