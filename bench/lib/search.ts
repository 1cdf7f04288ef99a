// Search on the built archive, in Debian's Chromium on loopback, each query in
// a fresh browser profile (nothing cached): the reader opens the search page,
// types a query and presses Enter. Measured in the page: time from the submit
// to the results being shown; and every byte the browser received for it
// (response bodies as transferred, gzip where the server compressed).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.ts';

export interface QueryMeasurement {
  query: string;
  results: number;
  /**
   * First keystroke → results on screen, ms (performance.now in the page). The
   * page starts loading Pagefind at the first keystroke and the query is typed
   * at once, so this counts the whole engine load: the slowest a reader waits.
   */
  msToResults: number;
  /** Submit (Enter) → results on screen, ms. */
  msFromSubmit: number;
  /** Bytes received after the page had loaded: Pagefind, its index chunks, fragments, the variant map. */
  searchBytes: number;
  /** Bytes for the page itself (HTML, CSS, JS) before the query. */
  pageBytes: number;
  requests: number;
  indexChunks: number;
  fragments: number;
}

export const QUERIES = ['卫生院', '家庭医生签约', '两癌', '床位数', '医共体建设', '2019年', '衛生院', '中医馆 针灸'];

export async function measureSearch(origin: string, queries = QUERIES): Promise<QueryMeasurement[]> {
  const browser = await launchChromium();
  const measured: QueryMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      const pending: Promise<{ url: string; bytes: number; afterLoad: boolean }>[] = [];
      let loaded = false;
      page.on('requestfinished', (request) => {
        const afterLoad = loaded;
        pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize, afterLoad })));
      });
      await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
      loaded = true;
      await page.evaluate(() => {
        const w = window as unknown as { __typed: number; __submitted: number; __answered: number };
        document.querySelector('#search-q')!.addEventListener('input', () => (w.__typed ||= performance.now()), { capture: true });
        document.querySelector('#search-form')!.addEventListener('submit', () => (w.__submitted = performance.now()), { capture: true });
        new MutationObserver(() => {
          const text = document.querySelector('#search-status')?.textContent ?? '';
          if (!w.__answered && (text.startsWith('找到') || text.startsWith('没有找到'))) w.__answered = performance.now();
        }).observe(document.querySelector('#search-status')!, { childList: true, characterData: true, subtree: true });
      });
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => (window as unknown as { __answered?: number }).__answered);
      // Let requests still in flight finish before counting bytes.
      await page.waitForTimeout(500);
      const timing = await page.evaluate(() => {
        const w = window as unknown as { __typed: number; __submitted: number; __answered: number };
        return {
          ms: w.__answered - w.__typed,
          fromSubmit: w.__answered - w.__submitted,
          results: Number(/找到\s*(\d+)/.exec(document.querySelector('#search-status')?.textContent ?? '')?.[1] ?? 0),
        };
      });
      const received = await Promise.all(pending);
      const after = received.filter((r) => r.afterLoad);
      measured.push({
        query,
        results: timing.results,
        msToResults: Math.round(timing.ms),
        msFromSubmit: Math.round(timing.fromSubmit),
        searchBytes: after.reduce((sum, r) => sum + r.bytes, 0),
        pageBytes: received.filter((r) => !r.afterLoad).reduce((sum, r) => sum + r.bytes, 0),
        requests: after.length,
        indexChunks: after.filter((r) => r.url.endsWith('.pf_index')).length,
        fragments: after.filter((r) => r.url.endsWith('.pf_fragment')).length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return measured;
}

export interface BareMeasurement {
  query: string;
  results: number;
  msToResults: number;
  bytes: number;
  indexChunks: number;
}

/**
 * The same queries on the floor's bare Pagefind index (its JavaScript API, no
 * page, no filters): what Pagefind itself costs on this corpus, to tell our
 * bytes and milliseconds from the framework's.
 */
export async function measureBarePagefind(origin: string, queries = QUERIES): Promise<BareMeasurement[]> {
  const browser = await launchChromium();
  const measured: BareMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/no-such-page/`);
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) =>
        pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize }))),
      );
      const answer = await page.evaluate(async (q) => {
        const started = performance.now();
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ bundle);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()));
        return { results: search.results.length as number, ms: performance.now() - started };
      }, query);
      await page.waitForLoadState('networkidle');
      const received = await Promise.all(pending);
      measured.push({
        query,
        results: answer.results,
        msToResults: Math.round(answer.ms),
        bytes: received.reduce((sum, r) => sum + r.bytes, 0),
        indexChunks: received.filter((r) => r.url.endsWith('.pf_index')).length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return measured;
}

/** Pagefind's fixed cost per search: its script, WASM and the page metadata file every search loads first. */
export function pagefindFixedBytes(pagefindDir: string): { script: number; wasm: number; meta: number; filters: number } {
  const files = readdirSync(pagefindDir);
  const size = (name: string | undefined) => (name ? statSync(join(pagefindDir, name)).size : 0);
  return {
    filters: existsSync(join(pagefindDir, 'filter'))
      ? readdirSync(join(pagefindDir, 'filter')).reduce((sum, name) => sum + statSync(join(pagefindDir, 'filter', name)).size, 0)
      : 0,
    script: gzipSync(readFileSync(join(pagefindDir, 'pagefind.js'))).length,
    wasm: size(files.find((name) => name.startsWith('wasm.unknown')) ?? files.find((name) => name.startsWith('wasm.'))),
    meta: size(files.find((name) => name.endsWith('.pf_meta'))),
  };
}
