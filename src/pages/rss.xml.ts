import type { APIContext } from 'astro';
import { articleFeed } from '../data/feed.ts';
import { loadSite, SITE_TAGLINE } from '../data/site.ts';

export async function GET(context: APIContext) {
  const { articles } = await loadSite();
  return articleFeed(context.site, '全部文章', SITE_TAGLINE, articles);
}
