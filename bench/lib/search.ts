// Search on the built archive, in Debian's Chromium on loopback, each query in
// a fresh browser profile (nothing cached), at phone width: the reader opens
// the search page, puts the cursor in the box (the engine starts loading) and
// types the query without pressing Enter. Measured: from the last keystroke to
// the first results on screen (the typing pause included) and to the full
// count; and every byte the server sent after the page had loaded, split at
// the moment the first results appeared (bodies as sent, gzip where the
// server compressed; counted by the server itself, so that requests from
// Pagefind's worker, which the browser reports as 0 bytes, are counted too).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.ts';
import type { Served } from './serve.ts';

export interface QueryMeasurement {
  query: string;
  results: number;
  /** Last keystroke → the first results on screen, ms (the page's typing pause included). */
  msToFirst: number;
  /** Last keystroke → the full count announced, ms. */
  msToResults: number;
  /** Bytes received after the page had loaded and until the first results were on screen: engine, WASM, page lists, chunks, fragments, maps. */
  firstBytes: number;
  /** Bytes received for the whole search (every bundle in scope, the count). */
  searchBytes: number;
  /** Bytes for the page itself (HTML, CSS, JS) before the query. */
  pageBytes: number;
  /** Results on screen first. */
  firstShown: number;
  requests: number;
  indexChunks: number;
  fragments: number;
  /** Bundles whose page list (pf_meta) was loaded before the first results, and in all. */
  firstBundles: number;
  bundles: number;
}

export const QUERIES = ['卫生院', '家庭医生签约', '两癌', '床位数', '医共体建设', '2019年', '衛生院', '中医馆 针灸'];

export async function measureSearch(served: Served, queries = QUERIES): Promise<QueryMeasurement[]> {
  const { origin } = served;
  const browser = await launchChromium();
  const measured: QueryMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      const opened = served.sent.length;
      await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
      const loaded = served.sent.length;
      await page.evaluate((query) => {
        const w = window as unknown as { __typed: number; __first: number; __firstShown: number; __answered: number };
        document.querySelector('#search-q')!.addEventListener('input', () => (w.__typed = performance.now()), { capture: true });
        // Only the answer to the whole query counts, not one to a part typed on the way.
        const list = document.querySelector<HTMLElement>('#search-results')!;
        const section = document.querySelector<HTMLElement>('#search-results-section')!;
        new MutationObserver(() => {
          const shown = list.querySelectorAll('li').length;
          if (!w.__first && list.dataset.query === query) {
            w.__first = performance.now();
            w.__firstShown = shown;
          }
        }).observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
        new MutationObserver(() => {
          if (!w.__answered && section.dataset.query === query) w.__answered = performance.now();
        }).observe(section, { attributes: true, attributeFilter: ['data-query'] });
      }, query);
      await page.locator('#search-q').click();
      await page.keyboard.type(query, { delay: 20 });
      await page.waitForFunction(() => (window as unknown as { __answered?: number }).__answered);
      // The count is announced after a quiet moment; it is read from the page's own record of it.
      // Let requests still in flight finish before counting bytes.
      await page.waitForTimeout(500);
      const timing = await page.evaluate(() => {
        const w = window as unknown as { __typed: number; __first?: number; __firstShown?: number; __answered: number };
        return {
          first: (w.__first ?? w.__answered) - w.__typed,
          answered: w.__answered - w.__typed,
          firstAt: performance.timeOrigin + (w.__first ?? w.__answered),
          firstShown: w.__firstShown ?? 0,
          results: Number(document.querySelector<HTMLElement>('#search-results-section')?.dataset.total ?? 0),
        };
      });
      const received = served.sent.slice(opened).map((r) => ({ ...r, url: r.path.replace(/[?].*$/u, '') }));
      const after = received.slice(loaded - opened);
      const beforeFirst = after.filter((r) => r.at <= timing.firstAt);
      const isMeta = (url: string) => url.endsWith('.pf_meta');
      measured.push({
        query,
        results: timing.results,
        msToFirst: Math.round(timing.first),
        msToResults: Math.round(timing.answered),
        firstBytes: beforeFirst.reduce((sum, r) => sum + r.bytes, 0),
        searchBytes: after.reduce((sum, r) => sum + r.bytes, 0),
        pageBytes: received.slice(0, loaded - opened).reduce((sum, r) => sum + r.bytes, 0),
        firstShown: timing.firstShown,
        requests: after.length,
        indexChunks: after.filter((r) => r.url.endsWith('.pf_index')).length,
        fragments: after.filter((r) => r.url.endsWith('.pf_fragment')).length,
        firstBundles: beforeFirst.filter((r) => isMeta(r.url)).length,
        bundles: after.filter((r) => isMeta(r.url)).length,
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
export async function measureBarePagefind(served: Served, queries = QUERIES): Promise<BareMeasurement[]> {
  const { origin } = served;
  const browser = await launchChromium();
  const measured: BareMeasurement[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/no-such-page/`, { waitUntil: 'networkidle' });
      const loaded = served.sent.length;
      const answer = await page.evaluate(async (q) => {
        const started = performance.now();
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ bundle);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()));
        return { results: search.results.length as number, ms: performance.now() - started };
      }, query);
      await page.waitForLoadState('networkidle');
      const received = served.sent.slice(loaded).map((r) => ({ url: r.path.replace(/[?].*$/u, ''), bytes: r.bytes }));
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
