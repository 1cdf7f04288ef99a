import type { ArticleRecord } from './articles.ts';

export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** RSS items for the newest articles, each linking to its absolute URL. */
export function feedItems(
  articles: readonly ArticleRecord[],
  articleUrl: (slug: string) => string,
  categoryNames: (article: ArticleRecord) => string[],
): FeedItem[] {
  return articles.slice(0, FEED_SIZE).map((article) => ({
    title: article.title,
    link: articleUrl(article.slug),
    // Publication dates are days in China; midnight there is 16:00 UTC the day before.
    pubDate: new Date(`${article.date}T00:00:00+08:00`),
    description: article.summary,
    categories: categoryNames(article),
  }));
}
