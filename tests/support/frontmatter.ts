// The tests' own reading of fixture articles (independent of src/lib), to know
// what the site should contain.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface FixtureArticle {
  slug: string;
  title: string;
  date: string;
  region: string;
  topics: string[];
  type: string;
  summary: string;
  draft: boolean;
}

export function readArticles(contentDir: string): FixtureArticle[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const data = parse(text.split('---')[1] ?? '') as Omit<FixtureArticle, 'slug' | 'draft'> & { draft?: boolean };
      return { ...data, date: String(data.date), slug: name.replace(/\.mdx$/, ''), draft: data.draft === true };
    });
}

/** Expected listing order: newest date first; same date by Chinese title order. */
export function expectedOrder(articles: FixtureArticle[]): FixtureArticle[] {
  return articles
    .filter((article) => !article.draft)
    .sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title, 'zh-CN') : a.date < b.date ? 1 : -1));
}
