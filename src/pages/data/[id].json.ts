import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { datasetJson } from '../../lib/stats/csv.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).datasets.map(({ data }) => ({ params: { id: data.id }, props: { dataset: data } }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return new Response(datasetJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
