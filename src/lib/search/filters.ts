// Search filters: URL parameters carry ids (shareable, ASCII), the index holds
// Chinese names; the search page's <option>s pair them.

export const FILTER_NAMES = ['region', 'topic', 'year', 'type'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Datasets are a type of their own, so a reader can look for data. */
export const DATASET_TYPE = '数据';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string>>;
  sort: '' | 'date';
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : '' };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.sort) params.set('sort', state.sort);
  return params;
}
