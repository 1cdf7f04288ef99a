import type { APIContext, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/site.ts';
import { datasetCsv } from '../../lib/stats/csv.ts';
import type { Dataset } from '../../lib/stats/dataset.ts';

export const getStaticPaths = (async () => (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext) {
  return new Response(datasetCsv((props as { dataset: Dataset }).dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
