// Collections are built from the same schemas `npm run check` uses, so the
// checker and the build can never disagree.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createArticleSchema } from './lib/schema/article.ts';
import { regionSchema, taxonomyIds, topicSchema } from './lib/schema/taxonomy.ts';
import { createDatasetSchema } from './lib/schema/dataset.ts';
import { todayInChina } from './lib/format/date.ts';
import { contentDirFrom } from './lib/content/content-dir.ts';

const contentDir = resolve(contentDirFrom(process.env));
const idsIn = (name: string): string[] => taxonomyIds(JSON.parse(readFileSync(resolve(contentDir, name), 'utf8')));

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: resolve(contentDir, 'articles') }),
  schema: createArticleSchema({ regionIds: idsIn('regions.json'), topicIds: idsIn('topics.json'), today: todayInChina() }),
});
const datasets = defineCollection({
  loader: glob({ pattern: '**/*.json', base: resolve(contentDir, 'data') }),
  schema: createDatasetSchema({ regionIds: idsIn('regions.json') }),
});
const regions = defineCollection({ loader: file(resolve(contentDir, 'regions.json')), schema: regionSchema });
const topics = defineCollection({ loader: file(resolve(contentDir, 'topics.json')), schema: topicSchema });

export const collections = { articles, datasets, regions, topics };
