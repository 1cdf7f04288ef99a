// Reading for everyone, in Chromium: 关怀模式 and 高对比度 (persist, apply
// before the first paint, sizes and contrast), the 繁體 switch, 朗读, and
// pages that reflow at 320 px with 200% text.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, sampleSite, type TestSite } from '../support/paths.ts';
import { launchChromium } from '../support/browser.ts';
import { serveSite, type RunningServer } from '../support/static-server.ts';
import { fileOfUrl } from '../support/dist.ts';
import { READING_STORAGE_KEY } from '../../src/lib/reading/prefs.ts';

let browser: Browser;
const servers = new Map<string, RunningServer>();
const origin = (site: TestSite) => servers.get(site.name)!.origin;

beforeAll(async () => {
  browser = await launchChromium();
  for (const site of [sampleSite, fixtureSite]) servers.set(site.name, await serveSite(site));
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

async function withPage<T>(
  options: Parameters<Browser['newContext']>[0],
  run: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** One page of every kind the sample site has. */
const PAGE_KINDS = [
  '/',
  '/articles/',
  '/articles/yongzhou-livelihood-projects-2019/',
  '/articles/jinzhong-shierwu-review-2016/',
  '/data/',
  '/data/yongzhou-village-clinics-2019/',
  '/indicators/',
  '/indicators/basic-public-health-funding-per-capita/',
  '/regions/',
  '/regions/yongzhou/',
  '/topics/',
  '/topics/fuyou/',
  '/years/',
  '/years/2019/',
  '/types/',
  '/types/report/',
  '/search/?q=%E5%8D%AB%E7%94%9F',
  '/404.html',
];

test('every page kind listed above exists in the sample site', () => {
  for (const path of PAGE_KINDS) expect(fileOfUrl(sampleSite, path.replace(/\?.*/, '')), path).toBeTruthy();
});

/** What the 关怀模式 button sets, read back from the page. */
const pageState = (page: Page) =>
  page.evaluate(() => ({
    mode: document.documentElement.getAttribute('data-mode'),
    contrast: document.documentElement.getAttribute('data-contrast'),
    bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
    pressed: document.querySelector('button[data-choice="mode"]')?.getAttribute('aria-pressed'),
  }));

describe('关怀模式', () => {
  test('persists across a navigation and a reload, and is applied before the first paint (no layout shift)', async () => {
    await withPage({ viewport: { width: 375, height: 740 } }, async (page) => {
      // Records, when <body> first appears, whether <html> already has the mode;
      // and every layout shift.
      await page.addInitScript(() => {
        const w = window as unknown as { modeAtBody?: string | null; shifts: number };
        w.shifts = 0;
        new MutationObserver((_, observer) => {
          if (document.body) {
            w.modeAtBody = document.documentElement.getAttribute('data-mode');
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin(sampleSite)}/articles/yongzhou-livelihood-projects-2019/`);
      const standard = await pageState(page);
      expect(standard).toMatchObject({ mode: null, pressed: 'false' });
      await page.click('button[data-choice="mode"]');
      const care = await pageState(page);
      expect(care).toMatchObject({ mode: 'care', pressed: 'true' });
      expect(care.bodyFont).toBeGreaterThanOrEqual(22);
      expect(await page.evaluate((key) => localStorage.getItem(key), READING_STORAGE_KEY)).toBe('{"mode":"care"}');

      for (const go of [() => page.click('a[href="/regions/yongzhou/"] >> nth=0'), () => page.reload()]) {
        await go();
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        const after = await pageState(page);
        expect(after).toMatchObject({ mode: 'care', pressed: 'true' });
        expect(after.bodyFont).toBeGreaterThanOrEqual(22);
        const { modeAtBody, shifts } = await page.evaluate(() => {
          const w = window as unknown as { modeAtBody: string | null; shifts: number };
          return { modeAtBody: w.modeAtBody, shifts: w.shifts };
        });
        expect(modeAtBody).toBe('care');
        expect(shifts).toBe(0);
      }
      // And back to 标准.
      await page.click('button[data-choice="mode"]');
      expect(await pageState(page)).toMatchObject({ mode: null, pressed: 'false' });
      await page.reload();
      expect(await pageState(page)).toMatchObject({ mode: null, pressed: 'false' });
    });
  });

  test('body text ≥ 22 px, no smaller text, and every link and control at least 44 × 44 px', async () => {
    await withPage({ viewport: { width: 375, height: 740 } }, async (page) => {
      for (const path of [
        '/',
        '/articles/yongzhou-livelihood-projects-2019/',
        '/data/yongzhou-village-clinics-2019/',
        '/search/?q=%E5%8D%AB%E7%94%9F',
      ]) {
        await page.goto(`${origin(sampleSite)}${path}`);
        await page.evaluate(() => document.documentElement.setAttribute('data-mode', 'care'));
        await page.waitForTimeout(200);
        const { small, tiny } = await page.evaluate(() => {
          const visible = (el: Element) => {
            const rect = el.getBoundingClientRect();
            return (
              rect.width > 0 &&
              rect.height > 0 &&
              getComputedStyle(el).visibility !== 'hidden' &&
              !el.closest('.visually-hidden, .skip-link')
            );
          };
          const text = [
            ...document.querySelectorAll(
              'main p, main li, main dd, main dt, main td, main th, main a, main summary, header a, header button, footer a, footer p',
            ),
          ]
            .filter(visible)
            .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 22 && !el.closest('sup'))
            .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 20)} ${getComputedStyle(el).fontSize}`);
          const targets = [...document.querySelectorAll('a[href], button, summary, input, select')]
            .filter(visible)
            .filter((el) => {
              const rect = el.getBoundingClientRect();
              return rect.width < 44 || rect.height < 44;
            })
            .map((el) => {
              const rect = el.getBoundingClientRect();
              return `${el.tagName} ${el.textContent?.trim().slice(0, 20)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
            });
          return { small: text, tiny: targets };
        });
        expect(small, path).toEqual([]);
        expect(tiny, path).toEqual([]);
      }
    });
  });
});

test('charts follow the mode: labels grow with 关怀模式 and the reader’s text size', async () => {
  await withPage({ viewport: { width: 375, height: 740 } }, async (page) => {
    await page.goto(`${origin(sampleSite)}/data/xianyang-beds-per-thousand/`);
    const figure = page.locator('figure[data-chart-ready="true"]').first();
    await figure.waitFor();
    const font = async () => Number(await figure.getAttribute('data-chart-font'));
    const standard = await font();
    expect(standard).toBeGreaterThanOrEqual(14);
    await page.click('button[data-choice="mode"]');
    await expect.poll(font).toBeGreaterThanOrEqual(Math.round(standard * 1.2));
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await page.click('button[data-choice="contrast"]');
    await expect.poll(font).toBeGreaterThanOrEqual(standard * 2);
  });
});

describe('高对比度', () => {
  test.each(['light', 'dark'] as const)('every text at least 7:1 (axe color-contrast-enhanced, AAA) in %s mode', async (colorScheme) => {
    await withPage({ viewport: { width: 375, height: 740 }, colorScheme }, async (page) => {
      await page.goto(`${origin(sampleSite)}/`);
      await page.click('button[data-choice="contrast"]');
      for (const path of ['/', '/articles/yongzhou-livelihood-projects-2019/', '/data/yongzhou-village-clinics-2019/', '/regions/']) {
        await page.goto(`${origin(sampleSite)}${path}`);
        expect(await page.evaluate(() => document.documentElement.getAttribute('data-contrast'))).toBe('high');
        const result = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced', 'color-contrast']).analyze();
        expect(result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  });

  test('the reader’s own prefers-contrast: more gives the same 7:1 without a choice', async () => {
    await withPage({ viewport: { width: 375, height: 740 }, contrast: 'more' }, async (page) => {
      await page.goto(`${origin(sampleSite)}/articles/yongzhou-livelihood-projects-2019/`);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-contrast'))).toBeNull();
      const result = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });
  });

  test('forced colours (Windows high contrast): a pressed setting is still told apart without colour', async () => {
    await withPage({ viewport: { width: 375, height: 740 }, forcedColors: 'active' }, async (page) => {
      await page.goto(`${origin(sampleSite)}/`);
      await page.click('button[data-choice="mode"]');
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('button[data-choice]')].map((b) => [
          b.getAttribute('aria-pressed'),
          getComputedStyle(b, '::before').content,
          getComputedStyle(b).borderTopStyle,
        ]),
      );
      expect(marks[0]).toEqual(['true', '"✓ "', 'solid']);
      expect(marks[1]).toEqual(['false', 'none', 'solid']);
    });
  });
});

describe('axe in both modes', () => {
  const sitemap = (site: TestSite) =>
    [...readFileSync(fileOfUrl(site, `${site.base}sitemap-0.xml`)!, 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
  test.each(['light', 'dark'] as const)('关怀模式, %s: every sample page, WCAG 2.2 AA, 0 violations', async (colorScheme) => {
    await withPage({ viewport: { width: 375, height: 740 }, colorScheme }, async (page) => {
      await page.goto(`${origin(sampleSite)}/`);
      await page.click('button[data-choice="mode"]');
      const violations: string[] = [];
      for (const path of [...sitemap(sampleSite), '/404.html']) {
        await page.goto(`${origin(sampleSite)}${path}`);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        violations.push(...result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
      expect(violations).toEqual([]);
    });
  });
});

describe('繁體', () => {
  const article = () => `${origin(fixtureSite)}${fixtureSite.base}articles/drinking-water-notice/`;
  const bodyText = (page: Page) =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      text: document.querySelector('.article-body')!.textContent!,
      title: document.title,
    }));

  test('turns known phrases into their Traditional forms and back, and sets lang', async () => {
    await withPage({ viewport: { width: 375, height: 740 } }, async (page) => {
      await page.goto(article());
      const before = await bodyText(page);
      expect(before.lang).toBe('zh-CN');
      expect(before.text).toContain('乾县来交流的基层干部介绍，监测点里面的水样');
      await page.click('button[data-choice="script"]');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant-TW');
      const hant = await bodyText(page);
      for (const phrase of ['乾縣', '幹部', '裡面', '頭髮', '發展']) expect(hant.text).toContain(phrase);
      expect(hant.text).not.toContain('干縣');
      expect(hant.title).toContain('說明');
      // Figures and dates are left as they are.
      expect(await page.locator('.meta time').first().textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      // Persists to the next page, which converts itself.
      await page.goto(`${origin(fixtureSite)}${fixtureSite.base}`);
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant-TW');
      expect(await page.locator('h1').textContent()).not.toMatch(/[卫报统]/);
      await page.goto(article());
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant-TW');
      await page.click('button[data-choice="script"]');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      expect(await bodyText(page)).toEqual(before);
    });
  });

  test('search works the same: a Traditional query finds the page and the results are shown in Traditional', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(`${origin(fixtureSite)}${fixtureSite.base}search/`);
      await page.click('button[data-choice="script"]');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant-TW');
      await page.fill('#search-q', '飲水衛生');
      await page.press('#search-q', 'Enter');
      const first = page.locator('.search-results a').first();
      await first.waitFor();
      expect(await first.textContent()).toContain('飲水衛生監測');
    });
  });

  test('charts draw their legend and axis title from the converted page', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(`${origin(sampleSite)}/data/yongzhou-village-clinics-2019/`);
      await page.click('button[data-choice="script"]');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant-TW');
      const figure = page.locator('figure[data-chart-ready="true"]').first();
      await figure.waitFor();
      // Redrawn from the converted table: legend and axis title in Traditional, and back.
      await expect.poll(() => figure.getAttribute('data-chart-labels')).toContain('動工');
      expect(await figure.getAttribute('data-chart-labels')).toMatch(/^單位：/);
      await page.click('button[data-choice="script"]');
      await expect.poll(() => figure.getAttribute('data-chart-labels')).toContain('动工');
      expect(await figure.getAttribute('data-chart-labels')).toMatch(/^单位：/);
    });
  });
});

describe('朗读', () => {
  test('absent where the browser has no Chinese voice (headless Chromium has none)', async () => {
    await withPage({ viewport: { width: 375, height: 740 } }, async (page) => {
      await page.goto(`${origin(sampleSite)}/articles/yongzhou-livelihood-projects-2019/`);
      await page.waitForTimeout(300);
      expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    });
  });

  test('with a zh-CN voice: reads the article a paragraph at a time, pauses, resumes and stops', async () => {
    await withPage({ viewport: { width: 375, height: 740 } }, async (page) => {
      // The platform's speech engine, replaced by a recorder with one zh-CN voice.
      await page.addInitScript(() => {
        const log: string[] = [];
        const synth = Object.assign(new EventTarget(), {
          paused: false,
          getVoices: () => [{ lang: 'zh-CN', name: 'Test voice', default: true, localService: true, voiceURI: 'test' }],
          speak: (u: SpeechSynthesisUtterance) => log.push(`speak:${u.lang}:${u.text}`),
          cancel: () => log.push('cancel'),
          pause() {
            synth.paused = true;
            log.push('pause');
          },
          resume() {
            synth.paused = false;
            log.push('resume');
          },
        });
        Object.defineProperty(window, 'speechSynthesis', { value: synth });
        (window as unknown as { speechLog: string[] }).speechLog = log;
      });
      await page.goto(`${origin(sampleSite)}/articles/yongzhou-livelihood-projects-2019/`);
      const play = page.locator('[data-speech="play"]');
      await play.waitFor();
      await play.click();
      await page.locator('[data-speech="pause"]').waitFor();
      const log = () => page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog.slice());
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-speech'));
      // The pressed button is hidden now: focus moved to 暂停, not lost.
      expect(await focused()).toBe('pause');
      const spoken = (await log()).filter((entry) => entry.startsWith('speak:'));
      expect(spoken[0]).toBe('speak:zh-CN:永州市2019年1至7月医疗卫生类省定民生实事进展');
      expect(spoken.length).toBeGreaterThan(3);
      // Not the figures' tables, sources and download links.
      expect(spoken.filter((entry) => /(CSV|JSON|PNG) 文件/.test(entry))).toEqual([]);
      await page.keyboard.press('Enter');
      expect((await log()).at(-1)).toBe('pause');
      expect(await play.textContent()).toBe('继续');
      expect(await focused()).toBe('play');
      await page.keyboard.press('Enter');
      expect((await log()).at(-1)).toBe('resume');
      await page.click('[data-speech="pause"]');
      // Stopped while paused: the synthesiser is resumed too, or the next 朗读 would be silent.
      await page.click('[data-speech="stop"]');
      expect((await log()).slice(-2)).toEqual(['cancel', 'resume']);
      expect(await page.evaluate(() => speechSynthesis.paused)).toBe(false);
      expect(await play.textContent()).toBe('朗读全文');
      expect(await focused()).toBe('play');
      expect(await page.locator('[data-speech="stop"]').isVisible()).toBe(false);
      const before = (await log()).length;
      await play.click();
      expect((await log()).slice(before).filter((entry) => entry.startsWith('speak:')).length).toBe(spoken.length);
    });
  });
});

describe('reflow at 320 px with 200% text (WCAG 1.4.4, 1.4.10)', () => {
  /** Sideways scroll, and table cells broken to fewer than two characters a line. */
  const reflowProblems = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const problems: string[] = [];
      if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth} px wide`);
      for (const cell of document.querySelectorAll('th, td')) {
        const text = cell.textContent!.trim();
        if (text.length < 2) continue;
        // The cell's own text: a footnote mark (<sup>) sits higher on the same line.
        const tops = new Set<number>();
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('sup') || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
        }
        const lines = tops.size;
        if (lines > Math.ceil(text.length / 2)) problems.push(`cell “${text}” on ${lines} lines`);
      }
      return problems;
    });

  test.each(['standard', 'care'])('%s mode: no page kind scrolls sideways; tables keep readable cells', async (mode) => {
    await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      const problems: string[] = [];
      for (const path of PAGE_KINDS) {
        await page.goto(`${origin(sampleSite)}${path}`);
        // 200% text: what a browser's text-size setting does to the root font size.
        await page.evaluate((care) => {
          document.documentElement.style.fontSize = care ? '250%' : '200%';
          if (care) document.documentElement.setAttribute('data-mode', 'care');
        }, mode === 'care');
        await page.waitForTimeout(150);
        problems.push(...(await reflowProblems(page)).map((problem) => `${path}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  });
});

test('without JavaScript: the page is in 标准, the buttons are left out and the group says what it needs', async () => {
  await withPage({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false }, async (page) => {
    await page.goto(`${origin(sampleSite)}/`);
    expect(await page.locator('button[data-choice]').first().isVisible()).toBe(false);
    expect(await page.locator('.reading-needs-script').textContent()).toContain('需要启用 JavaScript');
    expect(await page.locator('.reading-needs-script').isVisible()).toBe(true);
  });
});
