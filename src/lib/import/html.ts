// A saved page to lines of text: scripts and styles dropped, block elements
// become line breaks, every other tag is removed (and counted for the report).
import { parse } from 'node-html-parser';

export interface PageText {
  lines: string[];
  /** The page's own headlines: its first <h1>, og:title and <title>, each with where it came from. */
  titles: { text: string; from: 'h1' | 'og:title' | 'title' }[];
  strayTags: number;
  /** Every <a href> with an absolute http(s) address, with its text, in page order (for the report's link list). */
  links: { text: string; href: string }[];
}

const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|caption|section|article|header|footer|nav|aside|main|blockquote|dd|dt|dl|title|hr)\b[^>]*>/gi;
// Real tags only (a letter after <), as browsers read them: "血压<140" is text.
const TAG = /<\/?[A-Za-z][^>]*>/g;

const decodeEntities = (text: string) => parse(`<x>${text}</x>`).text;

/**
 * A saved web page, not text copied with a few tags in it: a document's own
 * elements, a block element with text in it, or block tags at least as many as its line breaks (copied text keeps
 * its paragraphs as lines, and those must not be joined).
 */
export function looksLikeHtml(text: string): boolean {
  if (/<(?:!doctype|html|head|body|meta)\b/i.test(text)) return true;
  // A block element holding text is markup; copied text's stray tags are empty ones.
  if (/<(?:p|div|h[1-6]|li|td|th|span|section|article)\b[^>]*>\s*[^<\s]/i.test(text)) return true;
  const blocks = (text.match(/<(?:p|div|br|li|h[1-6]|tr|table|section|article)\b/gi) ?? []).length;
  const lineBreaks = (text.match(/\n/g) ?? []).length;
  return blocks > 0 && blocks >= lineBreaks / 2;
}

export function htmlToText(html: string): PageText {
  const titles = (
    [
      ['h1', /<h1[^>]*>([\s\S]*?)<\/h1>/i],
      [
        'og:title',
        /<meta[^>]+property\s*=\s*["']og:title["'][^>]*content\s*=\s*["']([^"']*)["']|<meta[^>]+content\s*=\s*["']([^"']*)["'][^>]*property\s*=\s*["']og:title["']/i,
      ],
      ['title', /<title[^>]*>([\s\S]*?)<\/title>/i],
    ] as const
  ).flatMap(([from, pattern]) => {
    const match = pattern.exec(html);
    const found = match?.[1] ?? match?.[2];
    const text = found
      ? decodeEntities(found.replace(/<[^>]+>/g, ''))
          .replace(/\s+/g, ' ')
          .trim()
      : '';
    return text ? [{ text, from }] : [];
  });
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
