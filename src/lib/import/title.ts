// The draft's title, chosen from the page's evidence: its <h1>, og:title and
// <title>, the line just above the date/source line, a headline the page prints
// twice, and, weakest, its first line. Candidates that agree add up. Spam, page
// furniture and over-long lines are never taken, and the report says which
// candidate was turned down and why. No trustworthy candidate: the placeholder.
import { isSpamLine, findSpamRuns } from '../text/spam.ts';
import { furnitureKindOf } from '../text/furniture.ts';
import { FURNITURE } from './vocabulary.ts';
import { findPortalMetadata } from './portal-metadata.ts';
import { charCount, TITLE_MAX, TITLE_MIN } from '../schema/limits.ts';

export type TitleEvidence =
  'h1' | 'og:title' | 'title' | 'labelled' | 'before-date' | 'repeated' | 'download-name' | 'breadcrumb' | 'first-line';

/** How much each kind of evidence counts. A page's own headline markup counts most. */
const WEIGHT: Record<TitleEvidence, number> = {
  h1: 3,
  'og:title': 3,
  title: 2,
  labelled: 3,
  'before-date': 2,
  repeated: 2,
  'download-name': 2,
  // A crumb is often the column, not the page: it decides only where nothing else does.
  breadcrumb: 0.5,
  'first-line': 1,
};

export const EVIDENCE_LABELS: Record<TitleEvidence, string> = {
  h1: '网页的 <h1>',
  'og:title': '网页的 og:title',
  title: '网页的 <title>',
  labelled: '网页信息栏的“标题”或“名称”',
  'before-date': '日期、来源行上面的一行',
  'download-name': '下载站的文件名',
  breadcrumb: '“当前位置”导航的最后一项',
  repeated: '页面上重复出现的标题',
  'first-line': '正文第一行',
};

export interface TitleCandidate {
  text: string;
  from: TitleEvidence;
}

export interface TitleChoice {
  title?: string;
  /** Evidence the chosen title rests on. */
  evidence: TitleEvidence[];
  rejected: { text: string; from: TitleEvidence; reason: string }[];
}

/** A line that carries the date or the source of the page (portal info bars). */
export const isDateOrSourceLine = (line: string) =>
  /(?:发布|發布|更新|生成)?(?:时间|時間|日期)\s*[:：]?\s*\d{4}|(?:时间|時間|日期)\s*[:：]\s*\d|(?:^|\s)(?:来源|來源|发布机构|發布機構)\s*[:：]|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.test(
    line,
  );

/** A line of a portal's 公开信息 block or info bar: labels with values (索引号: …, 信息分类: …). */
const isInfoLine = (line: string) => hasPortalPairs(line) || INFO_LABEL.test(line.trim()) || isDateOrSourceLine(line);
const hasPortalPairs = (line: string) => {
  const found = findPortalMetadata([line]);
  return Boolean(found.indexNumber || found.documentNumber || found.writtenDate || found.date || found.source || found.report.length);
};
/** An info bar's label ("数据来源:", "信息分类:"), not a headline's speaker ("国家卫健委:…", "国家发布:…"). */
const INFO_LABEL =
  /^(?:数据来源|资料来源|信息分类|组配分类|主题分类|体裁分类|公开日期|公开方式|公开形式|公开范围|责任部门|发布单位|发布机构|信息来源|来源|作者|编辑|日期|时间|关键词|标签|栏目|分类|字号|版面|名称|标题|文号|索引号|时效|有效性|废止日期|生效日期|阅读|浏览|点击)\s*[:：]/;
/** Links in a row: a navigation bar ("国家卫健委 | 国家疾控局 | … 设为首页"). */
const LINK_ROW = /^(?:[^|｜]{1,16}[|｜]){2,}/;
/** A section heading of the report (一、…, （一）…), never its title. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])/;
/** The name of an agency alone: a site's header, not a report's title. */
const AGENCY_ONLY = /^[\u4e00-\u9fff]{2,14}(?:委员会|卫健委|卫生健康委|卫生健康局|卫健局|卫生局|人民政府|政府|办公室|中心|医院)$/;

/** The candidates a page's lines offer (after readings and script are normalised, before furniture is removed). */
export function lineCandidates(lines: readonly string[]): TitleCandidate[] {
  const candidates: TitleCandidate[] = [];
  const top = lines.slice(0, 40);
  top.forEach((line, index) => {
    // A portal's labelled title: "标题: …", "名称: | … |".
    const labelled = /^(?:标题|名称|文件名称)\s*[:：]\s*(?:[|｜]\s*)?([^|｜]+)/.exec(line.trim())?.[1]?.trim();
    if (labelled) candidates.push({ text: labelled, from: 'labelled' });
    // Above each info line: the metadata rows and controls between a title and its date are not it.
    if (index > 0 && isDateOrSourceLine(line) && !isDateOrSourceLine(lines[index - 1] ?? '')) {
      const above = top
        .slice(0, index)
        .reverse()
        .find((other) => other.trim() && !isInfoLine(other) && !furnitureKindOf(other.trim()));
      if (above && !candidates.some((candidate) => candidate.from === 'before-date' && candidate.text === above))
        candidates.push({ text: above, from: 'before-date' });
    }
    // A download site names the file: 《….docx》.
    const file = /《([^《》]{6,80})\.(?:docx?|pdf|pptx?|xlsx?|wps)》/i.exec(line)?.[1];
    if (file) candidates.push({ text: file, from: 'download-name' });
    // The last crumb of "当前位置：首页 > … > 标题".
    if (/^(?:当前位置|您现在的位置|您当前位置|您的位置|當前位置|所在位置)/.test(line.trim())) {
      const crumb = line
        .split(/\s*[>›»]+\s*/)
        .at(-1)
        ?.trim();
      if (crumb && Array.from(crumb).length >= 8) candidates.push({ text: crumb, from: 'breadcrumb' });
    }
  });
  const trimmed = lines.slice(0, 20).map((line) => line.trim());
  const repeated = trimmed.find((line, index) => line && !/[。！？]$/.test(line) && trimmed.indexOf(line, index + 1) !== -1);
  if (repeated) candidates.push({ text: repeated, from: 'repeated' });
  return candidates;
}

/** Evidence from the page's markup or labels: it says itself that it is the title. */
const MARKUP_EVIDENCE = new Set<TitleEvidence>(['h1', 'og:title', 'title', 'labelled', 'download-name']);

/** Whether a line could be a title at all (the first such line of the body is weak evidence). */
export const couldBeTitle = (text: string) => rejection(text) === undefined;

/** Why a candidate cannot be a title, or undefined when it can. */
function rejection(text: string, from: TitleEvidence = 'first-line'): string | undefined {
  if (!text) return '为空';
  if (isSpamLine(text) || findSpamRuns(text).length) return '是网站被注入的垃圾关键词';
  const furniture = furnitureKindOf(text);
  if (furniture) return `是网页栏目文字（${furniture.label}）`;
  // The importer's wider net (short link lines, captions) is for lines; a page's headline markup is a headline.
  const pageText = MARKUP_EVIDENCE.has(from) ? undefined : FURNITURE.find(([pattern]) => pattern.test(text));
  if (pageText) return `是网页栏目文字（${pageText[1]}）`;
  if (/\s[|｜]\s/.test(text) && !MARKUP_EVIDENCE.has(from)) return '是表格的一行';
  if (/^#/.test(text) || /[。！？]$/.test(text)) return '是一句正文，不是标题';
  if (!/[\u4e00-\u9fff]/.test(text)) return '没有汉字（日期、编号或网址）';
  if (SECTION_HEADING.test(text)) return '是正文的小标题';
  if (hasPortalPairs(text) || INFO_LABEL.test(text)) return '是网页的信息栏（标签和值）';
  if (LINK_ROW.test(text)) return '是导航链接';
  if (AGENCY_ONLY.test(text)) return '只是机构名称（网站的页头）';
  const length = charCount(text);
  if (length > TITLE_MAX) return `有 ${length} 个字，超过标题上限 ${TITLE_MAX} 字`;
  if (length < TITLE_MIN) return '太短';
  return undefined;
}

/**
 * The best-supported candidate. `normalise` cleans a candidate the way the body
 * was cleaned (readings removed, script converted, a site name cut off).
 */
export function chooseTitle(candidates: readonly TitleCandidate[], normalise: (text: string) => string): TitleChoice {
  const scores = new Map<string, { score: number; evidence: TitleEvidence[]; order: number }>();
  const rejected: TitleChoice['rejected'] = [];
  candidates.forEach(({ text: raw, from }, order) => {
    const text = normalise(raw);
    const reason = rejection(text, from);
    if (reason) {
      if (text && !rejected.some((entry) => entry.text === text)) rejected.push({ text, from, reason });
      return;
    }
    const entry = scores.get(text) ?? { score: 0, evidence: [], order };
    entry.score += WEIGHT[from];
    entry.evidence.push(from);
    scores.set(text, entry);
  });
  const best = [...scores].sort(([, a], [, b]) => b.score - a.score || a.order - b.order)[0];
  return best ? { title: best[0], evidence: best[1].evidence, rejected } : { evidence: [], rejected };
}
