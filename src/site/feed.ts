// Builds an RSS response for a list of articles with @astrojs/rss.
import rss from '@astrojs/rss';
import { href } from './href.ts';
import { loadSite } from './site.ts';
import { SITE_NAME } from './config.ts';
import { feedItems } from '../lib/content/feed.ts';
import { paths } from '../lib/content/paths.ts';
import type { ArticleRecord } from '../lib/content/articles.ts';

export async function articleFeed(site: URL | undefined, title: string, description: string, articles: ArticleRecord[]) {
  const { regionName, topicById } = await loadSite();
  const origin = site ?? new URL('http://localhost/');
  return rss({
    title: `${SITE_NAME}：${title}`,
    description,
    site: new URL(href(paths.home()), origin).href,
    items: feedItems(
      articles,
      (slug) => new URL(href(paths.article(slug)), origin).href,
      (article) => [regionName(article.region), ...article.topics.map((id) => topicById.get(id)?.name ?? id)],
    ),
    customData: '<language>zh-cn</language>',
  });
}
