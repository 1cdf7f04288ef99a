// What the search index sees of a page: a small HTML document built from the
// page's content (not its navigation, footer or listings), in Simplified
// Chinese, with filters, sort key and the metadata results show.

export interface SearchFilters {
  /** One region, or several (an indicator compares regions). */
  region: string | readonly string[];
  topic: string[];
  year: string;
  type: string;
}

export interface SearchDocumentInput {
  title: string;
  summary: string;
  /** The HTML of the body (article text, or a dataset's table and notes). */
  bodyHtml: string;
  /** YYYY-MM-DD, for sorting by date. */
  date: string;
  /** Shown in results: 2019年9月13日. */
  displayDate: string;
  filters: SearchFilters;
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Meta tags carry filters and metadata without adding searchable words. */
export function searchDocument(input: SearchDocumentInput): string {
  const meta = (attribute: string, key: string, value: string) =>
    `<meta ${attribute}="${key}[content]" content="${escapeAttribute(value)}">`;
  const regions = typeof input.filters.region === 'string' ? [input.filters.region] : input.filters.region;
  const filters = [
    ...regions.map((region) => meta('data-pagefind-filter', 'region', region)),
    ...input.filters.topic.map((topic) => meta('data-pagefind-filter', 'topic', topic)),
    meta('data-pagefind-filter', 'year', input.filters.year),
    meta('data-pagefind-filter', 'type', input.filters.type),
  ];
  const metas = [
    meta('data-pagefind-meta', 'date', input.displayDate),
    meta('data-pagefind-meta', 'region', regions.join('、')),
    meta('data-pagefind-meta', 'type', input.filters.type),
    meta('data-pagefind-sort', 'date', input.date),
    // The sort date again, readable in a result's data: shards are merged by it.
    meta('data-pagefind-meta', 'sortdate', input.date),
  ];
  return [
    '<!doctype html><html lang="zh-CN"><head>',
    `<title>${escapeText(input.title)}</title>`,
    ...filters,
    ...metas,
    '</head><body>',
    `<h1 data-pagefind-meta="title">${escapeText(input.title)}</h1>`,
    `<p>${escapeText(input.summary)}</p>`,
    input.bodyHtml,
    '</body></html>',
  ].join('');
}
