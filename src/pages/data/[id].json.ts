import type { APIContext, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/site.ts';
import { datasetJson } from '../../lib/stats/csv.ts';
import type { Dataset } from '../../lib/stats/dataset.ts';

export const getStaticPaths = (async () => (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext) {
  return new Response(datasetJson((props as { dataset: Dataset }).dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
