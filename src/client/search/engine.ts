// The search page's engine, apart from its view as in Pagefind's modular UI:
// loads Pagefind on first use (it then fetches only the index chunks a query
// needs) with the other shards' indexes merged in, runs a search and hands back
// plain result data. Which pages answer the query is decided by
// lib/search/match.ts from Pagefind's word positions (every word must be in
// the page; no page's fragment is fetched for that); Pagefind's own ranking
// orders them, exact matches first. An older search's results never arrive
// after a newer search has started: they come back as null. No DOM here.
import { chineseSegmenter, parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { matchQuery, type Pages, type WordIndex } from '../../lib/search/match.ts';
import type { PagefindFilterCounts, PagefindModule, PagefindResult, PagefindResultData, PagefindSearchOptions } from './pagefind.d.ts';

export interface SearchRequest {
  /** The reader's words as typed, Simplified or Traditional. */
  query: string;
  /** Values to narrow by, as the index holds them (filter name → Chinese name). */
  filters: Record<string, string>;
  /** 'date': newest first; '': by relevance. */
  sort: '' | 'date';
  /** Load the filter index along with the search (a filter is set), so the counts come complete with the results. */
  withFilterIndex: boolean;
}

/** A result, with whether it holds the query exactly as typed. */
export interface FoundPage {
  data: PagefindResultData;
  /** Every part of the query stands in the page as typed; else the page has all the words, apart. */
  exact: boolean;
}

/** A search that was the latest when it finished. */
export interface SearchOutcome {
  /** How the query was read: its words, Simplified (the page highlights them). */
  readonly query: ParsedQuery;
  /** How many pages were found. */
  readonly total: number;
  /** How many of them hold the query exactly as typed (they come first when sorted by relevance). */
  readonly exactTotal: number;
  /**
   * Per filter, per value: how many of the results have it (complete only if
   * the filter index was in); null where Pagefind's counts would be of other
   * pages than the ones found (its own matches include false ones).
   */
  readonly counts: PagefindFilterCounts | null;
  /** The results from `from` up to `to`; null if a newer search has started since. */
  data(from: number, to: number): Promise<FoundPage[] | null>;
  /** The counts again, from the whole filter index (loaded first); null if a newer search has started since, or if they would not be true. */
  fullCounts(): Promise<PagefindFilterCounts | null>;
}

export interface EngineOptions {
  /** The site's base, ending in `/`: its index is at `<base>pagefind/`. */
  base: string;
  /** Other shards of the archive (their bases) whose indexes join this one. */
  shards: readonly string[];
}

interface Loaded {
  pagefind: PagefindModule;
  /** Traditional → Simplified, for the queries (lib/search/variants.ts). */
  variants: Record<string, string>;
}

const segment = chineseSegmenter();
/** Pagefind cuts a query with the browser's segmenter too (pagefind.js, for zh): a term it keeps whole is one word segment. */
const isOneTerm = (term: string) => segment(term).filter((piece) => piece.segment.trim()).length === 1;

/**
 * Pagefind behind lib/search/match.ts: one search per term or phrase,
 * narrowed by the reader's filters; every result seen is kept by id, for its
 * data later and for how often the words occur in it.
 */
function pagefindWords(pagefind: PagefindModule, filters: Record<string, string>, seen: Map<string, PagefindResult>): WordIndex {
  const cache = new Map<string, Promise<Pages>>();
  const pages = (term: string): Promise<Pages> => {
    let found = cache.get(term);
    if (!found) {
      found = pagefind.search(term, { filters }).then((response) => {
        for (const result of response.results) if (!seen.has(result.id) || !term.startsWith('"')) seen.set(result.id, result);
        return new Set(response.results.map((result) => result.id));
      });
      cache.set(term, found);
    }
    return found;
  };
  return {
    exact: (term) => pages(`"${term}"`),
    prefix: (term) => pages(term),
    phrase: (terms) => pages(`"${terms.join(' ')}"`),
    isOneTerm,
  };
}

async function fetchVariants(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

/**
 * One per page: pagefind.js's functions share one search instance, so a
 * second engine would merge the shards into it a second time.
 */
export class SearchEngine {
  readonly #base: string;
  readonly #shards: readonly string[];
  #loading: Promise<Loaded> | undefined;
  #shardsMerged = false;
  #filterIndex: Promise<unknown> | undefined;
  /** Counts searches (and `cancel()`s): a search whose number is no longer the latest is stale. */
  #latest = 0;

  constructor({ base, shards }: EngineOptions) {
    this.#base = base;
    this.#shards = shards;
  }

  /** Starts loading the engine (the reader has started typing), so the first search is quicker. */
  async load(): Promise<void> {
    await this.#load();
  }

  /** Makes every search under way stale: the reader has moved on to something that needs none. */
  cancel(): void {
    this.#latest++;
  }

  /**
   * Resolves null if a newer search (or `cancel()`) has started meanwhile,
   * whether this one succeeded or not; rejects if the engine or index could
   * not be loaded and this is still the latest search.
   */
  async search(request: SearchRequest): Promise<SearchOutcome | null> {
    const run = ++this.#latest;
    const isLatest = () => run === this.#latest;
    const searched = await this.#runSearch(request).catch((error: unknown) => {
      if (isLatest()) throw error;
      return null;
    });
    if (!searched || !isLatest()) return null;
    const { pagefind, query, options, ordered, exactTotal, countsTrue, response } = searched;
    return {
      query,
      total: ordered.length,
      exactTotal,
      counts: countsTrue ? response.filters : null,
      data: async (from, to) => {
        const data = await Promise.all(ordered.slice(from, to).map(async ({ result, exact }) => ({ data: await result.data(), exact })));
        return isLatest() ? data : null;
      },
      fullCounts: async () => {
        if (!countsTrue) return null;
        await this.#loadFilterIndex(pagefind);
        if (!isLatest()) return null;
        const counted = await pagefind.search(query.simplified || null, options);
        return isLatest() ? counted.filters : null;
      },
    };
  }

  async #runSearch(request: SearchRequest) {
    const { pagefind, variants } = await this.#load();
    const query = parseQuery(request.query, variants, segment);
    const options: PagefindSearchOptions = { filters: request.filters, ...(request.sort ? { sort: { date: 'desc' } } : {}) };
    if (request.withFilterIndex)
      await Promise.all([this.#loadFilterIndex(pagefind), query.simplified ? pagefind.preload(query.simplified, options) : undefined]);
    // Pagefind's own search of the whole query ranks a wider set of pages;
    // the ones that hold every word keep that order. By date, the order is
    // that of every page (a search by filters alone), so none is left out.
    const response = await pagefind.search(query.parts.length && !request.sort ? query.simplified : null, options);
    if (!query.parts.length) {
      const ordered = response.results.map((result) => ({ result, exact: false }));
      return { pagefind, query, options, response, ordered, exactTotal: 0, countsTrue: true };
    }
    const seen = new Map<string, PagefindResult>();
    const matches = await matchQuery(pagefindWords(pagefind, request.filters, seen), query);
    const rank = new Map(response.results.map((result, n) => [result.id, n]));
    // A page Pagefind's own search left out (it cuts the query otherwise) follows, by how often the words occur.
    const order = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER - (seen.get(id)?.words.length ?? 0);
    const tier = (id: string) => (request.sort || matches.exact.has(id) ? 0 : 1);
    const ids = [...matches.all].sort((a, b) => tier(a) - tier(b) || order(a) - order(b));
    const resultOf = (id: string) => response.results[rank.get(id) ?? -1] ?? seen.get(id)!;
    const ordered = ids.map((id) => ({ result: resultOf(id), exact: matches.exact.has(id) }));
    const countsTrue = !request.sort && ids.length === response.results.length && ids.every((id) => rank.has(id));
    return { pagefind, query, options, response, ordered, exactTotal: matches.exact.size, countsTrue };
  }

  #load(): Promise<Loaded> {
    if (this.#loading) return this.#loading;
    const loading = this.#start();
    this.#loading = loading;
    // A failed load (offline, moved files) is not kept: the next search tries again.
    loading.catch(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    return loading;
  }

  async #start(): Promise<Loaded> {
    const base = this.#base;
    const shards = this.#shards;
    // Everything is fetched side by side: on loopback the engine was ready
    // 100 ms sooner than loading script, filters and map one after another.
    // A shard whose map or index cannot be reached is left out, not fatal.
    const maps = Promise.allSettled([base, ...shards].map((at) => fetchVariants(`${at}search/variants.json`)));
    const reachableShards = Promise.all(
      shards.map((shard) =>
        fetch(`${shard}pagefind/pagefind-entry.json`).then(
          (response) => (response.ok ? shard : null),
          () => null,
        ),
      ),
    );
    // The built site's own pagefind.js, at an address known only at run time:
    // import() of it is untyped, and pagefind.d.ts says what it exports.
    const pagefind: PagefindModule = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    // Short dataset pages would otherwise outrank the long reports that explain them.
    const ranking = { pageLength: 0.2 };
    await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base, ranking });
    // Other shards of the archive: their indexes join this one, their pages keep their own addresses.
    // Merged once only: a retry after a failed load reuses the same Pagefind module.
    if (!this.#shardsMerged) {
      this.#shardsMerged = true;
      for (const shard of await reachableShards) if (shard) await pagefind.mergeIndex(`${shard}pagefind/`, { baseUrl: shard, ranking });
    }
    await pagefind.init();
    const loadedMaps = (await maps).flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const variants: Record<string, string> = Object.assign({}, ...loadedMaps);
    return { pagefind, variants };
  }

  // The filter index (every page's region, topic, year and type) is what the
  // option counts are computed from. At 10,000 articles it is 105 KB, more than
  // a search's own index chunks, so it loads only when the filters are in use.
  #loadFilterIndex(pagefind: PagefindModule): Promise<unknown> {
    if (this.#filterIndex) return this.#filterIndex;
    const loading = pagefind.filters();
    this.#filterIndex = loading;
    loading.catch(() => {
      if (this.#filterIndex === loading) this.#filterIndex = undefined;
    });
    return loading;
  }
}
