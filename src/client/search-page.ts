// The search page: reads its state from the URL, queries Pagefind (loaded on
// first use; it fetches only the index chunks a query needs), and writes the
// state back to the URL so a search can be bookmarked, shared and navigated.
import { normaliseQuery } from '../lib/search/variants.ts';
import { FILTER_NAMES, paramsFromState, stateFromParams, type SearchState } from '../lib/search/filters.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  preload: (query: string, options: Record<string, unknown>) => Promise<void>;
}

const PAGE = 10;
const UNAVAILABLE = '搜索暂时无法使用（搜索索引没有加载成功）。请检查网络后重试，或按地区、主题、年份浏览文章。';
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const status = document.querySelector<HTMLElement>('#search-status')!;
const resultsSection = document.querySelector<HTMLElement>('#search-results-section')!;
const resultsList = document.querySelector<HTMLOListElement>('#search-results')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const recent = document.querySelector<HTMLElement>('#search-recent')!;
const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filter-panel');
const base = form.dataset.base?.replace(/\/?$/, '/') ?? '/';
const shards = form.dataset.shards?.split(',') ?? [];

const fetchJson = (url: string) => fetch(url).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${url}`))));

let engine: Promise<{ pagefind: Pagefind; variants: Record<string, string> }> | undefined;
let shardsMerged = false;
function loadEngine() {
  engine ??= (async () => {
    // Everything is fetched side by side: on loopback the engine was ready
    // 100 ms sooner than loading script, filters and map one after another.
    // A shard whose map or index cannot be reached is left out, not fatal.
    const maps = Promise.allSettled([base, ...shards].map((at) => fetchJson(`${at}search/variants.json`)));
    const reachableShards = Promise.all(shards.map((shard) => fetch(`${shard}pagefind/pagefind-entry.json`).then((response) => (response.ok ? shard : null), () => null)));
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Short dataset pages would otherwise outrank the long reports that explain them.
    const ranking = { pageLength: 0.2 };
    await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base, ranking });
    // Other shards of the archive: their indexes join this one, their pages keep their own addresses.
    // Merged once only: a retry after a failed load reuses the same Pagefind module.
    if (!shardsMerged) {
      shardsMerged = true;
      for (const shard of await reachableShards) if (shard) await pagefind.mergeIndex(`${shard}pagefind/`, { baseUrl: shard, ranking });
    }
    await pagefind.init();
    const loadedMaps = (await maps).flatMap((result) => (result.status === 'fulfilled' ? [result.value as Record<string, string>] : []));
    const variants = Object.assign({}, ...loadedMaps) as Record<string, string>;
    return { pagefind, variants };
  })();
  // A failed load (offline, moved files) is not kept: the next search tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

// The filter index (every page's region, topic, year and type) is what the
// option counts are computed from. At 10,000 articles it is 105 KB, more than
// a search's own index chunks, so it loads only when the filters are in use:
// the panel is open (wider screens, or a reader opened it) or a filter is set.
let filtersLoaded: Promise<unknown> | undefined;
function loadFilters(pagefind: Pagefind) {
  filtersLoaded ??= pagefind.filters();
  filtersLoaded.catch(() => (filtersLoaded = undefined));
  return filtersLoaded;
}
const filtersInUse = (state: SearchState) => Object.keys(state.filters).length > 0 || Boolean(filterPanel?.open);

function readForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const select of selects) if (select.value) filters[select.dataset.filter as (typeof FILTER_NAMES)[number]] = select.value;
  return { query: input.value.trim(), filters, sort: sortSelect.value === 'date' ? 'date' : '' };
}

function writeForm(state: SearchState) {
  input.value = state.query;
  for (const select of selects) select.value = state.filters[select.dataset.filter as (typeof FILTER_NAMES)[number]] ?? '';
  sortSelect.value = state.sort;
}

/** Option labels show how many results each choice would give. */
function showCounts(counts: PagefindSearch['filters']) {
  if (!Object.keys(counts).length) return;
  for (const select of selects) {
    const available = counts[select.dataset.filter!] ?? {};
    for (const option of select.options) {
      if (!option.value) continue;
      const count = available[option.dataset.value!] ?? 0;
      option.textContent = `${option.dataset.label}（${count}）`;
    }
  }
}

function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.date, data.meta.region, data.meta.type].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped text from our own index with <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}

let current: PagefindSearch | undefined;
/** The query and options of the search on screen, for counting once the filter index is in. */
let counted: { run: number; query: string; options: Record<string, unknown> } | undefined;
let shown = 0;
let generation = 0;

async function showMore() {
  if (!current) return;
  // Reserve the slice before waiting, so a double click cannot load it twice.
  const firstNew = shown;
  const batch = current.results.slice(shown, shown + PAGE);
  shown += batch.length;
  moreButton.disabled = true;
  const run = generation;
  const items = await Promise.all(batch.map((result) => result.data()));
  if (run !== generation) return;
  resultsList.append(...items.map(resultItem));
  moreButton.disabled = false;
  moreButton.hidden = shown >= current.results.length;
  if (firstNew > 0) resultsList.querySelectorAll('a')[firstNew]?.focus();
}

async function runSearch(state: SearchState) {
  const run = ++generation;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.query && !hasFilters) {
    recent.hidden = false;
    resultsSection.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = '正在搜索…';
  moreButton.hidden = true;
  let loaded: Awaited<ReturnType<typeof loadEngine>>;
  try {
    loaded = await loadEngine();
  } catch {
    if (run === generation) status.textContent = UNAVAILABLE;
    return;
  }
  const { pagefind, variants } = loaded;
  const filters: Record<string, string> = {};
  for (const select of selects) {
    const chosen = [...select.options].find((option) => option.value && option.value === state.filters[select.dataset.filter as (typeof FILTER_NAMES)[number]]);
    if (chosen) filters[select.dataset.filter!] = chosen.dataset.value!;
  }
  const query = normaliseQuery(state.query, variants);
  const options = { filters, ...(state.sort ? { sort: { date: 'desc' } } : {}) };
  let search: PagefindSearch;
  try {
    if (hasFilters) await Promise.all([loadFilters(pagefind), query ? pagefind.preload(query, options) : undefined]);
    search = await pagefind.search(query || null, options);
  } catch {
    if (run === generation) status.textContent = UNAVAILABLE;
    return;
  }
  if (run !== generation) return;
  current = search;
  counted = { run, query, options };
  shown = 0;
  resultsList.replaceChildren();
  showCounts(search.filters);
  recent.hidden = true;
  resultsSection.hidden = search.results.length === 0;
  const what = state.query ? `“${state.query}”` : '所选条件';
  if (search.results.length === 0) {
    const advice = `用更少、更短的关键词（如“筛查”而不是“产前免费筛查工作”）`;
    status.textContent = `没有找到与${what}相关的结果。${hasFilters ? `请试试去掉一些筛选条件，或者${advice}。` : `请试试${advice}。`}`;
    moreButton.hidden = true;
    return;
  }
  await showMore();
  // Announced once the first results are on the page.
  if (run === generation) status.textContent = `找到 ${search.results.length} 条与${what}相关的结果。`;
  if (filtersInUse(state)) void refreshCounts(run, query, options);
}

/** Counts per filter option for the current search, once the filter index is in. */
async function refreshCounts(run: number, query: string, options: Record<string, unknown>) {
  try {
    const { pagefind } = await loadEngine();
    await loadFilters(pagefind);
    if (run !== generation) return;
    const counted = await pagefind.search(query || null, options);
    if (run === generation) showCounts(counted.filters);
  } catch {
    // Counts are an aid; the results are already shown.
  }
}

function navigate(state: SearchState, mode: 'push' | 'replace') {
  const params = paramsFromState(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  if (mode === 'replace') history.replaceState(null, '', url);
  void runSearch(state);
}

// The engine starts loading as the reader starts typing, not when they press Enter.
input.addEventListener('input', () => void loadEngine().catch(() => undefined), { once: true });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(readForm(), 'push');
});
for (const select of [...selects, sortSelect]) select.addEventListener('change', () => navigate(readForm(), 'push'));
moreButton.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  const state = stateFromParams(new URLSearchParams(location.search));
  writeForm(state);
  void runSearch(state);
});

const initial = stateFromParams(new URLSearchParams(location.search));
// Filters are folded away on phones unless a search uses them; open on wider screens.
if (filterPanel) filterPanel.open = Object.keys(initial.filters).length > 0 || initial.sort !== '' || window.matchMedia('(min-width: 48rem)').matches;
// Opening the panel brings in the counts for the search on screen.
filterPanel?.addEventListener('toggle', () => {
  if (filterPanel.open && counted) void refreshCounts(counted.run, counted.query, counted.options);
});
writeForm(initial);
void runSearch(initial);
