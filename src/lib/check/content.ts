import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { createArticleSchema } from '../schema/article.ts';
import { createDatasetSchema } from '../schema/dataset.ts';
import type { Dataset } from '../stats/dataset.ts';
import { checkDatasetFile, type CheckedDataset } from './dataset.ts';
import { regionSchema, taxonomyListSchema, topicSchema } from '../schema/taxonomy.ts';
import { todayInChina } from '../format/date.ts';
import { checkArticleFile, type CheckedArticle } from './article.ts';
import { readJsonFile } from './json-file.ts';
import { messages } from './messages.ts';
import { sortProblems, type Problem } from './problem.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface CheckOptions {
  /** The repository root: paths in messages are relative to it. */
  root: string;
  /** The content folder (holding regions.json, topics.json, articles/). */
  contentDir: string;
  today?: string;
}

export interface CheckResult {
  problems: Problem[];
  articles: CheckedArticle[];
  datasets: CheckedDataset[];
}

function readable(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

const toRepoPath = (root: string, file: string) => relative(root, file).split(sep).join('/');

function checkTaxonomy(root: string, file: string, item: z.ZodType<{ id: string }>, allowed: string[]) {
  const path = toRepoPath(root, file);
  if (!existsSync(file)) return { ids: null, problems: [{ path, line: 1, message: messages.fileMissing(path) }] };
  const read = readJsonFile(path, readFileSync(file));
  if (!read.ok) return { ids: null, problems: read.problems };
  const parsed = taxonomyListSchema(item).safeParse(read.data);
  const ids = Array.isArray(read.data)
    ? read.data.map((entry) => (entry as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')
    : [];
  const problems = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues, path, read.lines, (key) =>
        messages.unknownKeys({ code: 'unrecognized_keys', keys: [key] }, allowed)!,
      );
  return { ids, problems };
}

/** A file name that is not valid UTF-8 cannot even be opened: treat it as a file so it is reported. */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return true;
  }
}

function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => isFile(file) && !file.split(sep).some((part) => part.startsWith('.')))
    // Import reports sit beside their drafts for the editor; they are not content.
    .filter((file) => !file.endsWith('.import-report.md'))
    .sort();
}

/** Validate all content: taxonomies, every article, and what only shows across files. */
export function checkContent({ root, contentDir, today = todayInChina() }: CheckOptions): CheckResult {
  const regions = checkTaxonomy(root, join(contentDir, 'regions.json'), regionSchema, ['id', 'name', 'province', 'level']);
  const topics = checkTaxonomy(root, join(contentDir, 'topics.json'), topicSchema, ['id', 'name', 'description']);
  const schema = createArticleSchema({ regionIds: regions.ids, topicIds: topics.ids, today });

  const datasetSchema = createDatasetSchema({ regionIds: regions.ids });
  const datasets = listContentFiles(join(contentDir, 'data')).map((file) => {
    const path = toRepoPath(root, file);
    const bytes = readable(file);
    return bytes ? checkDatasetFile(path, bytes, datasetSchema) : { id: '', problems: [{ path, line: 1, message: messages.unreadableFileName() }] };
  });
  // Every dataset id maps to its data, or to null when the file has problems of its own.
  const datasetById = new Map<string, Dataset | null>(datasets.map((dataset) => [dataset.id, dataset.data ?? null]));

  const articles = listContentFiles(join(contentDir, 'articles')).map((file) => {
    const path = toRepoPath(root, file);
    const bytes = readable(file);
    return bytes ? checkArticleFile(path, bytes, schema, datasetById) : { path, slug: '', problems: [{ path, line: 1, message: messages.unreadableFileName() }] };
  });

  // The same title on the same day is a re-post: report it on the later file.
  const duplicates: Problem[] = [];
  const seen = new Map<string, CheckedArticle>();
  for (const article of articles) {
    if (!article.data) continue;
    const key = `${article.data.date}\u0000${article.data.title}`;
    const first = seen.get(key);
    if (first) duplicates.push({ path: article.path, line: article.titleLine ?? 1, field: 'title', message: messages.duplicateArticle(first.path) });
    else seen.set(key, article);
  }

  return {
    problems: sortProblems([
      ...regions.problems,
      ...topics.problems,
      ...datasets.flatMap((d) => d.problems),
      ...articles.flatMap((a) => a.problems),
      ...duplicates,
    ]),
    articles,
    datasets,
  };
}
