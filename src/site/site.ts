// The one place pages get content from. Collections are read once per build
// and shared by every page (calling getCollection per page is what makes large
// sites slow and memory-hungry).
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles, relatedArticlesFinder, type ArticleRecord } from '../lib/content/articles.ts';
import { BUILD_FACTS_ENV, buildFactsFrom, citedDatasetsBySlug, parseBuildFacts, type BuildFacts } from '../lib/content/build-facts.ts';
import { contentDirFrom } from '../lib/content/content-dir.ts';
import { lastUpdated, readContentHistory, type ContentHistory, type Revision } from '../lib/content/history.ts';
import { sortRegions } from '../lib/content/regions.ts';
import type { Region, Topic } from '../lib/schema/taxonomy.ts';
import { readIndicators } from '../lib/stats/indicators-file.ts';
import {
  indicatorAsDataset,
  indicatorJson,
  indicatorPicture,
  indicatorSources,
  joinIndicators,
  type IndicatorSource,
  type IndicatorView,
} from '../lib/stats/indicator.ts';
import type { Dataset } from '../lib/stats/dataset.ts';
import { describeDataset, type DatasetDescription } from '../lib/stats/describe.ts';
import { latestFirst } from '../lib/stats/latest.ts';
import { drawChartPngsInBackground } from './chart-png.ts';
import { figureDownloads, pngKey, type Download, type FigureFiles } from './downloads.ts';
import { dataPaths, indicatorPaths, paths, type DownloadPaths } from '../lib/content/paths.ts';
import { datasetCsv, datasetJson } from '../lib/stats/csv.ts';
import { siteLicense } from './config.ts';
import { absoluteHref } from './href.ts';
import { compareChinese } from '../lib/format/collate.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SiteArticle = ArticleRecord & { entry: ArticleEntry };

/** What a dataset and an indicator both are: a figure with its page and its files (served by src/site/figure-files.ts). */
export interface SiteFigure extends FigureFiles {
  data: Dataset;
  /** Summary, periods and table (src/lib/stats/describe.ts). */
  about: DatasetDescription;
  /** The CSV, XLSX, JSON and PNG offered under its figure, with their sizes; waits for the PNG on first call. */
  downloads: () => Promise<Download[]>;
}

/** A statistic file with what every page says about it, worked out once per build. */
export type SiteDataset = SiteFigure;

/** An indicator with what its page and downloads show, worked out once per build. */
export interface SiteIndicator extends SiteFigure {
  view: IndicatorView;
  /** `data`: every region's series as one statistic file (src/lib/stats/indicator.ts): figure, CSV, XLSX and PNG are made from it. */
  sources: IndicatorSource[];
  /** 最后更新: the newest of its regions' files' dates; undefined when none has one. */
  updated: string | undefined;
  /** <Chart indicator regions> in an article: only those regions (all without `regions`), drawn as the page draws them. */
  comparison: (regions?: readonly string[]) => Pick<SiteIndicator, 'data' | 'about' | 'sources'>;
}

export interface SiteData {
  articles: SiteArticle[];
  /** In listing order: provinces in the national order, then level and name (src/lib/content/regions.ts). */
  regions: Region[];
  topics: Topic[];
  regionById: Map<string, Region>;
  topicById: Map<string, Topic>;
  regionNames: Map<string, string>;
  /** A region's name by id; the id itself for a region regions.json does not list (the check refuses those). */
  regionName: (id: string) => string;
  datasets: SiteDataset[];
  /** The same datasets, the one with the latest period first (src/lib/stats/latest.ts): the home page's 最新数据. */
  latestDatasets: SiteDataset[];
  datasetById: Map<string, SiteDataset>;
  /** The articles to suggest after one article (ranked once per build, not per page). */
  relatedTo: (article: ArticleRecord) => SiteArticle[];
  /** Articles that show a dataset with <Chart> or quote it with <Stat>, newest first. */
  citations: Map<string, SiteArticle[]>;
  /** The other way round: by article slug, the datasets it cites. */
  citedDatasets: Map<string, SiteDataset[]>;
  /** By region id, the datasets of that region (in title order). */
  datasetsByRegion: Map<string, SiteDataset[]>;
  /** By topic id, the datasets cited by that topic's articles: a dataset has no topics of its own. */
  datasetsByTopic: Map<string, SiteDataset[]>;
  /** An article's or dataset's 修订记录 from git, newest first; empty without full history (src/lib/content/history.ts). */
  historyOf: (kind: HistoryKind, id: string) => Revision[];
  /** A dataset's 最后更新: its `updated` field, else its newest revision's date (src/lib/content/history.ts). */
  updatedOf: (datasetId: string) => string | undefined;
  /** Each indicator of content/indicators.json with every region's series of it, regions in listing order. */
  indicators: IndicatorView[];
  /** The indicators some statistic file has a series of: each gets a page (/indicators/<id>/). */
  indicatorPages: SiteIndicator[];
  indicatorById: Map<string, SiteIndicator>;
}

export type HistoryKind = 'articles' | 'datasets';

let cached: Promise<SiteData> | undefined;

/**
 * What the content check found that pages need: from the file `npm run build`
 * writes (scripts/build.ts), or else (`astro dev`, a direct `astro build`) from
 * running that same check here.
 */
async function readBuildFacts(): Promise<BuildFacts> {
  const file = process.env[BUILD_FACTS_ENV];
  if (file) return parseBuildFacts(readFileSync(file, 'utf8'));
  const { checkContent } = await import('../lib/check/content.ts');
  return buildFactsFrom(checkContent({ root: process.cwd(), contentDir: resolve(contentDirFrom(process.env)) }));
}

/**
 * Revision records by collection and id, from one git pass over the content
 * folder (started alongside the collections); warns once when there is no full history.
 */
function historyFinder(history: ContentHistory, contentDir: string, entries: Record<HistoryKind, { id: string; filePath?: string }[]>) {
  const paths = new Map<string, string>();
  for (const [kind, list] of Object.entries(entries))
    for (const entry of list)
      if (entry.filePath) paths.set(`${kind}/${entry.id}`, relative(contentDir, resolve(entry.filePath)).split(sep).join('/'));
  return (kind: HistoryKind, id: string): Revision[] => {
    const path = paths.get(`${kind}/${id}`);
    return path === undefined ? [] : history.revisionsOf(path);
  };
}

/** A value made on first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The parts every figure has, from its data, its page and where its files live; `json` makes its JSON file's text, `pictured` is what its PNG draws when not all of it. */
function siteFigure(data: Dataset, page: string, files: DownloadPaths, json: () => string, pictured?: Dataset): SiteFigure {
  const about = describeDataset(data);
  const figure: SiteFigure = {
    data,
    about,
    picture: pictured ? { data: pictured, about: describeDataset(pictured) } : { data, about },
    page,
    files,
    csv: once(() => datasetCsv(data)),
    json: once(json),
    downloads: once(() => figureDownloads(figure)),
  };
  return figure;
}

const siteDataset = (data: Dataset): SiteDataset => siteFigure(data, paths.dataset(data.id), dataPaths, () => datasetJson(data));

function siteIndicator(
  view: IndicatorView,
  regionName: (id: string) => string,
  updatedOf: (datasetId: string) => string | undefined,
): SiteIndicator {
  const data = indicatorAsDataset(view, regionName);
  const page = paths.indicator(view.indicator.id);
  const sources = indicatorSources(view, regionName);
  const json = () =>
    indicatorJson(view, {
      regionName,
      url: { page: absoluteHref(page), dataset: (id) => absoluteHref(paths.dataset(id)) },
      license: siteLicense.url ? `${siteLicense.text} ${siteLicense.url}` : siteLicense.text,
    });
  return {
    ...siteFigure(data, page, indicatorPaths, json, indicatorPicture(view, regionName)),
    view,
    sources,
    comparison: (regions) => {
      const shown = { series: regions ? view.series.filter((entry) => regions.includes(entry.region)) : view.series };
      const comparison = indicatorAsDataset({ ...view, ...shown }, regionName);
      return { data: comparison, about: describeDataset(comparison), sources: indicatorSources(shown, regionName) };
    },
    // ISO dates sort as text.
    updated: sources
      .map((source) => updatedOf(source.datasetId))
      .filter((date) => date !== undefined)
      .sort()
      .at(-1),
  };
}

async function load(): Promise<SiteData> {
  const [entries, regionEntries, topicEntries, datasetEntries, facts, history] = await Promise.all([
    getCollection('articles'),
    getCollection('regions'),
    getCollection('topics'),
    getCollection('datasets'),
    readBuildFacts(),
    readContentHistory(resolve(contentDirFrom(process.env)), { warn: (message) => console.warn(message) }),
  ]);
  const articles = publishedArticles(entries.map((entry) => ({ ...entry.data, slug: entry.id, entry })));
  const regions = sortRegions(regionEntries.map((entry) => entry.data));
  const topics = topicEntries.map((entry) => entry.data);
  const datasets = datasetEntries
    .map((entry): Dataset => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => compareChinese(a.title, b.title))
    .map(siteDataset);
  const datasetById = new Map(datasets.map((dataset) => [dataset.data.id, dataset]));
  const citedBy = citedDatasetsBySlug(facts);
  const citations = new Map<string, SiteArticle[]>();
  const citedDatasets = new Map<string, SiteDataset[]>();
  for (const article of articles) {
    const ids = citedBy.get(article.slug) ?? [];
    for (const id of ids) citations.set(id, [...(citations.get(id) ?? []), article]);
    if (ids.length)
      citedDatasets.set(
        article.slug,
        ids.flatMap((id) => datasetById.get(id) ?? []),
      );
  }
  const datasetsByRegion = new Map<string, SiteDataset[]>();
  for (const dataset of datasets)
    datasetsByRegion.set(dataset.data.region, [...(datasetsByRegion.get(dataset.data.region) ?? []), dataset]);
  const topicsOfDataset = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const dataset of citedDatasets.get(article.slug) ?? []) {
      const topics = topicsOfDataset.get(dataset.data.id) ?? new Set<string>();
      for (const topic of article.topics) topics.add(topic);
      topicsOfDataset.set(dataset.data.id, topics);
    }
  }
  const datasetsByTopic = new Map<string, SiteDataset[]>();
  for (const dataset of datasets) {
    for (const topic of topicsOfDataset.get(dataset.data.id) ?? [])
      datasetsByTopic.set(topic, [...(datasetsByTopic.get(topic) ?? []), dataset]);
  }
  const regionOrder = new Map(regions.map((region, index) => [region.id, index]));
  const regionNames = new Map(regions.map((region) => [region.id, region.name]));
  const indicators = joinIndicators(
    readIndicators(resolve(contentDirFrom(process.env))),
    datasets.map((dataset) => dataset.data),
    (a, b) => (regionOrder.get(a) ?? 0) - (regionOrder.get(b) ?? 0),
  );
  const regionName = (id: string) => regionNames.get(id) ?? id;
  const historyOf = historyFinder(history, resolve(contentDirFrom(process.env)), { articles: entries, datasets: datasetEntries });
  const updatedOf = (id: string) => lastUpdated(datasetById.get(id)?.data.updated, historyOf('datasets', id));
  const indicatorPages = indicators.filter((view) => view.series.length > 0).map((view) => siteIndicator(view, regionName, updatedOf));
  // A build renders every chart anyway; `astro dev` draws one only when a page asks for it.
  if (import.meta.env.PROD)
    drawChartPngsInBackground([
      ...datasets.map((figure) => ({ chart: figure.picture, key: pngKey(dataPaths, figure.data.id) })),
      ...indicatorPages.map((figure) => ({ chart: figure.picture, key: pngKey(indicatorPaths, figure.data.id) })),
    ]);
  return {
    datasets,
    latestDatasets: latestFirst(datasets, ({ data, about }) => ({ title: data.title, lastPeriod: about.lastPeriod })),
    datasetById,
    citations,
    citedDatasets,
    datasetsByRegion,
    datasetsByTopic,
    articles,
    relatedTo: relatedArticlesFinder(articles),
    regions,
    topics,
    regionById: new Map(regions.map((region) => [region.id, region])),
    topicById: new Map(topics.map((topic) => [topic.id, topic])),
    regionNames,
    regionName,
    historyOf,
    updatedOf,
    indicators,
    indicatorPages,
    indicatorById: new Map(indicatorPages.map((indicator) => [indicator.view.indicator.id, indicator])),
  };
}

export function loadSite(): Promise<SiteData> {
  // A failed load (a missing facts file, content the in-process check cannot
  // read) is not kept: under `astro dev` the next page tries again.
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
