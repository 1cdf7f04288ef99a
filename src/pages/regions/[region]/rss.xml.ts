import type { APIContext, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../site/feed.ts';
import { loadSite } from '../../../site/site.ts';
import { byRegion } from '../../../lib/content/articles.ts';
import type { Region } from '../../../lib/schema/taxonomy.ts';

export const getStaticPaths = (async () => {
  const { regions, articles } = await loadSite();
  const groups = byRegion(articles);
  return regions.map((region) => ({ params: { region: region.id }, props: { region, articles: groups.get(region.id) ?? [] } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { region, articles } = context.props as { region: Region; articles: Parameters<typeof articleFeed>[3] };
  return articleFeed(context.site, region.name, `${region.province}${region.name}卫生健康工作文章`, articles);
}
