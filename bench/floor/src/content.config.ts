import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articlesDir = resolve(process.env.FLOOR_CONTENT_DIR ?? 'content', 'articles');

export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: articlesDir }) }) };
