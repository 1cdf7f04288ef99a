import type { APIContext, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/site.ts';
import { chartPng } from '../../site/chart-png.ts';
import type { Dataset } from '../../lib/stats/dataset.ts';

export const getStaticPaths = (async () => (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext) {
  return new Response(new Uint8Array(await chartPng((props as { dataset: Dataset }).dataset)), { headers: { 'Content-Type': 'image/png' } });
}
