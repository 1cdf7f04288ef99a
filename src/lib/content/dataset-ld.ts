// JSON-LD `Dataset` so dataset search engines can find each statistic.
import { allPeriods, type Dataset } from '../stats/dataset.ts';

export interface DatasetLdInput {
  dataset: Dataset;
  url: string;
  regionName: string;
  siteName: string;
  downloads: { format: string; url: string }[];
}

const MEDIA_TYPES: Record<string, string> = { CSV: 'text/csv', JSON: 'application/json', PNG: 'image/png' };

export function datasetJsonLd({ dataset, url, regionName, siteName, downloads }: DatasetLdInput) {
  const periods = allPeriods(dataset);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    description: dataset.description ?? `${dataset.title}。单位：${dataset.unit}。来源：${dataset.source}。`,
    url,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: dataset.source },
    publisher: { '@type': 'Organization', name: siteName },
    spatialCoverage: { '@type': 'Place', name: regionName },
    temporalCoverage: periods.length > 1 ? `${periods[0]}/${periods.at(-1)}` : periods[0],
    variableMeasured: dataset.series.map((series) => ({ '@type': 'PropertyValue', name: series.name, unitText: dataset.unit })),
    ...(dataset.sourceUrl ? { isBasedOn: dataset.sourceUrl } : {}),
    distribution: downloads.map((file) => ({ '@type': 'DataDownload', encodingFormat: MEDIA_TYPES[file.format], contentUrl: file.url })),
  };
}
