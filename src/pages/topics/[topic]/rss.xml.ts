import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articleFeed } from '../../../site/feed.ts';
import { loadSite } from '../../../site/site.ts';
import { byTopic } from '../../../lib/content/articles.ts';

export const getStaticPaths = (async () => {
  const { topics, articles } = await loadSite();
  const groups = byTopic(articles);
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic, articles: groups.get(topic.id) ?? [] } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const { topic, articles } = context.props;
  return articleFeed(context.site, `主题：${topic.name}`, topic.description, articles);
}
