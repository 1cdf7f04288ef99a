// The search page as a reader types, in Chromium: results without Enter,
// nothing searched while an input method composes (its two event orders:
// Chromium's and Safari's), stale answers never shown over newer ones, one
// announcement per settled query, history replaced while typing and pushed
// on Enter, excerpts cut at clauses with whole words marked, and the
// no-results state.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleSite } from '../support/paths.ts';
import { launchChromium } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { pageTexts } from '../../bench/lib/search-quality.ts';

let browser: Browser;
let context: BrowserContext;
let server: RunningServer;
const site = sampleSite;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  server = await serveSite(site);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The search page, with a record of every status text and every history change it makes. */
async function openSearch(params = ''): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __statuses: string[]; __history: string[] };
    w.__statuses = [];
    w.__history = [];
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        w.__history.push(`${method}:${decodeURIComponent(String(url))}`);
        original(data, unused, url);
      };
    }
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector('#search-status')!;
      new MutationObserver(() => w.__statuses.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
  await page.goto(`${server.origin}${site.base}search/${params}`);
  return page;
}
const record = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __statuses: string[]; __history: string[] };
    return { statuses: [...w.__statuses], history: [...w.__history], length: history.length };
  });
const statusText = (page: Page) => page.locator('#search-status').textContent();
async function answered(page: Page, about: string) {
  await page.waitForFunction(
    (about) =>
      /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? '') &&
      (document.querySelector('#search-status')?.textContent ?? '').includes(about),
    about,
  );
}
const resultTitles = (page: Page) => page.locator('#search-results h3 a').allTextContents();

describe('results as the reader types', () => {
  test('no Enter needed; the URL is replaced while typing (history does not grow), one announcement per settled query', async () => {
    const page = await openSearch();
    const before = await record(page);
    await page.locator('#search-q').click();
    await page.keyboard.type('两癌', { delay: 10 });
    await answered(page, '两癌');
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    const after = await record(page);
    expect(after.length).toBe(before.length);
    expect(after.history.every((entry) => entry.startsWith('replaceState:'))).toBe(true);
    expect(page.url()).toContain(`q=${encodeURIComponent('两癌')}`);
    // Typed faster than the pause: one search, one announcement.
    expect(after.statuses.filter((text) => text.startsWith('找到'))).toHaveLength(1);
    await page.close();
  });

  test('Enter adds one history entry; Back returns to the page before the search, Forward to the search', async () => {
    const page = await openSearch();
    const start = await record(page);
    await page.locator('#search-q').fill('村卫生室');
    await answered(page, '村卫生室');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction((n) => history.length === n + 1, start.length);
    await page.goBack();
    await page.waitForFunction(() => !location.search && !document.querySelector<HTMLElement>('#search-recent')!.hidden);
    expect(await page.locator('#search-q').inputValue()).toBe('');
    await page.goForward();
    await answered(page, '村卫生室');
    expect(await page.locator('#search-q').inputValue()).toBe('村卫生室');
    await page.close();
  });
});

describe('Chinese input methods', () => {
  /**
   * Types `text` through a composition, as a pinyin input method does: the
   * box holds pinyin letters until a candidate is picked with Enter. Chromium
   * fires the Enter before compositionend; Safari fires compositionend first.
   */
  async function compose(page: Page, pinyin: string, text: string, order: 'chromium' | 'safari') {
    return page.evaluate(
      async ({ pinyin, text, order }) => {
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        input.focus();
        input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
        for (let n = 1; n <= pinyin.length; n++) {
          input.value = pinyin.slice(0, n);
          input.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: input.value }));
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: input.value }),
          );
          // Slower than the typing pause: a search would run now if composing were not watched.
          await pause(250);
        }
        const enter = (isComposing: boolean) =>
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, isComposing }));
        const end = () => {
          input.value = text;
          input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: text }));
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, isComposing: false, inputType: 'insertFromComposition', data: text }),
          );
        };
        let enterNotPrevented: boolean;
        if (order === 'chromium') {
          enterNotPrevented = enter(true);
          end();
        } else {
          end();
          enterNotPrevented = enter(false);
        }
        return { enterNotPrevented };
      },
      { pinyin, text, order },
    );
  }

  test.each(['chromium', 'safari'] as const)(
    '%s order: no search while composing, the composed word is searched, the confirming Enter does not submit',
    async (order) => {
      const page = await openSearch();
      const start = await record(page);
      const { enterNotPrevented } = await compose(page, 'liangai', '两癌', order);
      expect(enterNotPrevented).toBe(false);
      await answered(page, '两癌');
      const after = await record(page);
      const all = [...after.statuses, ...after.history].join('\n');
      for (let n = 2; n <= 'liangai'.length; n++) expect(all).not.toContain('liangai'.slice(0, n));
      expect(after.length).toBe(start.length);
      // A real Enter afterwards submits.
      await page.waitForTimeout(150);
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction((n) => history.length === n + 1, start.length);
      await page.close();
    },
  );
});

test('an answer that arrives after a newer query never replaces it', async () => {
  const page = await openSearch();
  // The engine and index are in; then the first query's page data comes slowly.
  await page.locator('#search-q').fill('医院');
  await answered(page, '医院');
  let slow = true;
  await page.route('**/pagefind/fragment/**', async (route) => {
    if (slow) await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.continue();
  });
  await page.locator('#search-q').fill('98200');
  await page.locator('#search-q').press('Enter');
  await page.waitForTimeout(300);
  slow = false;
  await page.locator('#search-q').fill('空白村');
  await page.locator('#search-q').press('Enter');
  await answered(page, '空白村');
  const shown = await resultTitles(page);
  await page.waitForTimeout(1500);
  expect(await statusText(page)).toContain('空白村');
  expect(await resultTitles(page)).toEqual(shown);
  const { statuses } = await record(page);
  expect(statuses.some((text) => text.startsWith('找到') && text.includes('98200'))).toBe(false);
  await page.close();
});

describe('excerpts', () => {
  test('start at a clause, join pieces with ……, mark whole query words only', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('两癌筛查')}`);
    await answered(page, '两癌筛查');
    const excerpt = page.locator('#search-results li .excerpt').first();
    const marks = await excerpt.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(1);
    expect(new Set(marks)).toEqual(new Set(['两癌', '筛查']));
    const text = (await excerpt.textContent()) ?? '';
    expect(text).not.toContain('. ');
    const pieces = text.split('……').filter(Boolean);
    expect(pieces.length).toBeGreaterThan(1);
    // Each piece begins where a clause begins in the page's own text.
    const pageText = pageTexts(site.dist, site.base).get('/articles/yongzhou-livelihood-projects-2019/')!.replace(/\s+/gu, ' ');
    for (const piece of pieces) {
      const at = pageText.indexOf(piece.slice(0, 12));
      expect(at, piece).toBeGreaterThan(0);
      expect(pageText[at - 1], piece).toMatch(/[。！？；：，、 \n]/u);
    }
    expect(await page.locator('#search-results .match-kind').first().textContent()).toBe('包含全部词语');
    await page.close();
  });

  test('exact matches come first and are labelled', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('医疗服务')}`);
    await answered(page, '医疗服务');
    const kinds = await page.locator('#search-results .match-kind').allTextContents();
    expect(kinds[0]).toBe('完全匹配');
    expect(kinds).toContain('包含全部词语');
    expect(kinds.indexOf('包含全部词语')).toBeGreaterThan(kinds.lastIndexOf('完全匹配'));
    expect(await statusText(page)).toMatch(/\d+ 条含完整的“医疗服务”（排在前面），\d+ 条含全部词语（医疗、服务）/u);
    await page.close();
  });
});

describe('no results', () => {
  test('says so plainly, shows what was searched, suggests; Traditional is said to be included', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('核酸檢測')}`);
    await answered(page, '核酸檢測');
    const text = (await statusText(page)) ?? '';
    expect(text).toContain('没有找到与“核酸檢測”相关的结果');
    expect(text).toContain('核酸、检测');
    expect(text).toContain('已按简体“核酸检测”搜索');
    expect(text).toContain('用更少、更短的关键词');
    expect(await page.locator('#search-results-section').isHidden()).toBe(true);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
    await page.close();
  });

  test('a quoted phrase that stands apart: suggests dropping the quotes', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('"两癌筛查"')}`);
    await answered(page, '两癌筛查');
    expect(await statusText(page)).toContain('去掉引号');
    await page.close();
  });

  test('an empty query shows the latest articles', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('两癌')}`);
    await answered(page, '两癌');
    await page.locator('#search-q').fill('');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#search-recent')!.hidden);
    expect(await page.locator('#search-recent li').count()).toBeGreaterThan(0);
    await page.close();
  });
});
