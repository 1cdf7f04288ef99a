import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../site/feed.ts';
import { loadSite } from '../../../site/site.ts';
import { byRegion } from '../../../lib/content/articles.ts';
import { regionFullName } from '../../../lib/content/regions.ts';

export const getStaticPaths = (async () => {
  const { regions, articles } = await loadSite();
  const groups = byRegion(articles);
  return regions.map((region) => ({ params: { region: region.id }, props: { region, articles: groups.get(region.id) ?? [] } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const { region, articles } = context.props;
  return articleFeed(context.site, region.name, `${regionFullName(region)}卫生健康工作文章`, articles);
}
