import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { datasetCsv } from '../../lib/stats/csv.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).indicatorPages.map((indicator) => ({
    params: { id: indicator.data.id },
    props: { indicator },
  }))) satisfies GetStaticPaths;

export function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return new Response(datasetCsv(props.indicator.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
