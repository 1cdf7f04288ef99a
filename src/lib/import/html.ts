// A saved page to lines of text: scripts and styles dropped, block elements
// become line breaks, every other tag is removed (and counted for the report).
import { parse } from 'node-html-parser';

export interface PageText {
  lines: string[];
  /** The page's <title> and first <h1>, which are the best title candidates. */
  titles: string[];
  strayTags: number;
  /** Every <a href> with an absolute http(s) address, with its text, in page order (for the report's link list). */
  links: { text: string; href: string }[];
}

const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|caption|section|article|header|footer|nav|aside|main|blockquote|dd|dt|dl|title|hr)\b[^>]*>/gi;
// Real tags only (a letter after <), as browsers read them: "血压<140" is text.
const TAG = /<\/?[A-Za-z][^>]*>/g;

const decodeEntities = (text: string) => parse(`<x>${text}</x>`).text;

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|div|p|head|meta|span|cite|br)\b/i.test(text);
}

export function htmlToText(html: string): PageText {
  const titles = [/<h1[^>]*>([\s\S]*?)<\/h1>/i, /<title[^>]*>([\s\S]*?)<\/title>/i]
    .map((pattern) => pattern.exec(html)?.[1])
    .filter((found): found is string => Boolean(found))
    .map((found) => decodeEntities(found.replace(/<[^>]+>/g, '')).trim());
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // <!doctype …> and other declarations are not text either.
    .replace(/<![^>]*>/g, '')
    // Line wraps in the source are not paragraph breaks; only block elements are.
    .replace(/\s+/g, ' ')
    .replace(/<(script|style|noscript|iframe|template|svg)\b[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<head\b[\s\S]*?<\/head>/i, '\n')
    .replace(/<h([1-3])\b[^>]*>/gi, (_, level: string) => `\n${'#'.repeat(Number(level) + 1 > 3 ? 3 : 2)} `)
    .replace(/<\/t[dh]>\s*<t[dh]\b[^>]*>/gi, ' | ')
    .replace(BLOCK, '\n');
  const strayTags = (withoutCode.match(TAG) ?? []).length;
  const text = decodeEntities(withoutCode.replace(TAG, ''));
  return { lines: text.split('\n'), titles, strayTags, links: findPageLinks(html) };
}

/** The page's links outside comments, scripts and the like; hrefs entity-decoded and trimmed, as browsers read them. */
function findPageLinks(html: string): { text: string; href: string }[] {
  if (!/<a\b/i.test(html)) return [];
  const visible = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|noscript|iframe|template|svg)\b[\s\S]*?<\/\1>/gi, ' ');
  return parse(visible)
    .querySelectorAll('a')
    .map((anchor) => ({ text: anchor.text.replace(/\s+/g, ' ').trim(), href: (anchor.getAttribute('href') ?? '').trim() }))
    .filter((link) => /^https?:\/\//i.test(link.href));
}

/** Plain text: tags a portal left in copied text ("<cite id=…></cite>") are stray too. */
export function plainTextToText(text: string): PageText {
  const strayTags = (text.match(TAG) ?? []).length;
  return { lines: text.replace(TAG, '').split('\n'), titles: [], strayTags, links: [] };
}
