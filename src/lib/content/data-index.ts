// /data/index.json: every dataset and indicator with its stable addresses, for
// people who script against the site (download every CSV, follow one measure).
// The URLs are absolute, so the list can be read from anywhere.
import { dataPaths, indicatorPaths, paths } from './paths.ts';
import type { Dataset } from '../stats/dataset.ts';
import type { IndicatorView } from '../stats/indicator.ts';

export const DATA_INDEX_FORMAT = 'weijian-data-index/1';

export interface DataIndexInput {
  /** Turns a site path (`/data/x/`) into an absolute URL under the site's address and base. */
  url: (path: string) => string;
  datasets: readonly { data: Dataset; firstPeriod: string; lastPeriod: string }[];
  indicators: readonly IndicatorView[];
  regionNames: ReadonlyMap<string, string>;
}

export function dataIndex({ url, datasets, indicators, regionNames }: DataIndexInput) {
  return {
    format: DATA_INDEX_FORMAT,
    /** Every CSV described as a Frictionless data package, and all data in one ZIP. */
    dataPackage: url(paths.dataPackage()),
    archive: url(paths.dataArchive()),
    datasets: datasets.map(({ data, firstPeriod, lastPeriod }) => ({
      id: data.id,
      title: data.title,
      region: data.region,
      regionName: regionNames.get(data.region) ?? data.region,
      unit: data.unit,
      source: data.source,
      periods: { first: firstPeriod, last: lastPeriod },
      series: data.series.map((series) => ({ name: series.name, ...(series.indicator ? { indicator: series.indicator } : {}) })),
      page: url(paths.dataset(data.id)),
      downloads: { csv: url(dataPaths.csv(data.id)), xlsx: url(dataPaths.xlsx(data.id)), json: url(dataPaths.json(data.id)), png: url(dataPaths.png(data.id)) },
    })),
    indicators: indicators.map(({ indicator, series, periods }) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      definition: indicator.definition,
      periods: periods.length ? { first: periods[0]!, last: periods.at(-1)! } : null,
      // An indicator no statistic file uses yet has no page.
      page: series.length ? url(paths.indicator(indicator.id)) : null,
      downloads: series.length
        ? {
            csv: url(indicatorPaths.csv(indicator.id)),
            xlsx: url(indicatorPaths.xlsx(indicator.id)),
            json: url(indicatorPaths.json(indicator.id)),
            png: url(indicatorPaths.png(indicator.id)),
          }
        : null,
      regions: series.map((entry) => ({
        region: entry.region,
        regionName: regionNames.get(entry.region) ?? entry.region,
        dataset: entry.datasetId,
        series: entry.seriesName,
      })),
    })),
  };
}
