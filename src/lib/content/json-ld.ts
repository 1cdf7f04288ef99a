// JSON-LD for search engines: `NewsArticle` for each article, `Dataset` for
// each statistic (so dataset search engines can find it). Data, not code:
// serialised so that no value can close the <script type="application/ld+json">
// element it sits in.
import { DOWNLOAD_MEDIA_TYPES } from '../stats/media-types.ts';
import { isoPeriodRange } from '../format/period.ts';
import type { Dataset } from '../stats/dataset.ts';
import type { DatasetDescription } from '../stats/describe.ts';

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface NewsArticleInput {
  title: string;
  summary: string;
  date: string;
  /** YYYY-MM-DD: the page's 最后更新, else its last correction. */
  modified?: string | undefined;
  url: string;
  source: string;
  regionName: string;
  siteUrl: string;
  /** The site's name (content/site.json). */
  siteName: string;
  /** The licence's address, when the publishing agency has chosen one. */
  license?: string | undefined;
}

export function newsArticleJsonLd(input: NewsArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.summary,
    datePublished: `${input.date}T00:00:00+08:00`,
    ...(input.modified ? { dateModified: `${input.modified}T00:00:00+08:00` } : {}),
    inLanguage: 'zh-CN',
    mainEntityOfPage: input.url,
    url: input.url,
    author: { '@type': 'Organization', name: input.source },
    contentLocation: { '@type': 'Place', name: input.regionName },
    publisher: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
    ...(input.license ? { license: input.license } : {}),
  };
}

export interface DatasetLdInput {
  dataset: Dataset;
  /** Its periods, worked out once (src/lib/stats/describe.ts). */
  about: Pick<DatasetDescription, 'firstPeriod' | 'lastPeriod'>;
  url: string;
  regionName: string;
  /** YYYY-MM-DD, the page's 最后更新 (src/lib/content/history.ts). */
  modified?: string | undefined;
  downloads: { format: keyof typeof DOWNLOAD_MEDIA_TYPES; url: string }[];
  siteName: string;
  /** The licence's address, when the publishing agency has chosen one. */
  license?: string | undefined;
}

export function datasetJsonLd({ dataset, about, url, regionName, modified, downloads, siteName, license }: DatasetLdInput) {
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
    ...(license ? { license } : {}),
    spatialCoverage: { '@type': 'Place', name: regionName },
    temporalCoverage: isoPeriodRange(about.firstPeriod, about.lastPeriod),
    variableMeasured: dataset.series.map((series) => ({ '@type': 'PropertyValue', name: series.name, unitText: dataset.unit })),
    ...(modified ? { dateModified: `${modified}T00:00:00+08:00` } : {}),
    ...(dataset.sourceUrl ? { isBasedOn: dataset.sourceUrl } : {}),
    distribution: downloads.map((file) => ({ '@type': 'DataDownload', encodingFormat: DOWNLOAD_MEDIA_TYPES[file.format], contentUrl: file.url })),
  };
}
