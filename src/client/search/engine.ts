// The search page's engine, apart from its view as in Pagefind's modular UI:
// loads Pagefind on first use (it then fetches only the index chunks a query
// needs), runs a search and hands back plain result data. No DOM here.
// - Which pages answer the query is decided by lib/search/match.ts from
//   Pagefind's own term and phrase searches (every word must be in the page;
//   no page's fragment is fetched for that); Pagefind's ranking orders them,
//   exact matches first.
// - The index is in bundles, newest first (lib/search/bundles.ts). A search
//   answers from the first bundles until it has a page of results, then
//   merges the rest of its scope and completes the count; what was shown first
//   stays first, the rest follows. By date, bundles follow one another, and
//   shards of the archive (other builds, each with bundles) are interleaved by
//   the dates of their results.
// - An older search's results never arrive after a newer search has started:
//   they come back as null.
import { chineseSegmenter, parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { matchQuery, type Pages, type WordIndex } from '../../lib/search/match.ts';
import { BUNDLES_MANIFEST, bundlesInScope, type BundleEntry } from '../../lib/search/bundles.ts';
import type {
  PagefindFilterCounts,
  PagefindModule,
  PagefindResult,
  PagefindResultData,
  PagefindSearchOptions,
  PagefindSearchResponse,
} from './pagefind.d.ts';

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

/** A search over every bundle in its scope. */
export interface CompleteOutcome {
  /** How many pages were found. */
  readonly total: number;
  /** How many of them hold the query exactly as typed. */
  readonly exactTotal: number;
  /** Whether every exact match comes before every other result (by relevance, unless a later bundle held exact matches after the first page was shown). */
  readonly exactFirst: boolean;
  /**
   * Per filter, per value: how many of the results have it (complete only if
   * the filter index was in); null where Pagefind's counts would be of other
   * pages than the ones found (its own matches include false ones).
   */
  readonly counts: PagefindFilterCounts | null;
  /** The results from `from` up to `to` (the first ones as shown first); null if a newer search has started since. */
  data(from: number, to: number): Promise<FoundPage[] | null>;
  /** The counts again, from the whole filter index (loaded first); null if a newer search has started since, or if they would not be true. */
  fullCounts(): Promise<PagefindFilterCounts | null>;
}

/** A search that was the latest when its first results were ready. */
export interface SearchOutcome {
  /** How the query was read: its words, Simplified (the page highlights them). */
  readonly query: ParsedQuery;
  /** The first results, to show at once (up to a page of them). */
  readonly first: readonly FoundPage[];
  /** Every result in scope, with the count; null if a newer search has started meanwhile. */
  complete(): Promise<CompleteOutcome | null>;
}

export interface EngineOptions {
  /** The site's base, ending in `/`: its index bundles are listed at `<base>search/bundles.json`. */
  base: string;
  /** Other shards of the archive (their bases) whose indexes join this one. */
  shards: readonly string[];
  /** Results per page: the first answer is complete once it has this many. */
  pageSize: number;
}

/** A bundle of a site (this one or a shard), with where its pages are served. */
interface Bundle extends BundleEntry {
  /** The site's base: its pages' URLs start with it. */
  site: string;
  /** The synthetic filter value that tells its pages apart (Pagefind's mergeFilter). */
  id: string;
}

interface Loaded {
  pagefind: PagefindModule;
  /** Traditional → Simplified, for the queries (lib/search/variants.ts). */
  variants: Record<string, string>;
  /** Every bundle of every reachable site, each site's newest first. */
  bundles: Bundle[];
}

/** The smallest WebAssembly module (magic number and version): compiling it tells whether the page's policy allows WebAssembly. */
const EMPTY_WASM_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** The synthetic filter naming a page's bundle. */
const BUNDLE_FILTER = 'bundle';
// Short dataset pages would otherwise outrank the long reports that explain them.
const RANKING = { pageLength: 0.2 };

const segment = chineseSegmenter();
/** Pagefind cuts a query with the browser's segmenter too (pagefind.js, for zh): a term it keeps whole is one word segment. */
const isOneTerm = (term: string) => segment(term).filter((piece) => piece.segment.trim()).length === 1;

/** A search the engine ran, kept so that one whose pages are exactly the results can give their filter counts. */
interface RanSearch {
  term: string;
  options: PagefindSearchOptions;
  ids: Set<string>;
  counts: PagefindFilterCounts;
}

/**
 * Pagefind behind lib/search/match.ts: one search per term or phrase,
 * narrowed by the reader's filters, over the bundles merged so far; every
 * result seen is kept by id, for its data later and for how often the words
 * occur in it. Pagefind answers a term no word of a bundle begins with by a
 * shorter word of that bundle, so a term's words-beginning-with search is
 * trusted in the bundles that hold the term as a word (its exact search's
 * counts per bundle say which), and in each other bundle only if one page of
 * its answer holds the term; a single character needs no such care.
 */
function pagefindWords(
  pagefind: PagefindModule,
  filters: Record<string, string>,
  seen: Map<string, PagefindResult>,
  ran: RanSearch[],
  bundles: () => string[],
): WordIndex {
  const cache = new Map<string, Promise<PagefindSearchResponse>>();
  const search = (term: string, options: PagefindSearchOptions, key = term): Promise<PagefindSearchResponse> => {
    let found = cache.get(key);
    if (!found) {
      found = pagefind.search(term, options).then((response) => {
        for (const result of response.results) if (!seen.has(result.id) || !term.startsWith('"')) seen.set(result.id, result);
        ran.push({ term, options, ids: new Set(response.results.map((result) => result.id)), counts: response.filters });
        return response;
      });
      cache.set(key, found);
    }
    return found;
  };
  const ids = (response: PagefindSearchResponse): Pages => new Set(response.results.map((result) => result.id));
  const exact = (term: string) => search(`"${term}"`, { filters });
  return {
    exact: async (term) => ids(await exact(term)),
    prefix: async (term) => {
      if (Array.from(term).length === 1) return ids(await search(term, { filters }));
      const counts = (await exact(term)).filters[BUNDLE_FILTER] ?? {};
      const holding = bundles().filter((bundle) => (counts[bundle] ?? 0) > 0);
      const found = new Set<string>();
      if (holding.length)
        for (const id of ids(
          await search(term, { filters: { ...filters, [BUNDLE_FILTER]: { any: holding } } }, `${term} in ${holding.join(',')}`),
        ))
          found.add(id);
      // A bundle without the word itself may still have words that begin with
      // it, or may answer with a shorter word: one page of its answer tells
      // which, as Pagefind does one or the other for the whole bundle.
      const lower = term.toLowerCase();
      await Promise.all(
        bundles()
          .filter((bundle) => !holding.includes(bundle))
          .map(async (bundle) => {
            const response = await search(term, { filters: { ...filters, [BUNDLE_FILTER]: bundle } }, `${term} in ${bundle}`);
            const sample = response.results[0];
            if (sample && (await sample.data()).content.toLowerCase().includes(lower))
              for (const result of response.results) found.add(result.id);
          }),
      );
      return found;
    },
    phrase: async (terms) => ids(await search(`"${terms.join(' ')}"`, { filters })),
    isOneTerm,
    holds: async (page, text) => {
      const data = await seen.get(page)?.data();
      return data ? data.content.toLowerCase().includes(text.toLowerCase()) : false;
    },
  };
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json() as Promise<T>;
}

/**
 * A site's bundles; or the one index of a site built before bundles (a shard
 * not yet rebuilt); or none if neither can be reached: a merged index that
 * cannot load would make every later search fail, so it is never merged.
 */
async function siteBundles(site: string, n: number): Promise<Bundle[]> {
  const listed = await fetchJson<BundleEntry[]>(`${site}${BUNDLES_MANIFEST}`).catch(async () => {
    const single = await fetch(`${site}pagefind/pagefind-entry.json`).then(
      (response) => response.ok,
      () => false,
    );
    return single ? [{ path: 'pagefind/', pages: 0, newest: '', oldest: '', years: [] }] : [];
  });
  return listed.map((entry, k) => ({ ...entry, site, id: `s${n}b${k}` }));
}

/** The counts the page shows: the reader's filters, not the bundle each page is in. */
function withoutBundles(counts: PagefindFilterCounts): PagefindFilterCounts {
  const { [BUNDLE_FILTER]: _bundles, ...filters } = counts;
  return filters;
}

/**
 * Results in order. By date across sites the order is merged from each
 * site's own (by the pages' dates, read from their data) only as far as it
 * is asked for, so a long list does not fetch every page's data.
 */
class Order {
  readonly total: number;
  readonly #known: string[];
  readonly #more: (() => Promise<string | undefined>) | undefined;
  constructor(known: string[], total = known.length, more?: () => Promise<string | undefined>) {
    this.#known = known;
    this.total = total;
    this.#more = more;
  }
  async upTo(n: number): Promise<string[]> {
    while (this.#more && this.#known.length < Math.min(n, this.total)) {
      const next = await this.#more();
      if (next === undefined) break;
      this.#known.push(next);
    }
    return this.#known.slice(0, n);
  }
}

interface Ranked {
  order: Order;
  exact: Set<string>;
  results: Map<string, PagefindResult>;
  /** A search whose pages are exactly the results: its filter counts are theirs. None when no search gave exactly them. */
  countsFrom: RanSearch | undefined;
  /** By date: each result's bundle. */
  bundleOf: Map<string, string>;
  /** The bundles merged when the ranking ran: the results are theirs. */
  covered: Set<string>;
}

/**
 * One per page: pagefind.js's functions share one search instance, so a
 * second engine would merge the bundles into it a second time.
 */
export class SearchEngine {
  readonly #base: string;
  readonly #shards: readonly string[];
  readonly #pageSize: number;
  #loading: Promise<Loaded> | undefined;
  /** Bundles whose index is merged in (searched by every search from now on). */
  readonly #merged = new Map<string, Promise<void>>();
  #filterIndex: Promise<unknown> | undefined;
  /** Counts searches (and `cancel()`s): a search whose number is no longer the latest is stale. */
  #latest = 0;
  /** The year the page opened with: the first bundle loaded holds it. */
  #firstYear: string | undefined;

  constructor({ base, shards, pageSize }: EngineOptions) {
    this.#base = base;
    this.#shards = shards;
    this.#pageSize = pageSize;
  }

  /** Starts loading the engine (the reader is about to search), so the first search is quicker. */
  async load(year?: string): Promise<void> {
    this.#firstYear ??= year;
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
    this.#firstYear ??= request.filters.year;
    const started = await this.#first(request, isLatest).catch((error: unknown) => {
      if (isLatest()) throw error;
      return null;
    });
    if (!started || !isLatest()) return null;
    const { loaded, query, scope, firstRanked, shownIds, first } = started;
    let completing: Promise<CompleteOutcome | null> | undefined;
    return {
      query,
      first,
      complete: () => (completing ??= this.#complete(loaded, request, query, scope, firstRanked, shownIds, isLatest)),
    };
  }

  /** Searches the bundles in scope, newest first, until a page of results is found or none is left; null once stale. */
  async #first(request: SearchRequest, isLatest: () => boolean) {
    const loaded = await this.#load();
    const query = parseQuery(request.query, loaded.variants, segment);
    const scope = this.#scope(loaded, request);
    // The bundles merged already (by an earlier search) first; then one more
    // at a time until there is a page of results. By date, every site (this
    // one and each shard) needs a page of its own newest results, or all its
    // bundles, before the first page is the newest of all.
    let ranked = await this.#rank(loaded.pagefind, request, query);
    if (request.sort) {
      // By date, each site's newest bundles in a row must hold a page of
      // results (or be all of its bundles): older ones merged by an earlier
      // search do not count, or their pages would come first.
      for (const site of new Set(scope.map((bundle) => bundle.site))) {
        const newest = new Set<string>();
        for (const bundle of scope.filter((b) => b.site === site)) {
          if (!isLatest()) return null;
          if (!this.#merged.has(bundle.id)) {
            await this.#merge(loaded, bundle);
            ranked = await this.#rank(loaded.pagefind, request, query);
          }
          newest.add(bundle.id);
          if ([...ranked.bundleOf.values()].filter((id) => newest.has(id)).length >= this.#pageSize) break;
        }
      }
    } else {
      for (const bundle of scope) {
        if (ranked.order.total >= this.#pageSize) break;
        if (!isLatest()) return null;
        if (this.#merged.has(bundle.id)) continue;
        await this.#merge(loaded, bundle);
        ranked = await this.#rank(loaded.pagefind, request, query);
      }
    }
    if (!isLatest()) return null;
    const shownIds = await ranked.order.upTo(this.#pageSize);
    const first = await Promise.all(
      shownIds.map(async (id) => ({ data: await ranked.results.get(id)!.data(), exact: ranked.exact.has(id) })),
    );
    if (!isLatest()) return null;
    return { loaded, query, scope, firstRanked: ranked, shownIds, first };
  }

  async #complete(
    loaded: Loaded,
    request: SearchRequest,
    query: ParsedQuery,
    scope: Bundle[],
    firstRanked: Ranked,
    shown: string[],
    isLatest: () => boolean,
  ): Promise<CompleteOutcome | null> {
    let ranked = firstRanked;
    // Ranked again unless the first ranking already covered the whole scope
    // (a bundle merged meanwhile by another search is not in it).
    if (scope.some((bundle) => !ranked.covered.has(bundle.id))) {
      await Promise.all(scope.map((bundle) => this.#merge(loaded, bundle)));
      if (!isLatest()) return null;
      ranked = await this.#rank(loaded.pagefind, request, query);
    }
    if (!isLatest()) return null;
    // What was shown first stays first; the rest follows in the complete order.
    const shownSet = new Set(shown);
    const results = new Map([...firstRanked.results, ...ranked.results]);
    const { pagefind } = loaded;
    const countsFrom = ranked.countsFrom;
    const order = ranked.order;
    // The first results are among all results (the same search over more bundles).
    const total = Math.max(order.total, shown.length);
    let exactFirst = false;
    if (!request.sort) {
      const ids = [...shown, ...(await order.upTo(order.total)).filter((id) => !shownSet.has(id))];
      const firstOther = ids.findIndex((id) => !ranked.exact.has(id));
      exactFirst = firstOther < 0 || !ids.slice(firstOther).some((id) => ranked.exact.has(id));
    }
    return {
      total,
      exactTotal: ranked.exact.size,
      exactFirst,
      counts: countsFrom ? withoutBundles(countsFrom.counts) : null,
      data: async (from, to) => {
        const rest = (await order.upTo(to + shown.length)).filter((id) => !shownSet.has(id));
        const ids = [...shown, ...rest].slice(from, to);
        const data = await Promise.all(ids.map(async (id) => ({ data: await results.get(id)!.data(), exact: ranked.exact.has(id) })));
        return isLatest() ? data : null;
      },
      fullCounts: async () => {
        if (!countsFrom) return null;
        await this.#loadFilterIndex(pagefind);
        if (!isLatest()) return null;
        const counted = await pagefind.search(countsFrom.term || null, countsFrom.options);
        return isLatest() ? withoutBundles(counted.filters) : null;
      },
    };
  }

  #options(request: SearchRequest): PagefindSearchOptions {
    return { filters: request.filters, ...(request.sort ? { sort: { date: 'desc' } } : {}) };
  }

  /** The bundles a search looks in: those holding the chosen year (every site's), this site's first. */
  #scope(loaded: Loaded, request: SearchRequest): Bundle[] {
    const year = request.filters.year;
    const ownSite = loaded.bundles.filter((bundle) => bundle.site === this.#base);
    const others = loaded.bundles.filter((bundle) => bundle.site !== this.#base);
    return [...bundlesInScope(ownSite, year), ...bundlesInScope(others, year)];
  }

  /**
   * The pages holding every word, in order, over the bundles merged so far.
   * By relevance: exact matches first, each in Pagefind's ranking of the
   * whole query. By date: bundle after bundle (each covers older dates than
   * the one before), within one by Pagefind's date sort; shards interleaved.
   */
  async #rank(pagefind: PagefindModule, request: SearchRequest, query: ParsedQuery): Promise<Ranked> {
    const covered = new Set(this.#merged.keys());
    const options = this.#options(request);
    if (request.withFilterIndex) await this.#loadFilterIndex(pagefind);
    // Only punctuation or spaces typed: nothing to look for (not every page).
    if (!query.parts.length && request.query.trim()) {
      return { order: new Order([]), exact: new Set(), results: new Map(), countsFrom: undefined, bundleOf: new Map(), covered };
    }
    if (!query.parts.length) {
      const response = await pagefind.search(null, options);
      const results = new Map(response.results.map((result) => [result.id, result]));
      const byDate = request.sort ? await this.#byDate(pagefind, request, results, () => true) : undefined;
      const ids = response.results.map((result) => result.id);
      return {
        order: byDate?.order ?? new Order(ids),
        bundleOf: byDate?.bundleOf ?? new Map(),
        exact: new Set(),
        results,
        countsFrom: { term: '', options, ids: new Set(ids), counts: response.filters },
        covered,
      };
    }
    const seen = new Map<string, PagefindResult>();
    const ran: RanSearch[] = [];
    const [matches, response] = await Promise.all([
      matchQuery(
        pagefindWords(pagefind, request.filters, seen, ran, () => [...covered]),
        query,
      ),
      request.sort ? pagefind.search(null, options) : pagefind.search(query.simplified, options),
    ]);
    ran.push({
      term: request.sort ? '' : query.simplified,
      options,
      ids: new Set(response.results.map((result) => result.id)),
      counts: response.filters,
    });
    for (const result of response.results) seen.set(result.id, result);
    let order: Order;
    let bundleOf = new Map<string, string>();
    if (request.sort) ({ order, bundleOf } = await this.#byDate(pagefind, request, seen, (id) => matches.all.has(id)));
    else {
      const rank = new Map(response.results.map((result, n) => [result.id, n]));
      // A page Pagefind's own search left out (it cuts the query otherwise) follows, by how often the words occur.
      const position = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER - (seen.get(id)?.words.length ?? 0);
      const tier = (id: string) => (matches.exact.has(id) ? 0 : 1);
      order = new Order([...matches.all].sort((a, b) => tier(a) - tier(b) || position(a) - position(b)));
    }
    const countsFrom = ran.find((search) => search.ids.size === matches.all.size && [...matches.all].every((id) => search.ids.has(id)));
    return { order, exact: matches.exact, results: seen, countsFrom, bundleOf, covered };
  }

  /**
   * Pagefind sorts by date within each bundle, but its merged list orders
   * bundles by position, not date: so each bundle is asked for its own pages
   * (by the synthetic bundle filter), bundles of a site follow one another,
   * and the sites are merged by their pages' dates (read from the pages'
   * data, one page ahead per site, only as far as the order is read).
   */
  async #byDate(
    pagefind: PagefindModule,
    request: SearchRequest,
    results: ReadonlyMap<string, PagefindResult>,
    keep: (id: string) => boolean,
  ): Promise<{ order: Order; bundleOf: Map<string, string> }> {
    const loaded = await this.#load();
    const merged = loaded.bundles.filter((bundle) => this.#merged.has(bundle.id));
    const perSite = new Map<string, string[]>();
    const bundleOf = new Map<string, string>();
    for (const bundle of merged) {
      const response = await pagefind.search(null, { filters: { ...request.filters, [BUNDLE_FILTER]: bundle.id }, sort: { date: 'desc' } });
      const ids = response.results.map((result) => result.id).filter(keep);
      for (const id of ids) bundleOf.set(id, bundle.id);
      perSite.set(bundle.site, [...(perSite.get(bundle.site) ?? []), ...ids]);
    }
    const lists = [...perSite.values()];
    if (lists.length <= 1) return { order: new Order(lists[0] ?? []), bundleOf };
    const dateOf = async (id: string | undefined) => (id === undefined ? '' : ((await results.get(id)?.data())?.meta.sortdate ?? ''));
    // A k-way merge: the newest head goes next.
    const at = lists.map(() => 0);
    const heads = await Promise.all(lists.map((list) => dateOf(list[0])));
    const next = async (): Promise<string | undefined> => {
      let pick = -1;
      for (const [k, list] of lists.entries()) if (at[k]! < list.length && (pick < 0 || heads[k]! > heads[pick]!)) pick = k;
      if (pick < 0) return undefined;
      const id = lists[pick]![at[pick]!]!;
      at[pick]!++;
      heads[pick] = await dateOf(lists[pick]![at[pick]!]);
      return id;
    };
    return {
      order: new Order(
        [],
        lists.reduce((sum, list) => sum + list.length, 0),
        next,
      ),
      bundleOf,
    };
  }

  /** Merges a bundle's index in (once): every search from now on looks in it too. */
  #merge(loaded: Loaded, bundle: Bundle): Promise<void> {
    let merging = this.#merged.get(bundle.id);
    if (!merging) {
      // A merged index that cannot load makes every later search fail (Pagefind
      // keeps it), so a bundle whose entry cannot be fetched is left out.
      merging = fetch(`${bundle.site}${bundle.path}pagefind-entry.json`).then(
        (response) =>
          response.ok
            ? loaded.pagefind.mergeIndex(`${bundle.site}${bundle.path}`, {
                baseUrl: bundle.site,
                ranking: RANKING,
                mergeFilter: { [BUNDLE_FILTER]: bundle.id },
              })
            : undefined,
        () => undefined,
      );
      this.#merged.set(bundle.id, merging);
    }
    return merging;
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
    // Everything is fetched side by side: on loopback the engine was ready
    // 100 ms sooner than loading script, bundle list and map one after another.
    // A shard whose bundle list, map or index cannot be reached is left out, not fatal.
    const sites = [base, ...this.#shards];
    const maps = Promise.allSettled(sites.map((site) => fetchJson<Record<string, string>>(`${site}search/variants.json`)));
    const lists = Promise.all(
      sites.map((site, n) =>
        siteBundles(site, n).then(
          (bundles) => bundles,
          () => [],
        ),
      ),
    );
    // The built site's own pagefind.js, at an address known only at run time:
    // import() of it is untyped, and pagefind.d.ts says what it exports.
    const pagefind: PagefindModule = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const bundles = (await lists).flat();
    // The first bundle loaded is the primary index: the newest, or the newest holding the year the page opened with.
    const own = bundles.filter((bundle) => bundle.site === base);
    const primary = bundlesInScope(own, this.#firstYear)[0] ?? own[0];
    if (!primary) throw new Error(`${base}${BUNDLES_MANIFEST}: no search bundles`);
    // In this thread, not Pagefind's worker: the worker's script is 12 KB more
    // before the first answer, and each of the engine's many small searches
    // would cross to it and back. Unless this page may not compile WebAssembly
    // (a <meta> policy without 'wasm-unsafe-eval', as on a host that sends no
    // headers): a worker's own policy is not the page's meta one.
    const wasmHere = await WebAssembly.compile(EMPTY_WASM_MODULE).then(
      () => true,
      () => false,
    );
    await pagefind.options({
      basePath: `${base}${primary.path}`,
      baseUrl: base,
      ranking: RANKING,
      mergeFilter: { [BUNDLE_FILTER]: primary.id },
      noWorker: wasmHere,
    });
    this.#merged.set(primary.id, Promise.resolve());
    await pagefind.init();
    const loadedMaps = (await maps).flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const variants: Record<string, string> = Object.assign({}, ...loadedMaps);
    return { pagefind, variants, bundles };
  }

  // The filter index (every page's region, topic, year and type) is what the
  // option counts are computed from. At 10,000 articles it is 105 KB, more than
  // a search's own index chunks, so it loads only when the filters are in use;
  // and again for bundles merged since (Pagefind loads each bundle's own).
  #filterIndexFor = 0;
  #loadFilterIndex(pagefind: PagefindModule): Promise<unknown> {
    if (this.#filterIndex && this.#filterIndexFor === this.#merged.size) return this.#filterIndex;
    this.#filterIndexFor = this.#merged.size;
    const loading = Promise.all([...this.#merged.values()]).then(() => pagefind.filters());
    this.#filterIndex = loading;
    loading.catch(() => {
      if (this.#filterIndex === loading) this.#filterIndex = undefined;
    });
    return loading;
  }
}
