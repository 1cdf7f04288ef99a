// The search index in bundles: the documents, newest first, cut into
// Pagefind indexes of about the same number of pages each. Pagefind loads a
// whole page list (pf_meta, one entry per page) before its first answer, and
// at 10,000 articles that list alone (113 KB) with the engine (67 KB) was more
// than a first search may cost; a bundle's list is a tenth of it. The search
// page answers from the newest bundle first and merges the others after
// (src/client/search/engine.ts); a year filter loads only the bundles that
// hold that year. Bundles cover runs of dates, so by date the results of one
// bundle all come before the next one's.

/**
 * Pages per bundle unless WEIJIAN_SEARCH_BUNDLE_PAGES says otherwise. Chosen
 * by measurement at 10,000 articles (bench/REPORT.md): 700 keeps a bundle's
 * page list at ~11 KB and still gives ten results from the first bundle for
 * every bench query; 500 needed a second bundle for 医共体建设 (178 KB), 1,000
 * made every chunk bigger (159 KB).
 */
export const DEFAULT_BUNDLE_PAGES = 700;

/**
 * Word positions per index chunk (Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
 * default 20,000, ~25 KB a chunk): a query fetches one chunk per word it
 * looks up, and at 1,500 those are 2–10 KB instead. The variable is marked
 * unstable by Pagefind; if it stopped being read, searches would only cost
 * more bytes (the bench would show it), not fail.
 */
export const INDEX_CHUNK_POSITIONS = 1500;

/** The list of bundles the build writes and the search page reads. */
export const BUNDLES_MANIFEST = 'search/bundles.json';

export interface BundleEntry {
  /** Folder of the bundle's Pagefind index, relative to the site's base, ending in `/`. */
  path: string;
  pages: number;
  /** YYYY-MM-DD of its newest and oldest pages. */
  newest: string;
  oldest: string;
  /** Its pages' `year` filter values. */
  years: string[];
}

export interface BundledDocument {
  /** The sort date, YYYY-MM-DD. */
  date: string;
  /** The `year` filter value. */
  year: string;
}

/** Where bundle `n` (0 = newest) is written: the first where Pagefind's index always was, so shards and old links still work. */
export const bundlePath = (n: number) => (n === 0 ? 'pagefind/' : `pagefind-${n + 1}/`);

/** Pages per bundle from the environment (a positive whole number), else the default. */
export function bundlePages(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_BUNDLE_PAGES;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`WEIJIAN_SEARCH_BUNDLE_PAGES: “${value}” 应为正整数，例如 1000`);
  return pages;
}

/** Documents newest first (ties keep their order), in runs of `pagesPerBundle`. */
export function planBundles<T extends BundledDocument>(documents: readonly T[], pagesPerBundle: number): T[][] {
  const sorted = documents
    .map((document, n) => ({ document, n }))
    .sort((a, b) => (a.document.date < b.document.date ? 1 : a.document.date > b.document.date ? -1 : a.n - b.n));
  const bundles: T[][] = [];
  for (let at = 0; at < sorted.length; at += pagesPerBundle)
    bundles.push(sorted.slice(at, at + pagesPerBundle).map(({ document }) => document));
  return bundles;
}

export function bundleEntry(n: number, documents: readonly BundledDocument[]): BundleEntry {
  const dates = documents.map((document) => document.date).sort();
  return {
    path: bundlePath(n),
    pages: documents.length,
    newest: dates.at(-1) ?? '',
    oldest: dates[0] ?? '',
    years: [...new Set(documents.map((document) => document.year))].sort().reverse(),
  };
}

/** The bundles a search must look in: those holding the chosen year (or whose years are not known: an index built before bundles), or all (newest first). */
export function bundlesInScope<T extends BundleEntry>(bundles: readonly T[], year: string | undefined): T[] {
  return year ? bundles.filter((bundle) => !bundle.years.length || bundle.years.includes(year)) : [...bundles];
}
