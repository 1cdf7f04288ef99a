// JSON-LD for search engines. Data, not code: serialised so that no value can
// close the <script type="application/ld+json"> element it sits in.

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export interface NewsArticleInput {
  title: string;
  summary: string;
  date: string;
  modified?: string;
  url: string;
  source: string;
  regionName: string;
  siteName: string;
  siteUrl: string;
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
  };
}
