import type { APIContext } from 'astro';
import { loadSite } from '../../site/site.ts';
import { href } from '../../site/href.ts';
import { dataIndex } from '../../lib/content/data-index.ts';

export async function GET({ site }: APIContext) {
  const { datasets, indicators, regionNames } = await loadSite();
  const index = dataIndex({
    url: (path) => new URL(href(path), site).href,
    datasets: datasets.map(({ data, about }) => ({ data, firstPeriod: about.firstPeriod, lastPeriod: about.lastPeriod })),
    indicators,
    regionNames,
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
