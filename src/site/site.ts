// The one place pages get content from. Collections are read once per build
// and shared by every page (calling getCollection per page is what makes large
// sites slow and memory-hungry).
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles, relatedArticlesFinder, type ArticleRecord } from '../lib/content/articles.ts';
import type { Region, Topic } from '../lib/schema/taxonomy.ts';
import type { Dataset } from '../lib/stats/dataset.ts';
import { componentUsesIn } from '../lib/check/mdx-body.ts';
import { drawChartPngsInBackground } from './chart-png.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SiteArticle = ArticleRecord & { entry: ArticleEntry };

export interface SiteData {
  articles: SiteArticle[];
  regions: Region[];
  topics: Topic[];
  regionById: Map<string, Region>;
  topicById: Map<string, Topic>;
  regionNames: Map<string, string>;
  datasets: Dataset[];
  datasetById: Map<string, Dataset>;
  /** The articles to suggest after one article (ranked once per build, not per page). */
  relatedTo: (article: ArticleRecord) => SiteArticle[];
  /** Articles that show a dataset with <Chart> or quote it with <Stat>, newest first. */
  citations: Map<string, SiteArticle[]>;
}

export const SITE_NAME = '卫健';
export const SITE_TAGLINE = '地方卫生健康工作报道与统计';

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [entries, regionEntries, topicEntries, datasetEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('regions'),
    getCollection('topics'),
    getCollection('datasets'),
  ]);
  const articles = publishedArticles(entries.map((entry) => ({ ...entry.data, slug: entry.id, entry })));
  const regions = regionEntries.map((entry) => entry.data);
  const topics = topicEntries.map((entry) => entry.data);
  const datasets = datasetEntries.map((entry) => ({ id: entry.id, ...entry.data }) as Dataset).sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  const citations = new Map<string, SiteArticle[]>();
  for (const article of articles) {
    const body = article.entry.body ?? '';
    // Parsing MDX is the costly part; most articles have no component at all.
    if (!/<\s*(?:Chart|Stat)\b/.test(body)) continue;
    const cited = new Set(componentUsesIn(body).map((use) => use.attributes.dataset).filter((id): id is string => Boolean(id)));
    for (const id of cited) citations.set(id, [...(citations.get(id) ?? []), article]);
  }
  // A build renders every chart anyway; `astro dev` draws one only when a page asks for it.
  if (import.meta.env.PROD) drawChartPngsInBackground(datasets);
  return {
    datasets,
    datasetById: new Map(datasets.map((dataset) => [dataset.id, dataset])),
    citations,
    articles,
    relatedTo: relatedArticlesFinder(articles),
    regions,
    topics,
    regionById: new Map(regions.map((region) => [region.id, region])),
    topicById: new Map(topics.map((topic) => [topic.id, topic])),
    regionNames: new Map(regions.map((region) => [region.id, region.name])),
  };
}

export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
