import type { APIContext } from 'astro';
import { articleFeed } from '../site/feed.ts';
import { loadSite } from '../site/site.ts';
import { SITE_TAGLINE } from '../site/config.ts';

export async function GET(context: APIContext) {
  const { articles } = await loadSite();
  return articleFeed(context.site, '全部文章', SITE_TAGLINE, articles);
}
