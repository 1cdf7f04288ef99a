// A suggested citation in the GB/T 7714-2015 form for electronic resources:
// 主要责任者. 题名[文献类型标志/OL]. 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.
// Online resources carry no place of publication here: a web page has none to give.
export const CITATION_TYPES = {
  /** 电子公告: an article page. */
  article: 'EB',
  /** 数据库: a dataset or indicator page. */
  data: 'DB',
} as const;

export interface CitationInput {
  kind: keyof typeof CITATION_TYPES;
  /** 主要责任者: who publishes the site (content/site.json `publisher`). */
  author: string;
  title: string;
  /** 出版者: the site's name. */
  publisher: string;
  /** YYYY-MM-DD: first published (an article's date), when known. */
  published?: string | undefined;
  /** YYYY-MM-DD: last updated. */
  modified?: string | undefined;
  url: string;
}

/** The citation's text with `accessed` (YYYY-MM-DD) as 引用日期. */
export function citationText(input: CitationInput, accessed: string): string {
  const { before, after } = citationParts(input);
  return `${before}${accessed}${after}`;
}

/**
 * The citation split around its 引用日期, so a page can print it with the
 * build's date and a script can put the reader's today in its place.
 */
export function citationParts(input: CitationInput): { before: string; after: string } {
  const dated = input.modified ?? input.published;
  const year = (input.published ?? dated)?.slice(0, 4);
  const edition = year ? `, ${year}${dated ? `(${dated})` : ''}` : '';
  const title = input.title.replace(/[.。]+$/, '');
  return {
    before: `${input.author}. ${title}[${CITATION_TYPES[input.kind]}/OL]. ${input.publisher}${edition}[`,
    after: `]. ${input.url}.`,
  };
}
