// What the search index holds for each article and dataset page: title,
// summary, sort date, the date results show, and the filters. The body text
// comes from the built page (extract.ts); the rest from the content itself.
import { formatChineseDate } from '../format/date.ts';
import { ARTICLE_TYPES } from '../schema/taxonomy.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import type { Dataset } from '../stats/dataset.ts';
import type { DatasetDescription } from '../stats/describe.ts';
import { indicatorAbstract, type IndicatorView } from '../stats/indicator.ts';
import { searchDocument, type SearchDocumentInput } from './document-html.ts';
import { DATASET_TYPE } from './filters.ts';

/** Region and topic names by id: the index holds names (filters.ts). */
export interface SearchNames {
  regionNames: ReadonlyMap<string, string>;
  topicNames: ReadonlyMap<string, string>;
}

/** One document for the index: a site path without `base` (the search page passes base to Pagefind) and its HTML. */
export interface SearchPage {
  url: string;
  html: string;
  /** Its sort date (YYYY-MM-DD) and `year` filter value: which index bundle it goes in (bundles.ts). */
  date: string;
  year: string;
}

/** A search document with where it sorts. */
function searchPage(url: string, input: SearchDocumentInput): SearchPage {
  return { url, html: searchDocument(input), date: input.date, year: input.filters.year };
}

type ArticleFields = Pick<ArticleFrontmatter, 'title' | 'summary' | 'date' | 'region' | 'topics' | 'type'>;

export function articleSearchInput(data: ArticleFields, bodyHtml: string, { regionNames, topicNames }: SearchNames): SearchDocumentInput {
  return {
    title: data.title,
    summary: data.summary,
    bodyHtml,
    date: data.date,
    displayDate: formatChineseDate(data.date),
    filters: {
      region: regionNames.get(data.region) ?? data.region,
      topic: data.topics.map((id) => topicNames.get(id) ?? id),
      year: data.date.slice(0, 4),
      type: ARTICLE_TYPES[data.type],
    },
  };
}

export function articleSearchPage(slug: string, data: ArticleFields, bodyHtml: string, names: SearchNames): SearchPage {
  // paths.article (src/lib/content/paths.ts), spelled out: content already imports search.
  return searchPage(`/articles/${slug}/`, articleSearchInput(data, bodyHtml, names));
}

/** A dataset sorts by the newest article citing it, else by its latest period as a date (2019 → 2019-01-01, 2019-07 → 2019-07-01, a day stays itself). */
export function datasetSortDate(about: Pick<DatasetDescription, 'lastPeriod'>, citedOn?: string): string {
  return citedOn ?? `${about.lastPeriod}-01-01`.slice(0, 10);
}

/**
 * A dataset shows its periods ('2017年至2021年') and sorts by the newest
 * article citing it (`citedOn`), or else by its latest period.
 */
export function datasetSearchInput(
  dataset: Dataset,
  about: Pick<DatasetDescription, 'abstract' | 'lastPeriod' | 'periodRange'>,
  bodyHtml: string,
  { regionNames }: SearchNames,
  citedOn?: string,
): SearchDocumentInput {
  return {
    title: dataset.title,
    summary: about.abstract,
    bodyHtml,
    date: datasetSortDate(about, citedOn),
    displayDate: about.periodRange,
    filters: {
      region: regionNames.get(dataset.region) ?? dataset.region,
      topic: [],
      year: about.lastPeriod.slice(0, 4),
      type: DATASET_TYPE,
    },
  };
}

export function datasetSearchPage(
  dataset: Dataset,
  about: Pick<DatasetDescription, 'abstract' | 'lastPeriod' | 'periodRange'>,
  bodyHtml: string,
  names: SearchNames,
  citedOn?: string,
): SearchPage {
  // paths.dataset (src/lib/content/paths.ts), spelled out as above.
  return searchPage(`/data/${dataset.id}/`, datasetSearchInput(dataset, about, bodyHtml, names, citedOn));
}

/** Dataset id → the date of the newest published article citing it (with <Chart> or <Stat>). */
export function newestCitations(
  articles: readonly { data?: Pick<ArticleFrontmatter, 'date' | 'draft'>; citedDatasets?: readonly string[] }[],
): Map<string, string> {
  const newest = new Map<string, string>();
  for (const { data, citedDatasets = [] } of articles) {
    if (!data || data.draft) continue;
    for (const id of citedDatasets) if ((newest.get(id) ?? '') < data.date) newest.set(id, data.date);
  }
  return newest;
}

/**
 * An indicator page: found by its name, definition and regions, filtered by
 * every region it compares, dated by its latest period.
 */
export function indicatorSearchPage(
  view: Pick<IndicatorView, 'indicator' | 'series'>,
  about: Pick<DatasetDescription, 'lastPeriod' | 'periodRange'>,
  bodyHtml: string,
  { regionNames }: SearchNames,
): SearchPage {
  const { indicator } = view;
  // paths.indicator (src/lib/content/paths.ts), spelled out as above.
  return searchPage(`/indicators/${indicator.id}/`, {
    title: indicator.name,
    summary: indicatorAbstract(view, (id) => regionNames.get(id) ?? id),
    bodyHtml,
    date: datasetSortDate(about),
    displayDate: about.periodRange,
    filters: {
      region: view.series.map((entry) => regionNames.get(entry.region) ?? entry.region),
      topic: [],
      year: about.lastPeriod.slice(0, 4),
      type: DATASET_TYPE,
    },
  });
}
