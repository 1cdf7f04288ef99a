import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { chartPng } from '../../site/chart-png.ts';
import { pngKey } from '../../site/downloads.ts';
import { indicatorPaths } from '../../lib/content/paths.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).indicatorPages.map((indicator) => ({
    params: { id: indicator.data.id },
    props: { indicator },
  }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const png = await chartPng(props.indicator, pngKey(indicatorPaths, props.indicator.data.id));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
