import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).indicatorPages.map((indicator) => ({
    params: { id: indicator.data.id },
    props: { indicator },
  }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return new Response(props.indicator.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
