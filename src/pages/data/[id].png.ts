import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { chartPng } from '../../site/chart-png.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).datasets.map((dataset) => ({ params: { id: dataset.data.id }, props: { dataset } }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return new Response(new Uint8Array(await chartPng(props.dataset)), { headers: { 'Content-Type': 'image/png' } });
}
