// Lighthouse (npm) driving Debian's Chromium with its default mobile settings
// (Moto G Power emulation, simulated slow 4G and 4× CPU slowdown).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.ts';

export interface LighthouseResult {
  page: string;
  url: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that did not score full marks, for the report. */
  failing: string[];
}

/** A page to audit; `storage` is put in its origin's localStorage first (a reader's 关怀模式, for one). */
export interface LighthousePage {
  page: string;
  url: string;
  storage?: Record<string, string>;
}

/** Sets localStorage for a page's origin in the Chromium Lighthouse drives, through the DevTools protocol. */
async function setStorage(port: number, url: string, storage: Record<string, string>): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(new URL('/', url).href);
    await page.evaluate((entries) => {
      localStorage.clear();
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, Object.entries(storage));
    await page.close();
  } finally {
    await browser.close();
  }
}

export async function runLighthouse(pages: LighthousePage[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const { page, url, storage } of pages) {
      if (storage) await setStorage(chrome.port, url, storage);
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Lighthouse clears the origin's storage before a run unless told not to.
        disableStorageReset: storage !== undefined,
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = run.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      results.push({
        page,
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        failing: Object.values(categories)
          .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]!))
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
