// A government portal's 公开信息 block (索引号, 文号, 成文日期, 发布机构 …) in every
// layout it comes in: `label：value`, `label: value`, `label value` with spaces or
// tabs, several pairs on one line, table cells (read as "a | b | c") and definition
// lists (a label on its own line, its value on the next). An empty value is empty,
// never the next label's text.
import { isRealDate } from '../format/date.ts';

/** Where each label's value goes: an article field, or the import report. */
export const PORTAL_LABELS = {
  索引号: 'indexNumber',
  文号: 'documentNumber',
  发文字号: 'documentNumber',
  成文日期: 'writtenDate',
  发布日期: 'date',
  生成日期: 'date',
  发布时间: 'date',
  发文日期: 'date',
  公开日期: 'date',
  发布机构: 'source',
  所属机构: 'source',
  发文机关: 'source',
  发文机构: 'source',
  来源: 'source',
  信息来源: 'source',
  主题分类: 'report',
  公开方式: 'report',
  公开范围: 'report',
  体裁分类: 'report',
  有效性: 'report',
  公开形式: 'report',
  责任部门: 'report',
  发布单位: 'source',
  信息分类: 'report',
  组配分类: 'report',
  时效: 'report',
  废止日期: 'report',
  是否有效: 'report',
  版面: 'report',
} as const;
export type PortalField = (typeof PORTAL_LABELS)[keyof typeof PORTAL_LABELS];

// Longest first, so 信息来源 is not read as 来源 with 信息 before it.
const LABELS = Object.keys(PORTAL_LABELS).sort((a, b) => b.length - a.length);
const LABEL_SOURCE = LABELS.map((label) => Array.from(label).join('\\s?')).join('|');
// A label starts a line or follows a separator, and is followed by a colon, a space, a cell bar or the line's end:
// "资金来源：" and "来源于" are prose.
const LABEL = new RegExp(`(?<=^|[\\s|｜•·\\d]|】|\\])(${LABEL_SOURCE})(?=\\s*[:：]|\\s|[|｜]|$)`, 'g');

export interface PortalMetadata {
  indexNumber?: string;
  documentNumber?: string;
  writtenDate?: string;
  date?: string;
  source?: string;
  /** Labels for the report only (主题分类, 公开方式), with their values. */
  report: { label: string; value: string }[];
}

/** What farms and portals print as a source when they have none (a site account, "unknown"). */
const NOT_AN_AGENCY = /^(?:未知|网友投稿|网友|网络|互联网|本站|本网|佚名|匿名|admin|管理员|小编|原创)$/i;
/** Whether a labelled source names an agency: some Chinese, and not a site account or a code ("sp20241115"). */
export const isAgencyName = (value: string) => /[\u4e00-\u9fff]/.test(value) && !NOT_AN_AGENCY.test(value);

const DATE = /(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})/;
function dateIn(value: string): string | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(date) ? date : undefined;
}

/** The label–value pairs of one line, values as written (an empty one is ''). */
function pairsIn(line: string): { label: string; value: string }[] {
  const found = [...line.matchAll(LABEL)];
  return found.map((m, index) => {
    const end = index + 1 < found.length ? found[index + 1]!.index : line.length;
    const value = line
      .slice(m.index + m[0].length, end)
      .replace(/^\s*[:：]?\s*(?:[|｜]\s*)?/, '')
      // A table cell ends at its bar.
      .split(/\s*[|｜]\s*/)[0]!
      .trim();
    return { label: m[1]!.replace(/\s/g, ''), value };
  });
}

/** How many lines a 公开信息 block spans: a date label further down belongs to something else. */
const DATE_BLOCK_LINES = 4;

/** The portal metadata of a page, from its lines as found (before furniture is removed). */
export function findPortalMetadata(lines: readonly string[]): PortalMetadata {
  const metadata: PortalMetadata = { report: [] };
  const datePriority = ['发布日期', '发布时间', '生成日期', '发文日期', '公开日期'];
  let dateRank = Infinity;
  // The page's own date is in its first metadata block; a related-links list further down has dates of its own.
  let dateLine = -1;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\t/g, ' ');
    const pairs = pairsIn(line);
    for (const { label, value: found } of pairs) {
      let value = found;
      // A definition list: the label alone on its line, its value on the next (unless that is a label too).
      if (
        pairs.length === 1 &&
        value === '' &&
        line
          .trim()
          .replace(/[:：]$/, '')
          .replace(/\s/g, '') === label
      ) {
        const next = lines[index + 1]?.trim() ?? '';
        if (next && pairsIn(next).length === 0) value = next;
      }
      if (!value) continue;
      const field = PORTAL_LABELS[label as keyof typeof PORTAL_LABELS];
      if (field === 'report') metadata.report.push({ label, value });
      else if (field === 'indexNumber' || field === 'documentNumber') {
        // A number is one token; a value with a sentence in it is not one.
        const token = /^[^\s，。；]{2,40}/.exec(value)?.[0];
        if (token) metadata[field] ??= token;
      } else if (field === 'writtenDate') metadata.writtenDate ??= dateIn(value);
      else if (field === 'date') {
        const date = dateIn(value);
        const rank = datePriority.indexOf(label);
        if (date && dateLine !== -1 && index - dateLine > DATE_BLOCK_LINES) continue;
        if (date && rank < dateRank) [metadata.date, dateRank] = [date, rank];
        if (date && dateLine === -1) dateLine = index;
      } else if (field === 'source') {
        const agency = /^[^\s|，。；()（）]{2,30}/.exec(value)?.[0]?.replace(/[)）】]+$/, '');
        if (agency && isAgencyName(agency)) metadata.source ??= agency;
      }
    }
  });
  // The schema refuses a written date after the publication date: such a pair was misread, keep neither guess.
  if (metadata.writtenDate && metadata.date && metadata.writtenDate > metadata.date) delete metadata.writtenDate;
  return metadata;
}

/** Labels an info bar prints besides the 公开信息 ones. */
const INFO_BAR_LABELS =
  '发布时间|发表时间|更新时间|加入日期|添加时间|录入时间|添加者|录入者|版面|时间|日期|作者|编辑|责任编辑|发布者|发布人|浏览次数|浏览量|点击数|点击量|阅读量|阅读次数|访问量|字号|分类|栏目|转载自';
const INFO_LABEL = new RegExp(`(?<=^|[\\s|｜•·\\d]|】|\\])(${LABEL_SOURCE}|${INFO_BAR_LABELS})(?=\\s*[:：]|\\s|[|｜]|$)`, 'g');
const LEADING_DATE = /^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/;

/**
 * A line made only of label–value pairs (after a date, perhaps): a portal's 公开信息
 * row or an info bar ("2021-04-12 09:30 来源：测试日报"). Its facts go to the
 * frontmatter, so the importer removes it. A person's byline alone is not one.
 */
export function isLabelValueLine(line: string): boolean {
  const text = line.replace(LEADING_DATE, '').trim();
  if (/^(?:作者|记者|通讯员)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}$/.test(text)) return false;
  const found = [...text.matchAll(INFO_LABEL)];
  if (!found.length || found[0]!.index !== 0) return false;
  // One info-bar label alone is a line of the report too ("时间：2023年5月12日上午9:00" in a meeting notice);
  // a 公开信息 label, two labels, or a page's date and time are the page's.
  const portal = found.some((m) => m[1]!.replace(/\s/g, '') in PORTAL_LABELS);
  if (!portal && found.length < 2 && !LEADING_DATE.test(line)) return false;
  return found.every((m, index) => {
    const end = index + 1 < found.length ? found[index + 1]!.index : text.length;
    const value = text
      .slice(m.index + m[0].length, end)
      .replace(/^\s*[:：]?\s*/, '')
      .replace(/[|｜]/g, ' ')
      .trim();
    return Array.from(value).length <= 40 && !/[。；！？，]/.test(value);
  });
}
