// <weijian-search>, the search page's form and results: reads its state from
// the URL, asks the engine (engine.ts) and writes the state back to the URL so
// a search can be bookmarked, shared and navigated. Without JavaScript the
// element is plain markup around a form that submits to the same page, and a
// <noscript> there points to the listings.
import { FILTER_NAMES, paramsFromState, stateFromParams, type FilterName, type SearchState } from '../../lib/search/filters.ts';
import { SearchEngine, type SearchOutcome } from './engine.ts';
import type { PagefindFilterCounts, PagefindResultData } from './pagefind.d.ts';

const PAGE = 10;
const UNAVAILABLE = '搜索暂时无法使用（搜索索引没有加载成功）。请检查网络后重试，或按地区、主题、年份浏览文章。';

/** The parts of the page the element works with, found inside it. */
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** The filter menus, each with the filter it sets. */
  filters: { name: FilterName; select: HTMLSelectElement }[];
  status: HTMLElement;
  resultsSection: HTMLElement;
  resultsList: HTMLOListElement;
  more: HTMLButtonElement;
  recent: HTMLElement;
  /** Folded away on phones; not every page layout need have it. */
  filterPanel: HTMLDetailsElement | null;
}

function part<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (found instanceof type) return found;
  throw new Error(`<weijian-search>: ${selector} is missing`);
}

function findParts(root: HTMLElement): Parts {
  const form = part(root, '#search-form', HTMLFormElement);
  const panel = root.querySelector('#search-filter-panel');
  return {
    form,
    input: part(form, '#search-q', HTMLInputElement),
    sort: part(form, '#search-sort', HTMLSelectElement),
    filters: [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')].flatMap((select) => {
      const name = FILTER_NAMES.find((filter) => filter === select.dataset.filter);
      return name ? [{ name, select }] : [];
    }),
    status: part(root, '#search-status', HTMLElement),
    resultsSection: part(root, '#search-results-section', HTMLElement),
    resultsList: part(root, '#search-results', HTMLOListElement),
    more: part(root, '#search-more', HTMLButtonElement),
    recent: part(root, '#search-recent', HTMLElement),
    filterPanel: panel instanceof HTMLDetailsElement ? panel : null,
  };
}

function resultItem(data: PagefindResultData): HTMLLIElement {
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

const stateFromUrl = () => stateFromParams(new URLSearchParams(location.search));

export class WeijianSearch extends HTMLElement {
  #parts: Parts | undefined;
  #engine: SearchEngine | undefined;
  /** The search on screen, and how many of its results are listed. */
  #shown: { outcome: SearchOutcome; listed: number } | undefined;
  /** Removes the element's listeners when it leaves the page. */
  #listening: AbortController | undefined;

  connectedCallback(): void {
    const parts = (this.#parts ??= findParts(this));
    const engine = (this.#engine ??= new SearchEngine({
      base: this.dataset.base?.replace(/\/?$/, '/') ?? '/',
      shards: this.dataset.shards?.split(',') ?? [],
    }));
    this.#listening?.abort();
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    const { form, input, sort, filters, more, filterPanel } = parts;

    // The engine starts loading as the reader starts typing, not when they press Enter.
    input.addEventListener('input', () => void engine.load().catch(() => undefined), { once: true, signal });
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#navigate(this.#readForm(), 'push');
      },
      { signal },
    );
    for (const select of [...filters.map((filter) => filter.select), sort])
      select.addEventListener('change', () => this.#navigate(this.#readForm(), 'push'), { signal });
    more.addEventListener('click', () => void this.#showMore(), { signal });
    window.addEventListener(
      'popstate',
      () => {
        const state = stateFromUrl();
        this.#writeForm(state);
        void this.#run(state);
      },
      { signal },
    );

    const initial = stateFromUrl();
    // Filters are folded away on phones unless a search uses them; open on wider screens.
    if (filterPanel)
      filterPanel.open = Object.keys(initial.filters).length > 0 || initial.sort !== '' || window.matchMedia('(min-width: 48rem)').matches;
    // Opening the panel brings in the counts for the search on screen.
    filterPanel?.addEventListener(
      'toggle',
      () => {
        if (filterPanel.open && this.#shown) void this.#refreshCounts(this.#shown.outcome);
      },
      { signal },
    );
    this.#writeForm(initial);
    void this.#run(initial);
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
  }

  get #ui(): Parts {
    if (!this.#parts) throw new Error('<weijian-search> is not on the page');
    return this.#parts;
  }

  #readForm(): SearchState {
    const { input, sort, filters } = this.#ui;
    const state: SearchState = { query: input.value.trim(), filters: {}, sort: sort.value === 'date' ? 'date' : '' };
    for (const { name, select } of filters) if (select.value) state.filters[name] = select.value;
    return state;
  }

  #writeForm(state: SearchState): void {
    const { input, sort, filters } = this.#ui;
    input.value = state.query;
    for (const { name, select } of filters) select.value = state.filters[name] ?? '';
    sort.value = state.sort;
  }

  /** The filter index loads only when the filters are in use: the panel is open (wider screens, or a reader opened it) or a filter is set. */
  #filtersInUse(state: SearchState): boolean {
    return Object.keys(state.filters).length > 0 || Boolean(this.#ui.filterPanel?.open);
  }

  /** Option labels show how many results each choice would give. */
  #showCounts(counts: PagefindFilterCounts): void {
    if (!Object.keys(counts).length) return;
    for (const { name, select } of this.#ui.filters) {
      const available = counts[name] ?? {};
      for (const option of select.options) {
        const value = option.dataset.value;
        if (!option.value || value === undefined) continue;
        option.textContent = `${option.dataset.label ?? value}（${available[value] ?? 0}）`;
      }
    }
  }

  /** Lists the next results; false if a newer search has started meanwhile. */
  async #showMore(): Promise<boolean> {
    const shown = this.#shown;
    if (!shown) return false;
    const { resultsList, more } = this.#ui;
    // Reserve the slice before waiting, so a double click cannot load it twice.
    const firstNew = shown.listed;
    shown.listed = Math.min(firstNew + PAGE, shown.outcome.total);
    more.disabled = true;
    const data = await shown.outcome.data(firstNew, shown.listed);
    if (!data) return false;
    resultsList.append(...data.map(resultItem));
    more.disabled = false;
    more.hidden = shown.listed >= shown.outcome.total;
    if (firstNew > 0) resultsList.querySelectorAll('a')[firstNew]?.focus();
    return true;
  }

  async #run(state: SearchState): Promise<void> {
    const { status, recent, resultsSection, resultsList, more } = this.#ui;
    const engine = this.#engine;
    if (!engine) return;
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.query && !hasFilters) {
      engine.cancel();
      recent.hidden = false;
      resultsSection.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    more.hidden = true;
    // URL parameters carry ids; the index holds the names the <option>s pair them with.
    const filters: Record<string, string> = {};
    for (const { name, select } of this.#ui.filters) {
      const chosen = [...select.options].find((option) => option.value && option.value === state.filters[name]);
      if (chosen?.dataset.value !== undefined) filters[name] = chosen.dataset.value;
    }
    let outcome: SearchOutcome | null;
    try {
      outcome = await engine.search({ query: state.query, filters, sort: state.sort, withFilterIndex: hasFilters });
    } catch {
      status.textContent = UNAVAILABLE;
      return;
    }
    if (!outcome) return;
    this.#shown = { outcome, listed: 0 };
    resultsList.replaceChildren();
    this.#showCounts(outcome.counts);
    recent.hidden = true;
    resultsSection.hidden = outcome.total === 0;
    const what = state.query ? `“${state.query}”` : '所选条件';
    if (outcome.total === 0) {
      const advice = `用更少、更短的关键词（如“筛查”而不是“产前免费筛查工作”）`;
      status.textContent = `没有找到与${what}相关的结果。${hasFilters ? `请试试去掉一些筛选条件，或者${advice}。` : `请试试${advice}。`}`;
      more.hidden = true;
      return;
    }
    // Announced once the first results are on the page.
    if (!(await this.#showMore())) return;
    status.textContent = `找到 ${outcome.total} 条与${what}相关的结果。`;
    if (this.#filtersInUse(state)) void this.#refreshCounts(outcome);
  }

  /** Counts per filter option for the search on screen, once the filter index is in. */
  async #refreshCounts(outcome: SearchOutcome): Promise<void> {
    try {
      const counts = await outcome.fullCounts();
      if (counts) this.#showCounts(counts);
    } catch {
      // Counts are an aid; the results are already shown.
    }
  }

  #navigate(state: SearchState, mode: 'push' | 'replace'): void {
    const params = paramsFromState(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (mode === 'push' && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    if (mode === 'replace') history.replaceState(null, '', url);
    void this.#run(state);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'weijian-search': WeijianSearch;
  }
}

if (!customElements.get('weijian-search')) customElements.define('weijian-search', WeijianSearch);
