// Cleaning rules, one per kind of breakage. Each removes or rewrites text and
// records what it did, so nothing is lost silently.
import { isFurnitureLine, removePinyinReadings } from '../text/damage.ts';
import { abstractText, furnitureKindOf } from '../text/furniture.ts';
import { repairMojibake } from '../text/mojibake.ts';
import { findSpam } from '../text/spam.ts';
import { FURNITURE } from './vocabulary.ts';
import { isLabelValueLine } from './portal-metadata.ts';

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

/** What the furniture pass removed and may still be of use: the text of a bracketed 摘要 line. */
export interface Unfurnished extends Cleaned {
  abstract?: string;
}

/** Lines of the page as paragraphs: whitespace collapsed, bullets dropped, empty lines skipped. */
export function toParagraphs(lines: string[]): Paragraph[] {
  return lines
    .map((raw, id) => ({
      id,
      text: raw
        .replace(/[\s\u3000\u00a0]+/g, ' ')
        .trim()
        .replace(/^(?:[•·●■]|[-–](?!\d))\s*/, ''),
    }))
    .filter((paragraph) => paragraph.text !== '');
}

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章节部分])/;
const SENTENCE_PUNCTUATION = /[。，；：！？、,.;:!?|]/;

/** Short lines that are links or labels, not prose (kept when they look like a numbered heading). */
function isStrayShortLine(line: string): boolean {
  return Array.from(line).length <= 6 && !SENTENCE_PUNCTUATION.test(line) && !HEADING.test(line) && !/^#/.test(line) && !/\d{4}/.test(line);
}

/** The heading of a sidebar of links to the farm's other pages; the short lines after it are those links. */
const RELATED_HEADING =
  /^(相关文章|相关阅读|相关推荐|相关链接|热门文章|热门推荐|猜你喜欢|推荐阅读|最新文章|延伸阅读|精彩推荐|热点推荐|大家都在看)[:：]?$/;
const isLinkLine = (line: string) => Array.from(line).length <= 30 && !/[。；！？，]/.test(line);

/** Where a page's footer starts when it is glued to the text: WeChat's "预览时标签不可点", a reprint request. */
const GLUED_FOOTER = /\s*(?:预览时标签不可点|收录于话题|转载请注明(?:原文网址|出处|来源)|本文来源于网络|阅读原文\s*$).*$/;

const PERSON_BYLINE = /^[(（]?(?:作者|记者|通讯员|文|图|撰稿)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}[)）]?$/;

/** Spam runs of each paragraph (text/spam.ts), read over the whole page so lists written one phrase a line are found. */
function spamByParagraph(paragraphs: readonly Paragraph[]): Map<number, { start: number; end: number }[]> {
  const byId = new Map<number, { start: number; end: number }[]>();
  const starts: number[] = [];
  let offset = 0;
  for (const { text } of paragraphs) {
    starts.push(offset);
    offset += text.length + 1;
  }
  for (const run of findSpam(paragraphs.map(({ text }) => text).join('\n'))) {
    let index = starts.length - 1;
    while (starts[index]! > run.start) index--;
    const id = paragraphs[index]!.id;
    byId.set(id, [...(byId.get(id) ?? []), { start: run.start - starts[index]!, end: run.end - starts[index]! }]);
  }
  return byId;
}

export function removeFurniture(input: Paragraph[]): Unfurnished {
  const paragraphs: Paragraph[] = [];
  const changes: Change[] = [];
  let abstract: string | undefined;
  let inRelatedLinks = false;
  const spamIn = spamByParagraph(input);
  for (let paragraph of input) {
    // Furniture rules read the line without a heading marker ("### 猜你喜欢").
    let line = paragraph.text.replace(/^#+\s*/, '');
    // The list ends at the first line that is not a link title: prose, or a numbered heading of the report.
    inRelatedLinks =
      RELATED_HEADING.test(line) || (inRelatedLinks && isLinkLine(line) && !HEADING.test(line) && !paragraph.text.startsWith('#'));
    if (inRelatedLinks) {
      changes.push({ kind: '侧栏推荐链接', original: line, result: '', id: paragraph.id });
      continue;
    }
    const spam = spamIn.get(paragraph.id) ?? [];
    const outside = spam.reduceRight((text, run) => text.slice(0, run.start) + text.slice(run.end), paragraph.text);
    if (spam.length && !/[^\s，,。、；;|]/.test(outside)) {
      changes.push({ kind: '注入的垃圾信息', original: line, result: '', id: paragraph.id });
      continue;
    }
    // Spam cut out of a line first: what is left is judged as a line of its own ("【打印】【关闭】百家乐…").
    if (spam.length) {
      for (const run of spam)
        changes.push({ kind: '注入的垃圾信息', original: paragraph.text.slice(run.start, run.end), result: '', id: paragraph.id });
      paragraph = { ...paragraph, text: outside.replace(/^[\s，,。]+/, '').trim() };
    }
    // A farm's or WeChat's footer glued to the end of a paragraph.
    const tail = GLUED_FOOTER.exec(paragraph.text);
    if (tail && Array.from(tail[0]).length <= 160 && tail.index > 0) {
      changes.push({ kind: '粘在段尾的网页文字', original: tail[0], result: '', id: paragraph.id });
      paragraph = { ...paragraph, text: paragraph.text.slice(0, tail.index).trim() };
    }
    line = paragraph.text.replace(/^#+\s*/, '');
    // The shared kinds first (the check refuses each), then the importer's own wider net.
    const kind = furnitureKindOf(line);
    if (kind) {
      if (kind.id === 'abstract') abstract ??= abstractText(line);
      changes.push({ kind: kind.label, original: line, result: '', id: paragraph.id });
      continue;
    }
    // A person's byline (作者：张洁, 记者 白剑峰) is attribution: the editor decides.
    if (PERSON_BYLINE.test(line)) {
      paragraphs.push(paragraph);
      continue;
    }
    if (isLabelValueLine(line)) {
      changes.push({ kind: '网页的公开信息和信息栏（日期、来源等已填入 frontmatter）', original: line, result: '', id: paragraph.id });
      continue;
    }
    const furniture = FURNITURE.find(([pattern]) => pattern.test(line));
    // Everything the checker calls furniture goes, so a draft never starts out refused for it.
    const checkerFurniture = !furniture && isFurnitureLine(line);
    if (furniture || checkerFurniture || isStrayShortLine(line)) {
      changes.push({
        kind: furniture?.[1] ?? (checkerFurniture ? '网页栏目文字（打印、字号、浏览次数等）' : '站点链接列表'),
        original: line,
        result: '',
        id: paragraph.id,
      });
      continue;
    }
    paragraphs.push(paragraph);
  }
  return { paragraphs, changes, abstract };
}

function rewrite(paragraphs: Paragraph[], kind: string, change: (text: string) => string): Cleaned {
  const changes: Change[] = [];
  const rewritten = paragraphs.map((paragraph) => {
    const result = change(paragraph.text);
    if (result !== paragraph.text) changes.push({ kind, original: paragraph.text, result, id: paragraph.id });
    return { ...paragraph, text: result };
  });
  return { paragraphs: rewritten, changes };
}

/** Text a wrong codec damaged, put back where it re-reads cleanly (text/mojibake.ts); every repair is reported. */
export function repairEncoding(paragraphs: Paragraph[]): Cleaned {
  const changes: Change[] = [];
  const repaired = paragraphs.map((paragraph) => {
    const { text, repairs } = repairMojibake(paragraph.text);
    for (const repair of repairs)
      changes.push({
        kind: `乱码（${repair.label}，已按原编码重新读出）`,
        original: repair.damaged,
        result: repair.repaired,
        id: paragraph.id,
      });
    return { ...paragraph, text };
  });
  return { paragraphs: repaired, changes };
}

export const removePinyin = (paragraphs: Paragraph[]) => rewrite(paragraphs, '插入的拼音注音', removePinyinReadings);

export const convertScript = (paragraphs: Paragraph[], toSimplified: (text: string) => string) =>
  rewrite(paragraphs, '繁体转简体', toSimplified);

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
