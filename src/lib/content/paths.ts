// Every internal link goes through withBase so the site works under a sub-path.

/** Join the configured base ('/', '/weijian/' or '/weijian') with a site path ('/articles/x/'). */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  articles: () => '/articles/',
  regions: () => '/regions/',
  region: (id: string, page = 1) => (page > 1 ? `/regions/${id}/${page}/` : `/regions/${id}/`),
  regionFeed: (id: string) => `/regions/${id}/rss.xml`,
  topics: () => '/topics/',
  topic: (id: string, page = 1) => (page > 1 ? `/topics/${id}/${page}/` : `/topics/${id}/`),
  topicFeed: (id: string) => `/topics/${id}/rss.xml`,
  years: () => '/years/',
  year: (year: string, page = 1) => (page > 1 ? `/years/${year}/${page}/` : `/years/${year}/`),
  types: () => '/types/',
  type: (id: string, page = 1) => (page > 1 ? `/types/${id}/${page}/` : `/types/${id}/`),
  feed: () => '/rss.xml',
  search: () => '/search/',
  datasets: () => '/data/',
  dataset: (id: string) => `/data/${id}/`,
  /** Every dataset and indicator with its addresses, for scripts (src/lib/content/data-index.ts). */
  dataIndex: () => '/data/index.json',
  /** The Frictionless Data Package of every CSV (src/lib/stats/datapackage.ts). */
  dataPackage: () => '/data/datapackage.json',
  /** Every CSV and XLSX (and the data package) in one ZIP. */
  dataArchive: () => '/data/weijian-data.zip',
  indicators: () => '/indicators/',
  indicator: (id: string) => `/indicators/${id}/`,
} as const;

export type DownloadFormat = 'csv' | 'xlsx' | 'json' | 'png';
export type DownloadPaths = Record<DownloadFormat, (id: string) => string>;

/** Stable URLs of each dataset's downloads. */
export const dataPaths: DownloadPaths = {
  csv: (id: string) => `/data/${id}.csv`,
  xlsx: (id: string) => `/data/${id}.xlsx`,
  json: (id: string) => `/data/${id}.json`,
  png: (id: string) => `/data/${id}.png`,
} as const;

/** And of each indicator's: the same formats beside its page. */
export const indicatorPaths: DownloadPaths = {
  csv: (id: string) => `/indicators/${id}.csv`,
  xlsx: (id: string) => `/indicators/${id}.xlsx`,
  json: (id: string) => `/indicators/${id}.json`,
  png: (id: string) => `/indicators/${id}.png`,
} as const;
