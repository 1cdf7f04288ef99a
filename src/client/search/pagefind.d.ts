// The part of Pagefind 1.6's browser API (pagefind.js, written into the built
// site by the indexer) that the search page uses. The pagefind package ships
// no types for it, so these follow pagefind.js itself; only what engine.ts
// calls or reads is declared.

/** Ranking weights (Pagefind's defaults apply to the ones left out). */
export interface PagefindRanking {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
}

/** `options()`, set before the first search: where the index is and how URLs and ranking work. */
export interface PagefindOptions {
  /** Where pagefind.js and its index are served, ending in `/`. */
  basePath?: string;
  /** Prefix of every result URL. */
  baseUrl?: string;
  ranking?: PagefindRanking;
  /** A filter value given to every page of this index (Pagefind's synthetic filter). */
  mergeFilter?: Record<string, string>;
  /** Search in the page's own thread rather than Pagefind's web worker. */
  noWorker?: boolean;
}

/** `mergeIndex()`: another site's index joining this one's searches. */
export interface PagefindMergeOptions {
  /** Prefix of the merged site's result URLs. */
  baseUrl?: string;
  ranking?: PagefindRanking;
  /** A filter value given to every page of the merged index. */
  mergeFilter?: Record<string, string>;
}

/** Per filter, per value: how many pages have it. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  /** Only pages with these values (filter name → value, or any of several values). */
  filters?: Record<string, string | { any: string[] }>;
  /** Sort by a `data-pagefind-sort` key instead of relevance. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What a result's `data()` loads: the page's fragment. */
export interface PagefindResultData {
  url: string;
  /** Escaped page text around the matches, with <mark> around each (Pagefind's own; the page makes its own from `content`). */
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  /** `data-pagefind-meta` values, e.g. title, date, region, type. */
  meta: Record<string, string>;
}

/** One result: ranked, its data loaded only on request. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions (word numbers in the page) of the words that matched. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  /** Counts among the results; complete only once the filter index is loaded (`filters()`). */
  filters: PagefindFilterCounts;
  unfilteredResultCount: number;
}

/** The module pagefind.js exports (its top-level functions share one search instance). */
export interface PagefindModule {
  options: (options: PagefindOptions) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: PagefindMergeOptions) => Promise<void>;
  /** A null term searches by filters alone. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse>;
  /** Loads the index chunks a search needs, without searching. */
  preload: (term: string, options?: PagefindSearchOptions) => Promise<void>;
  /** Loads the whole filter index; resolves to the counts over every page. */
  filters: () => Promise<PagefindFilterCounts>;
}
