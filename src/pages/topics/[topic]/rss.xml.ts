import type { APIContext, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../site/feed.ts';
import { loadSite } from '../../../site/site.ts';
import { byTopic } from '../../../lib/content/articles.ts';
import type { Topic } from '../../../lib/schema/taxonomy.ts';

export const getStaticPaths = (async () => {
  const { topics, articles } = await loadSite();
  const groups = byTopic(articles);
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic, articles: groups.get(topic.id) ?? [] } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { topic, articles } = context.props as { topic: Topic; articles: Parameters<typeof articleFeed>[3] };
  return articleFeed(context.site, `主题：${topic.name}`, topic.description, articles);
}
