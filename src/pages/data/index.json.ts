import { loadSite } from '../../site/site.ts';
import { absoluteHref } from '../../site/href.ts';
import { dataIndex } from '../../lib/content/data-index.ts';

export async function GET() {
  const { datasets, indicators, regionNames } = await loadSite();
  const index = dataIndex({
    url: absoluteHref,
    datasets: datasets.map(({ data, about }) => ({ data, firstPeriod: about.firstPeriod, lastPeriod: about.lastPeriod })),
    indicators,
    regionNames,
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
