// Listings, grouping and related articles over plain article records, so the
// rules are unit-tested without a build.
import { yearOf } from '../format/date.ts';

export const PAGE_SIZE = 20;

export interface ArticleRecord {
  slug: string;
  title: string;
  date: string;
  region: string;
  topics: string[];
  type: string;
  summary: string;
  source: string;
  draft?: boolean;
}

/** Newest first; same-day articles in title order so listings are stable. */
export function byNewest(a: ArticleRecord, b: ArticleRecord): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh-CN') || a.slug.localeCompare(b.slug);
}

/** What readers may see: drafts removed, newest first. */
export function publishedArticles<T extends ArticleRecord>(articles: readonly T[]): T[] {
  return articles.filter((article) => !article.draft).sort(byNewest);
}

/** Group keys in first-seen order; each group keeps the input order. */
export function groupArticles<T extends ArticleRecord>(articles: readonly T[], keysOf: (article: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    for (const key of keysOf(article)) {
      const group = groups.get(key) ?? [];
      group.push(article);
      groups.set(key, group);
    }
  }
  return groups;
}

export const byRegion = <T extends ArticleRecord>(articles: readonly T[]) => groupArticles(articles, (a) => [a.region]);
export const byTopic = <T extends ArticleRecord>(articles: readonly T[]) => groupArticles(articles, (a) => a.topics);
export const byType = <T extends ArticleRecord>(articles: readonly T[]) => groupArticles(articles, (a) => [a.type]);
export const byYear = <T extends ArticleRecord>(articles: readonly T[]) => groupArticles(articles, (a) => [yearOf(a.date)]);

/** Years that have articles, newest first. */
export function yearsWithArticles(articles: readonly ArticleRecord[]): string[] {
  return [...new Set(articles.map((a) => yearOf(a.date)))].sort().reverse();
}

/**
 * Articles a reader of `article` may want next: same region or a shared topic,
 * more shared topics first, then same region, then newest.
 */
export function relatedArticles<T extends ArticleRecord>(article: ArticleRecord, articles: readonly T[], limit = 5): T[] {
  const score = (other: ArticleRecord) =>
    other.topics.filter((topic) => article.topics.includes(topic)).length * 2 + (other.region === article.region ? 1 : 0);
  return articles
    .filter((other) => other.slug !== article.slug && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || byNewest(a, b))
    .slice(0, limit);
}
