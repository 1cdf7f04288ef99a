import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { createArticleSchema } from '../schema/article.ts';
import { createDatasetSchema } from '../schema/dataset.ts';
import type { Dataset } from '../stats/dataset.ts';
import { checkDatasetFile, type CheckedDataset } from './dataset.ts';
import {
  INDICATOR_FIELDS,
  indicatorSchema,
  REGION_FIELDS,
  regionSchema,
  taxonomyIds,
  taxonomyListSchema,
  TOPIC_FIELDS,
  topicSchema,
  type Indicator,
} from '../schema/taxonomy.ts';
import { todayInChina } from '../format/date.ts';
import { checkArticleFile, type CheckedArticle } from './article.ts';
import { readJsonFile } from './json-file.ts';
import { messages } from '../messages/messages.ts';
import { sortProblems, type Problem } from './problem.ts';
import { fileSystemSource, type ContentSource } from './source.ts';
import { issuesToProblems } from './zod-issues.ts';
import { readLinkPolicy } from './link-list.ts';
import { findReposts } from '../text/reposts.ts';
import { SITE_CONFIG_FIELDS, siteConfigSchema } from '../schema/site-config.ts';
import { SITE_CONFIG_FILE } from '../content/site-config.ts';

export interface CheckOptions {
  /** The repository root: paths in messages are relative to it. */
  root: string;
  /** The content folder (holding regions.json, topics.json, articles/). */
  contentDir: string;
  today?: string;
  /** Where files are read from: the working tree unless told otherwise (the pre-commit hook reads the git index). */
  source?: ContentSource;
}

export interface CheckResult {
  problems: Problem[];
  articles: CheckedArticle[];
  datasets: CheckedDataset[];
}

const toRepoPath = (root: string, file: string) => relative(root, file).split(sep).join('/');

/** A list file (regions, topics, indicators); an optional one that is absent is an empty list. */
function checkTaxonomy<T extends { id: string }>(
  source: ContentSource,
  root: string,
  file: string,
  item: z.ZodType<T>,
  allowed: readonly string[],
  { optional = false } = {},
): { ids: string[] | null; items: T[]; problems: Problem[] } {
  const path = toRepoPath(root, file);
  const bytes = source.readFile(file);
  if (!bytes)
    return optional
      ? { ids: [], items: [], problems: [] }
      : { ids: null, items: [], problems: [{ path, line: 1, message: messages.fileMissing(path) }] };
  const read = readJsonFile(path, bytes);
  if (!read.ok) return { ids: null, items: [], problems: read.problems };
  const parsed = taxonomyListSchema(item).safeParse(read.data);
  const ids = taxonomyIds(read.data);
  const problems = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues, path, read.lines, (key) => messages.unknownKey(key, allowed));
  return { ids, items: parsed.success ? (parsed.data as T[]) : [], problems };
}

/** content/site.json, when there is one (without it the site has its default name and no licence). */
function checkSiteConfig(source: ContentSource, root: string, file: string): Problem[] {
  const bytes = source.readFile(file);
  if (!bytes) return [];
  const path = toRepoPath(root, file);
  const read = readJsonFile(path, bytes);
  if (!read.ok) return read.problems;
  if (typeof read.data !== 'object' || read.data === null || Array.isArray(read.data))
    return [{ path, line: 1, message: messages.siteConfigNotObject() }];
  const parsed = siteConfigSchema.safeParse(read.data);
  return parsed.success
    ? []
    : issuesToProblems(parsed.error.issues, path, read.lines, (key) => messages.unknownKey(key, SITE_CONFIG_FIELDS));
}

/**
 * What only shows across statistic files: a series whose file's unit is not its
 * indicator's, and a second series of one region for the same indicator
 * (reported on the later file).
 */
function checkIndicatorUse(datasets: (CheckedDataset & { path: string })[], indicators: readonly Indicator[]): Problem[] {
  const unitOf = new Map(indicators.map((indicator) => [indicator.id, indicator.unit]));
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const dataset of datasets) {
    if (!dataset.data) continue;
    const { path } = dataset;
    const { region, unit } = dataset.data;
    dataset.data.series.forEach((series, index) => {
      if (!series.indicator) return;
      const line = dataset.indicatorLines?.[index] ?? 1;
      const field = `series[${index}].indicator`;
      const expected = unitOf.get(series.indicator);
      if (expected !== undefined && expected !== unit)
        problems.push({ path, line, field, message: messages.indicatorUnitDiffers(series.indicator, unit, expected) });
      const key = `${region}\u0000${series.indicator}`;
      const other = first.get(key);
      if (other) problems.push({ path, line, field, message: messages.indicatorRegionTwice(series.indicator, region, other) });
      else first.set(key, path);
    });
  }
  return problems;
}

function listContentFiles(source: ContentSource, dir: string): string[] {
  return (
    source
      .listFiles(dir)
      // Hidden files and folders inside `dir` (not above it: the repository may sit under ~/.cache).
      .filter(
        (file) =>
          !relative(dir, file)
            .split(sep)
            .some((part) => part.startsWith('.')),
      )
      .sort()
  );
}

/** Validate all content: taxonomies, every article, and what only shows across files. */
export function checkContent({ root, contentDir, today = todayInChina(), source = fileSystemSource }: CheckOptions): CheckResult {
  const regions = checkTaxonomy(source, root, join(contentDir, 'regions.json'), regionSchema, REGION_FIELDS);
  const topics = checkTaxonomy(source, root, join(contentDir, 'topics.json'), topicSchema, TOPIC_FIELDS);
  const schema = createArticleSchema({ regionIds: regions.ids, topicIds: topics.ids, today });

  const linksFile = join(contentDir, 'links.json');
  const links = readLinkPolicy(toRepoPath(root, linksFile), source.readFile(linksFile));

  const indicators = checkTaxonomy(source, root, join(contentDir, 'indicators.json'), indicatorSchema, INDICATOR_FIELDS, {
    optional: true,
  });
  const datasetSchema = createDatasetSchema({ regionIds: regions.ids, indicatorIds: indicators.ids });
  const datasets = listContentFiles(source, join(contentDir, 'data')).map((file) => {
    const path = toRepoPath(root, file);
    const bytes = source.readFile(file);
    const checked: CheckedDataset = bytes
      ? checkDatasetFile(path, bytes, datasetSchema, links.policy)
      : { id: '', problems: [{ path, line: 1, message: messages.unreadableFileName() }] };
    return { ...checked, path };
  });
  // Every dataset id maps to its data, or to null when the file has problems of its own.
  const datasetById = new Map<string, Dataset | null>(datasets.map((dataset) => [dataset.id, dataset.data ?? null]));

  // What <Chart indicator="…" regions="…"> may name: each indicator's regions that have a series of it, with the file's id.
  const indicatorRegions = new Map<string, Map<string, string>>((indicators.ids ?? []).map((id) => [id, new Map()]));
  for (const { id, data } of datasets)
    for (const series of data?.series ?? []) {
      const files = series.indicator === undefined ? undefined : indicatorRegions.get(series.indicator);
      if (data && files && !files.has(data.region)) files.set(data.region, id);
    }

  const articles = listContentFiles(source, join(contentDir, 'articles')).map((file) => {
    const path = toRepoPath(root, file);
    const bytes = source.readFile(file);
    return bytes
      ? checkArticleFile(path, bytes, schema, datasetById, links.policy, indicatorRegions)
      : { path, slug: '', problems: [{ path, line: 1, message: messages.unreadableFileName() }] };
  });

  // The same title on the same day is a re-post: report it on the later file.
  const duplicates: Problem[] = [];
  const seen = new Map<string, CheckedArticle>();
  for (const article of articles) {
    if (!article.data) continue;
    const key = `${article.data.date}\u0000${article.data.title}`;
    const first = seen.get(key);
    if (first)
      duplicates.push({ path: article.path, line: article.titleLine ?? 1, field: 'title', message: messages.duplicateArticle(first.path) });
    else seen.set(key, article);
  }

  // A farm's re-dated copy: nearly the same text in the same region within weeks (src/lib/text/reposts.ts).
  const published = articles.filter((article) => article.data && !article.data.draft && article.body !== undefined);
  const dateOf = new Map(published.map((article) => [article.path, article.data!.date]));
  const reposts: Problem[] = findReposts(
    published.map((article) => ({
      path: article.path,
      region: article.data!.region,
      date: article.data!.date,
      body: article.body!,
      line: article.titleLine ?? 1,
    })),
  ).map((repost) => ({
    path: repost.path,
    line: repost.line,
    field: '正文',
    message: messages.repost(repost.otherPath, dateOf.get(repost.otherPath) ?? '', repost.similarity),
  }));

  return {
    problems: sortProblems([
      ...checkSiteConfig(source, root, join(contentDir, SITE_CONFIG_FILE)),
      ...regions.problems,
      ...topics.problems,
      ...links.problems,
      ...indicators.problems,
      ...datasets.flatMap((d) => d.problems),
      ...checkIndicatorUse(datasets, indicators.items),
      ...articles.flatMap((a) => a.problems),
      ...duplicates,
      ...reposts,
    ]),
    articles,
    datasets,
  };
}
