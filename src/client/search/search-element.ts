// <weijian-search>, the search page's form and results: reads its state from
// the URL, asks the engine (engine.ts) and writes the state back to the URL so
// a search can be bookmarked, shared and navigated. Without JavaScript the
// element is plain markup around a form that submits to the same page, and a
// <noscript> there points to the listings.
import { FILTER_NAMES, paramsFromState, stateFromParams, type FilterName, type SearchState } from '../../lib/search/filters.ts';
import { snippet } from '../../lib/search/snippet.ts';
import { TYPING_PAUSE_MS, type ParsedQuery } from '../../lib/search/query.ts';
import { SearchEngine, type CompleteOutcome, type FoundPage } from './engine.ts';
import type { PagefindFilterCounts } from './pagefind.d.ts';

const PAGE = 10;
/**
 * Safari ends a composition before the keydown of the Enter that confirmed
 * the candidate (Chromium and Firefox after it, with isComposing set): an
 * Enter this soon after compositionend confirmed a candidate, it did not submit.
 */
const COMPOSITION_ENTER_MS = 100;
/** Quiet time after the results of a typed query before the count is announced. */
const ANNOUNCE_AFTER_MS = 700;
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

/** Whether the results say which hold the query as typed: only when it has more than one word. */
const tellsExact = (query: ParsedQuery) => query.words.length > 1;

function resultItem({ data, exact }: FoundPage, query: ParsedQuery): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  if (tellsExact(query)) {
    const kind = document.createElement('span');
    kind.className = exact ? 'match-kind exact' : 'match-kind';
    kind.textContent = exact ? '完全匹配' : '包含全部词语';
    meta.append(kind, ' · ');
  }
  meta.append([data.meta.date, data.meta.region, data.meta.type].filter(Boolean).join(' · '));
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // The body text only: the title is the link above it.
  const body = data.meta.title && data.content.startsWith(data.meta.title) ? data.content.slice(data.meta.title.length) : data.content;
  const marks = query.quoted ? query.parts.map((part) => part.text) : [...query.parts.map((part) => part.text), ...query.words];
  for (const piece of snippet(body, marks)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      excerpt.append(mark);
    } else excerpt.append(piece.text);
  }
  item.append(heading, meta, excerpt);
  return item;
}

/** What the status says a search found (announced once, when the search has settled). */
function foundText(query: ParsedQuery, { total, exactTotal, exactFirst }: CompleteOutcome, what: string): string {
  if (!tellsExact(query)) return `找到 ${total} 条与${what}相关的结果。`;
  const words = inOrder(query).join('、');
  if (query.quoted) return `找到 ${total} 条含完整的${what}的结果。`;
  if (exactTotal === total) return `找到 ${total} 条结果，都含完整的${what}。`;
  const first = exactFirst ? '（排在前面）' : '（标为“完全匹配”）';
  return `找到 ${total} 条结果：${exactTotal} 条含完整的${what}${first}，${total - exactTotal} 条含全部词语（${words}），但不相连。`;
}

/** The query's words as typed, in order. */
const inOrder = (query: ParsedQuery) => [...new Set(query.parts.flatMap((part) => part.words))];

/** The query as the status quotes it: without the reader's own quotation marks. */
const unquoted = (typed: string) => typed.replace(/^["“”「『]+|["“”」』]+$/gu, '').trim();

/** The no-results message: what was searched, and what to try. */
function notFoundText(query: ParsedQuery | undefined, typed: string, hasFilters: boolean): string {
  const what = typed ? `“${unquoted(typed)}”` : '所选条件';
  let searched = '';
  if (query?.quoted) searched = `已搜索完整的${query.parts.map((part) => `“${part.text}”`).join('和')}。`;
  else if (query && query.words.length > 1) searched = `每个词都须出现：${inOrder(query).join('、')}。`;
  const converted =
    query && typed && query.simplified !== unquoted(typed) ? `已按简体“${query.simplified}”搜索（简体、繁体都已包括）。` : '';
  const tries = [
    hasFilters ? '去掉一些筛选条件' : '',
    query?.quoted ? '去掉引号，找词语分开出现的页面' : '',
    typed ? '用更少、更短的关键词（如“筛查”而不是“产前免费筛查工作”）' : '',
  ].filter(Boolean);
  return `没有找到与${what}相关的结果。${searched}${converted}${tries.length ? `请试试${tries.join('，或者')}。` : ''}`;
}

const stateFromUrl = () => stateFromParams(new URLSearchParams(location.search));

export class WeijianSearch extends HTMLElement {
  #parts: Parts | undefined;
  #engine: SearchEngine | undefined;
  /** The search on screen, and how many of its results are listed. */
  #shown: { query: ParsedQuery; complete: CompleteOutcome; listed: number } | undefined;
  /** Removes the element's listeners when it leaves the page. */
  #listening: AbortController | undefined;

  connectedCallback(): void {
    const parts = (this.#parts ??= findParts(this));
    const engine = (this.#engine ??= new SearchEngine({
      base: this.dataset.base?.replace(/\/?$/, '/') ?? '/',
      shards: this.dataset.shards?.split(',') ?? [],
      pageSize: PAGE,
    }));
    this.#listening?.abort();
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    const { form, input, sort, filters, more, filterPanel } = parts;

    // The engine starts loading when the box gets focus, not when Enter is pressed.
    // The first bundle loaded is the one holding the year the page opened with, if any.
    const warmUp = () => void engine.load(stateFromUrl().filters.year).catch(() => undefined);
    input.addEventListener('focus', warmUp, { once: true, signal });
    input.addEventListener('input', warmUp, { once: true, signal });
    // Results follow the typing. Nothing is searched while an input method
    // composes (its pinyin letters are not yet text); the composed text is.
    let composing = false;
    let composedAt = -Infinity;
    input.addEventListener(
      'compositionstart',
      () => {
        composing = true;
        this.#cancelTyping();
      },
      { signal },
    );
    input.addEventListener(
      'compositionend',
      (event) => {
        composing = false;
        composedAt = event.timeStamp;
        this.#typed();
      },
      { signal },
    );
    input.addEventListener(
      'input',
      (event) => {
        if (composing || (event as InputEvent).isComposing) return;
        this.#typed();
      },
      { signal },
    );
    input.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Enter') return;
        // The Enter that picks a candidate is the input method's, not a submit.
        if (composing || event.isComposing || event.keyCode === 229 || event.timeStamp - composedAt < COMPOSITION_ENTER_MS)
          event.preventDefault();
      },
      { signal },
    );
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#cancelTyping();
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
        this.#cancelTyping();
        this.#committedUrl = `${location.pathname}${location.search}`;
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
        if (filterPanel.open && this.#shown) void this.#refreshCounts(this.#shown.complete);
      },
      { signal },
    );
    this.#writeForm(initial);
    void this.#run(initial);
  }

  disconnectedCallback(): void {
    this.#listening?.abort();
    this.#cancelTyping();
  }

  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  /** The reader typed: search once they pause, replacing the URL (history gets one entry per submitted search, not per keystroke). */
  #typed(): void {
    this.#cancelTyping();
    clearTimeout(this.#announceTimer);
    this.#typingTimer = setTimeout(() => {
      this.#typingTimer = undefined;
      const state = this.#readForm();
      if (state.query === stateFromUrl().query) return;
      this.#navigate(state, 'replace', true);
    }, TYPING_PAUSE_MS);
  }

  #cancelTyping(): void {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
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

  /** Option labels show how many results each choice would give; without true counts, just their names. */
  #showCounts(counts: PagefindFilterCounts | null): void {
    if (counts && !Object.keys(counts).length) return;
    for (const { name, select } of this.#ui.filters) {
      const available = counts?.[name] ?? {};
      for (const option of select.options) {
        const value = option.dataset.value;
        if (!option.value || value === undefined) continue;
        const label = option.dataset.label ?? value;
        option.textContent = counts ? `${label}（${available[value] ?? 0}）` : label;
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
    shown.listed = Math.min(firstNew + PAGE, shown.complete.total);
    more.disabled = true;
    const data = await shown.complete.data(firstNew, shown.listed);
    if (!data) return false;
    resultsList.append(...data.map((found) => resultItem(found, shown.query)));
    more.disabled = false;
    more.hidden = shown.listed >= shown.complete.total;
    if (firstNew > 0) resultsList.querySelectorAll('a')[firstNew]?.focus();
    return true;
  }

  /** `typing`: the search follows keystrokes, so the status stays quiet until it has an answer. */
  async #run(state: SearchState, typing = false): Promise<void> {
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
    if (!typing) status.textContent = '正在搜索…';
    more.hidden = true;
    // URL parameters carry ids; the index holds the names the <option>s pair them with.
    const filters: Record<string, string> = {};
    for (const { name, select } of this.#ui.filters) {
      const chosen = [...select.options].find((option) => option.value && option.value === state.filters[name]);
      if (chosen?.dataset.value !== undefined) filters[name] = chosen.dataset.value;
    }
    const request = { query: state.query, filters, sort: state.sort, withFilterIndex: hasFilters };
    clearTimeout(this.#announceTimer);
    const run = ++this.#runs;
    let complete: CompleteOutcome | null;
    let query: ParsedQuery;
    try {
      const outcome = await engine.search(request);
      if (!outcome) return;
      // The first results are shown at once; the rest of the archive is searched after.
      this.#shown = undefined;
      query = outcome.query;
      resultsList.replaceChildren(...outcome.first.map((found) => resultItem(found, query)));
      // Which query the list answers (what the bench and the tests wait for).
      resultsList.dataset.query = state.query;
      recent.hidden = true;
      resultsSection.hidden = outcome.first.length === 0;
      resultsSection.setAttribute('aria-busy', 'true');
      // While typing, the last count would now be wrong; an empty status is not announced.
      if (typing) status.textContent = '';
      complete = await outcome.complete();
    } catch (error) {
      console.error(error);
      status.textContent = UNAVAILABLE;
      return;
    } finally {
      // A newer run keeps the section busy itself; this one clears it if it is the last.
      if (run === this.#runs) resultsSection.removeAttribute('aria-busy');
    }
    if (!complete) return;
    resultsSection.removeAttribute('aria-busy');
    this.#shown = { query, complete, listed: Math.min(PAGE, complete.total) };
    this.#showCounts(complete.counts);
    resultsSection.hidden = complete.total === 0;
    resultsSection.dataset.total = String(complete.total);
    resultsSection.dataset.query = state.query;
    more.hidden = complete.total <= PAGE;
    more.disabled = false;
    const what = state.query ? `“${unquoted(state.query)}”` : '所选条件';
    const text =
      complete.total === 0 ? notFoundText(state.query ? query : undefined, state.query, hasFilters) : foundText(query, complete, what);
    // Announced once per settled query: while typing, after a quiet moment, so
    // that a reader typing slowly does not hear a count per keystroke.
    if (typing) this.#announceTimer = setTimeout(() => (status.textContent = text), ANNOUNCE_AFTER_MS);
    else status.textContent = text;
    if (complete.total && this.#filtersInUse(state)) void this.#refreshCounts(complete);
  }

  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs started, so that only the latest clears the results' busy state. */
  #runs = 0;

  /** Counts per filter option for the search on screen, once the filter index is in. */
  async #refreshCounts(outcome: CompleteOutcome): Promise<void> {
    try {
      const counts = await outcome.fullCounts();
      if (counts) this.#showCounts(counts);
    } catch {
      // Counts are an aid; the results are already shown.
    }
  }

  /** The URL of the last search the reader submitted or navigated to: typing rewrites the entry, Enter adds one. */
  #committedUrl = `${location.pathname}${location.search}`;

  #navigate(state: SearchState, mode: 'push' | 'replace', typing = false): void {
    const params = paramsFromState(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (mode === 'replace') history.replaceState(null, '', url);
    else if (url !== this.#committedUrl) {
      // What typing wrote into the current entry goes back to what it was, so Back returns there.
      history.replaceState(null, '', this.#committedUrl);
      history.pushState(null, '', url);
    } else history.replaceState(null, '', url);
    if (mode === 'push') this.#committedUrl = url;
    void this.#run(state, typing);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'weijian-search': WeijianSearch;
  }
}

if (!customElements.get('weijian-search')) customElements.define('weijian-search', WeijianSearch);
