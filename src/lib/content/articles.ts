// Listings, grouping and related articles over plain article records, so the
// rules are unit-tested without a build.
import { yearOf } from '../format/date.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { compareChinese } from '../format/collate.ts';

/** What listings, feeds and related articles use of an article: frontmatter fields and the slug (its file name). */
export type ArticleRecord = Pick<ArticleFrontmatter, 'title' | 'date' | 'region' | 'topics' | 'type' | 'summary' | 'source' | 'draft'> & { slug: string };

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; same-day articles in title order so listings are stable. */
export function byNewest(a: ArticleRecord, b: ArticleRecord): number {
  return byDate(b.date, a.date) || compareChinese(a.title, b.title) || byDate(a.slug, b.slug);
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
 * Articles a reader of an article may want next: same region or a shared
 * topic, more shared topics first, then same region, then newest.
 *
 * Prepared once for a whole archive: every article page asks it of every
 * other article, so the candidates are sorted newest first once and each
 * topic set becomes a bit mask (10,000 articles: 100 million cheap
 * comparisons instead of sorting thousands of candidates per page).
 */
export function relatedArticlesFinder<T extends ArticleRecord>(articles: readonly T[], limit = 5): (article: ArticleRecord) => T[] {
  const ordered = [...articles].sort(byNewest);
  const topicBit = new Map<string, number>();
  const regionId = new Map<string, number>();
  for (const { topics, region } of ordered) {
    for (const topic of topics) if (!topicBit.has(topic)) topicBit.set(topic, topicBit.size);
    if (!regionId.has(region)) regionId.set(region, regionId.size);
  }
  // Flat typed arrays: the inner loop below runs once per article pair.
  const width = Math.max(1, Math.ceil(topicBit.size / 32));
  const writeMask = (topics: readonly string[], into: Uint32Array, at: number) => {
    for (const topic of topics) {
      const bit = topicBit.get(topic);
      if (bit !== undefined) into[at + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  };
  const masks = new Uint32Array(ordered.length * width);
  ordered.forEach((other, index) => writeMask(other.topics, masks, index * width));
  const regions = Int32Array.from(ordered, (other) => regionId.get(other.region)!);
  const indexOf = new Map(ordered.map((other, index) => [other.slug, index]));
  const bitsSet = (x: number) => {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
  };

  return (article) => {
    const mask = new Uint32Array(width);
    writeMask(article.topics, mask, 0);
    const region = regionId.get(article.region) ?? -1;
    const self = indexOf.get(article.slug) ?? -1;
    const scores: number[] = [];
    const picked: number[] = [];
    let floor = 0;
    for (let index = 0; index < ordered.length; index++) {
      let shared = 0;
      for (let w = 0; w < width; w++) shared += bitsSet(mask[w]! & masks[index * width + w]!);
      const score = shared * 2 + (regions[index] === region ? 1 : 0);
      // Candidates come newest first, so a later one only wins on a higher score.
      if (score <= floor || index === self) continue;
      let at = picked.length;
      while (at > 0 && scores[at - 1]! < score) at--;
      scores.splice(at, 0, score);
      picked.splice(at, 0, index);
      if (picked.length > limit) {
        scores.pop();
        picked.pop();
      }
      if (picked.length === limit) floor = scores[limit - 1]!;
    }
    return picked.map((index) => ordered[index]!);
  };
}
