// axe (WCAG 2.2 A/AA rules) over every page in the sitemap, at phone and
// desktop widths, in light and dark mode; then keyboard use.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, sampleSite, type TestSite } from '../support/paths.ts';
import { launchChromium, VIEWPORTS } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { fileOfUrl } from '../support/dist.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function sitemapPaths(site: TestSite): string[] {
  const xml = readFileSync(fileOfUrl(site, `${site.base}sitemap-0.xml`)!, 'utf8');
  return [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

let browser: Browser;
const servers = new Map<string, RunningServer>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const site of [sampleSite, fixtureSite]) servers.set(site.name, await serveSite(site));
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

async function axeViolations(context: BrowserContext, origin: string, path: string) {
  const page = await context.newPage();
  try {
    const response = await page.goto(origin + path);
    expect([200, 404], path).toContain(response?.status());
    // axe runs as a script in the page; the pages themselves ship none.
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await page.close();
  }
}

const fixturePaths = [
  '',
  'regions/xianyang/',
  'regions/xianyang/2/',
  'regions/qianjiang/',
  'articles/corrected-notice/',
  'articles/traditional-report/',
  'articles/clinic-statistics/',
  'data/test-clinic-visits/',
  'no-such-page/',
].map((path) => fixtureSite.base + path);

describe.each(VIEWPORTS)('axe at $width px', (viewport) => {
  const contexts = new Map<string, BrowserContext>();
  beforeAll(async () => {
    for (const colorScheme of ['light', 'dark'] as const) contexts.set(colorScheme, await browser.newContext({ viewport, colorScheme }));
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });

  test('the sample site has every kind of page', () => {
    expect(sitemapPaths(sampleSite).length).toBeGreaterThan(20);
  });
  test.each([...sitemapPaths(sampleSite), '/404.html'])('sample %s', async (path) => {
    expect(await axeViolations(contexts.get('light')!, servers.get('sample')!.origin, path)).toEqual([]);
  });
  test.each(fixturePaths)('fixture (sub-path, dark mode) %s', async (path) => {
    expect(await axeViolations(contexts.get('dark')!, servers.get('fixture')!.origin, path)).toEqual([]);
  });
});

describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the main content', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await page.goto(`${servers.get('sample')!.origin}/articles/yongzhou-livelihood-projects-2019/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(first).toEqual({ text: '跳到正文', href: '#main' });
    // Visible when focused (it sits off-screen otherwise).
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
    await context.close();
  });

  test.each(VIEWPORTS)('Tab reaches every link and control on the home page with a visible focus ring ($width px)', async (viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${servers.get('fixture')!.origin}${fixtureSite.base}`);
    const FOCUSABLE = 'a[href], input, button, select';
    const linkCount = await page.locator(FOCUSABLE).count();
    const reached = new Set<string>();
    for (let i = 0; i < linkCount + 5; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          key: `${el.tagName}|${el.getAttribute('href') ?? el.id}|${el.textContent}`,
          tag: el.tagName,
          outline: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          visible: rect.width > 0 && rect.height > 0,
        };
      });
      if (!focus) continue;
      expect(['A', 'INPUT', 'BUTTON', 'SELECT']).toContain(focus.tag);
      expect(focus.outline, focus.key).not.toBe('none');
      expect(focus.outlineWidth, focus.key).toBeGreaterThanOrEqual(2);
      expect(focus.visible, focus.key).toBe(true);
      reached.add(focus.key);
    }
    const all = await page
      .locator(FOCUSABLE)
      .evaluateAll((elements) => elements.map((el) => `${el.tagName}|${el.getAttribute('href') ?? el.id}|${el.textContent}`));
    expect([...reached].sort()).toEqual([...new Set(all)].sort());
    await context.close();
  });
});

test('pages work without JavaScript and nothing overflows a 375 px screen', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0], javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/', '/articles/xianyang-health-work-conference-2021/', '/regions/', '/topics/']) {
    await page.goto(`${servers.get('sample')!.origin}${path}`);
    expect(await page.locator('h1').count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const bodyFont = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodyFont, path).toBeGreaterThanOrEqual(16);
  }
  await context.close();
});

test('print: navigation, search and pagination are left off; the article and its metadata stay', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${servers.get('fixture')!.origin}${fixtureSite.base}articles/corrected-notice/`);
  for (const hidden of ['.site-nav', '.site-search', '.related', '.skip-link']) {
    expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
  }
  for (const shown of ['h1', '.meta', '.official', '.correction', '.article-body']) {
    expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
  }
  await context.close();
});
