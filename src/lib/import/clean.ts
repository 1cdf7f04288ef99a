// Cleaning rules, one per kind of breakage. Each removes or rewrites text and
// records what it did, so nothing is lost silently.
import { FURNITURE, isSpam } from './vocabulary.ts';

/** A line of the page, with a stable id (its position in the page) that survives removals. */
export interface Paragraph {
  id: number;
  text: string;
}

export interface Change {
  kind: string;
  original: string;
  /** What it became ('' when removed). */
  result: string;
  /** Id of the paragraph it belongs to; for removed text, where it was. */
  id: number;
}

export interface Cleaned {
  paragraphs: Paragraph[];
  changes: Change[];
}

/** Lines of the page as paragraphs: whitespace collapsed, bullets dropped, empty lines skipped. */
export function toParagraphs(lines: string[]): Paragraph[] {
  return lines
    .map((raw, id) => ({ id, text: raw.replace(/[\s\u3000\u00a0]+/g, ' ').trim().replace(/^(?:[•·●■]|[-–](?!\d))\s*/, '') }))
    .filter((paragraph) => paragraph.text !== '');
}

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章节部分])/;
const SENTENCE_PUNCTUATION = /[。，；：！？、,.;:!?|]/;

/** Short lines that are links or labels, not prose (kept when they look like a numbered heading). */
function isStrayShortLine(line: string): boolean {
  return Array.from(line).length <= 6 && !SENTENCE_PUNCTUATION.test(line) && !HEADING.test(line) && !/^#/.test(line) && !/\d{4}/.test(line);
}

export function removeFurniture(input: Paragraph[]): Cleaned {
  const paragraphs: Paragraph[] = [];
  const changes: Change[] = [];
  for (const paragraph of input) {
    // Furniture rules read the line without a heading marker ("### 猜你喜欢").
    const line = paragraph.text.replace(/^#+\s*/, '');
    if (isSpam(line)) {
      changes.push({ kind: '注入的垃圾信息', original: line, result: '', id: paragraph.id });
      continue;
    }
    const furniture = FURNITURE.find(([pattern]) => pattern.test(line));
    if (furniture || isStrayShortLine(line)) {
      changes.push({ kind: furniture?.[1] ?? '站点链接列表', original: line, result: '', id: paragraph.id });
      continue;
    }
    paragraphs.push(paragraph);
  }
  return { paragraphs, changes };
}

// A reading in parentheses right after a character: 衛(wèi)生, 醫（yī）院.
// Lower-case only, with a vowel: (DRG), (ICU), (HPV) are acronyms, not readings.
const PINYIN = /(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,7}[1-5]?[)）]/gu;

function rewrite(paragraphs: Paragraph[], kind: string, change: (text: string) => string): Cleaned {
  const changes: Change[] = [];
  const rewritten = paragraphs.map((paragraph) => {
    const result = change(paragraph.text);
    if (result !== paragraph.text) changes.push({ kind, original: paragraph.text, result, id: paragraph.id });
    return { ...paragraph, text: result };
  });
  return { paragraphs: rewritten, changes };
}

export const removePinyin = (paragraphs: Paragraph[]) => rewrite(paragraphs, '插入的拼音注音', (text) => text.replace(PINYIN, ''));

export const convertScript = (paragraphs: Paragraph[], toSimplified: (text: string) => string) => rewrite(paragraphs, '繁体转简体', toSimplified);

/**
 * Repeated text: a paragraph printed twice, or a wrapper that printed the
 * opening of a paragraph and then the whole paragraph again.
 */
export function removeRepeats(paragraphs: Paragraph[]): Cleaned {
  const changes: Change[] = [];
  const kept: Paragraph[] = [];
  const seen = new Set<string>();
  for (const { id, text: paragraph } of paragraphs) {
    // Short lines (sub-headings such as “（一）基本情况”) may rightly repeat.
    if (seen.has(paragraph) && Array.from(paragraph).length >= 20) {
      changes.push({ kind: '重复的段落', original: paragraph, result: '', id });
      continue;
    }
    let result = paragraph;
    // The opening (first 20 characters) occurs again later in the same paragraph:
    // keep from the second occurrence.
    const opening = Array.from(paragraph).slice(0, 20).join('');
    const again = Array.from(opening).length >= 20 ? paragraph.indexOf(opening, opening.length) : -1;
    if (again > 0) {
      result = paragraph.slice(again);
      changes.push({ kind: '重复的开头', original: paragraph.slice(0, again), result: '', id });
    }
    seen.add(result);
    kept.push({ id, text: result });
  }
  return { paragraphs: kept, changes };
}

/** Numbered section lines become headings: 一、… as ##, （一）… as ###. */
export function markHeadings(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map(({ id, text }) => ({ id, text: heading(text) }));
}

function heading(paragraph: string): string {
  if (paragraph.startsWith('#') || Array.from(paragraph).length > 30 || /[。；]$/.test(paragraph)) return paragraph;
  if (/^[一二三四五六七八九十]+、/.test(paragraph)) return `## ${paragraph}`;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(paragraph)) return `### ${paragraph}`;
  return paragraph;
}
