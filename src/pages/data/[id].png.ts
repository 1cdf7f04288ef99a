import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { chartPng } from '../../site/chart-png.ts';
import { pngKey } from '../../site/downloads.ts';
import { dataPaths } from '../../lib/content/paths.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.data.id }, props: { dataset } }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const png = await chartPng(props.dataset, pngKey(dataPaths, props.dataset.data.id));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
