import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { datasetCsv } from '../../lib/stats/csv.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).datasets.map(({ data }) => ({ params: { id: data.id }, props: { dataset: data } }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
