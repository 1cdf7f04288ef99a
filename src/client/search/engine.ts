// The search page's engine, apart from its view as in Pagefind's modular UI:
// loads Pagefind on first use (it then fetches only the index chunks a query
// needs) with the other shards' indexes merged in, runs a search and hands back
// plain result data. An older search's results never arrive after a newer
// search has started: they come back as null. No DOM here.
import { normaliseQuery } from '../../lib/search/variants.ts';
import type { PagefindFilterCounts, PagefindModule, PagefindResultData, PagefindSearchOptions } from './pagefind.d.ts';

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

/** A search that was the latest when it finished. */
export interface SearchOutcome {
  /** How many pages were found. */
  readonly total: number;
  /** Per filter, per value: how many of the results have it (complete only if the filter index was in). */
  readonly counts: PagefindFilterCounts;
  /** Data of the results from `from` up to `to`; null if a newer search has started since. */
  data(from: number, to: number): Promise<PagefindResultData[] | null>;
  /** The counts again, from the whole filter index (loaded first); null if a newer search has started since. */
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
    const { pagefind, query, options, response } = searched;
    return {
      total: response.results.length,
      counts: response.filters,
      data: async (from, to) => {
        const data = await Promise.all(response.results.slice(from, to).map((result) => result.data()));
        return isLatest() ? data : null;
      },
      fullCounts: async () => {
        await this.#loadFilterIndex(pagefind);
        if (!isLatest()) return null;
        const counted = await pagefind.search(query || null, options);
        return isLatest() ? counted.filters : null;
      },
    };
  }

  async #runSearch(request: SearchRequest) {
    const { pagefind, variants } = await this.#load();
    const query = normaliseQuery(request.query, variants);
    const options: PagefindSearchOptions = { filters: request.filters, ...(request.sort ? { sort: { date: 'desc' } } : {}) };
    if (request.withFilterIndex) await Promise.all([this.#loadFilterIndex(pagefind), query ? pagefind.preload(query, options) : undefined]);
    const response = await pagefind.search(query || null, options);
    return { pagefind, query, options, response };
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
