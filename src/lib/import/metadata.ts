// Frontmatter the importer can find on its own; the rest is left as placeholders.
import { isRealDate } from '../format/date.ts';
import { isAgencyName } from './portal-metadata.ts';
import type { ArticleType, Region } from '../schema/taxonomy.ts';

/**
 * The publication date: a date labelled as such or printed with a time
 * (portal info bars), else the first full date in the text.
 */
export function findDate(lines: string[]): string | undefined {
  const DATE = /(\d{4})(?:-(\d{1,2})-(\d{1,2})|年(\d{1,2})月(\d{1,2})日|\/(\d{1,2})\/(\d{1,2})|\.(\d{1,2})\.(\d{1,2}))/g;
  const candidates = (line: string) =>
    [...line.matchAll(DATE)]
      .map((m) => {
        const [month, day] = [m[2] ?? m[4] ?? m[6] ?? m[8], m[3] ?? m[5] ?? m[7] ?? m[9]];
        return `${m[1]}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      })
      .filter(isRealDate);
  // The publication date, not the written date (成文日期) printed beside it.
  const published = lines
    .map((line) => /(发布|發布)(日期|时间|時間)\s*[:：]\s*(.*)$/.exec(line)?.[3] ?? '')
    .find((rest) => candidates(rest).length);
  if (published) return candidates(published)[0];
  const labelled = lines.find(
    (line) => /(?<!成文)(时间|日期|時間)\s*[:：]|\d{1,2}:\d{2}/.test(line) && candidates(line.replace(/成文日期\s*[:：]\s*\S+/, '')).length,
  );
  return labelled ? candidates(labelled.replace(/成文日期\s*[:：]\s*\S+/, ''))[0] : lines.flatMap(candidates)[0];
}

const AGENCY = /(委员会|委員會|委|卫生局|衛生局|健康局|政府|办公室|辦公室|中心|日报|日報|报社|医院|醫院)$/;

export function findSource(lines: string[]): string | undefined {
  for (const line of lines) {
    // Disclaimers name the farm's own sources, not the report's.
    if (/免责|免責|转载(?!自)|轉載(?!自)|声明|聲明/.test(line)) continue;
    // Only a label at the start of a line or of an info-bar field, not "资金来源：…" in the text.
    // After a time too: "发布时间:2023-10-12 15:15:00来源: 新华社".
    const labelled =
      /(?:^|[\s•·|(（\d])(?:来源|來源|发布机构|發布機構|材料提供|信息来源|转载自|轉載自|转自|轉自)\s*[:：]\s*([^\s|()（），。；]{2,30})/.exec(
        line,
      )?.[1];
    // A site account or a code ("sp20241115") is no agency.
    if (labelled && isAgencyName(labelled)) return labelled.replace(/[)）】]+$/, '');
    const bracketed = /^[(（]([^()（）]{2,20})[)）]$/.exec(line.trim())?.[1];
    if (bracketed && AGENCY.test(bracketed)) return bracketed;
  }
  return undefined;
}

/** A department of an agency (办公室, 宣传科): the page names its agency elsewhere. */
export const isDepartment = (source: string) => /^[\u4e00-\u9fff]{2,5}(?:室|科|处|股|组)$/.test(source);

/**
 * The publisher when no line labels it: a wire story's dateline (新华社北京12月2日电),
 * a "…网讯", the agency a notice's title starts with (…委员会关于…), a portal's
 * "欢迎来到…" banner, or an agency's name alone on a line near the top (its header).
 */
export function findSourceElsewhere(lines: readonly string[], title: string | undefined): string | undefined {
  for (const line of lines.slice(0, 40)) {
    const text = line.trim().replace(/^[○●◎•·\s]+/, '');
    const dateline = /^([\u4e00-\u9fff]{2,8}(?:社|网|報|报|台))\s*[\u4e00-\u9fff]{2,6}\s*\d{1,2}月\d{1,2}日电/.exec(text)?.[1];
    if (dateline) return dateline;
    const byline = /^([\u4e00-\u9fff]{2,10}(?:网|網|报|報|台))讯/.exec(text)?.[1];
    if (byline) return byline;
  }
  // A media name alone beside the date line ("• 人民日报" / "• 2022-07-13 08:32:29").
  const dated = lines.findIndex((line) => /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/.test(line));
  for (const index of [dated - 1, dated + 1]) {
    const text = (lines[index] ?? '').trim().replace(/^[•·\s]+/, '');
    if (dated !== -1 && Array.from(text).length <= 12 && /^[\u4e00-\u9fff—-]{2,12}(?:报|報|社|网|網|台|委|局|中心|客户端)$/.test(text))
      return text;
  }
  const issuer =
    title &&
    /^(.{2,30}?(?:委员会|卫健委|卫生健康委|卫生健康局|卫健局|卫生局|人民政府|办公室|办公厅|中心))(?:关于|印发|\d{4}年)/.exec(title)?.[1];
  if (issuer) return issuer;
  for (const line of lines.slice(0, 12)) {
    const text = line.trim();
    const welcome = /^欢迎(?:来到|访问|光临)(.{2,30}?)[!！。]?$/.exec(text)?.[1];
    if (welcome && AGENCY.test(welcome)) return welcome;
    if (Array.from(text).length <= 16 && /(?:委员会|卫健委|卫生健康委|卫生健康局|卫健局|卫生局)$/.test(text)) return text;
  }
  return undefined;
}

/** The region named most often in the text, by its name with or without 市/区/县. */
export function findRegion(text: string, regions: readonly Pick<Region, 'id' | 'name'>[]): string | undefined {
  let best: { id: string; count: number } | undefined;
  for (const region of regions) {
    const short = region.name.replace(/(市|区|县|省)$/, '');
    if (Array.from(short).length < 2) continue;
    const count = text.split(short).length - 1;
    if (count > 0 && (!best || count > best.count)) best = { id: region.id, count };
  }
  return best?.id;
}

export function guessType(title: string): ArticleType {
  if (/通知|公告|通告/.test(title)) return 'notice';
  if (/解读|答记者问|问答/.test(title)) return 'interpretation';
  if (/统计|公报|数据/.test(title)) return 'statistics';
  if (/汇报|匯報|报告|報告|总结|總結|回顾|要点|情况/.test(title)) return 'report';
  return 'news';
}

const FANWEN_SUFFIX =
  /\s*[(（【[](?:[一二三四五六七八九十百\d]+篇|热门[一二三四五六七八九十\d]*篇|精选[^)）】\]]{0,6}|通用[^)）】\]]{0,6}|范文[^)）】\]]{0,6}|汇报报告|完整版|全文)[)）】\]]$/;

/** A page title without the site name portals append ("… - 某某网", "…_某某网"). */
export function cleanTitle(title: string): string {
  // Only " - ", " — ", "_" or "|" separate a site name; "互联网+医疗" is part of a title.
  const withoutSite = title.split(/(?:\s+[-–—]+\s+|\s*[_|]\s*)(?=[^-_|–—]*(网|網|站|门户|首页)[^-_|–—]*$)/)[0]!.trim();
  return (
    withoutSite
      // A farm's call for clicks (即时看! 重磅!), a compilation's 第一篇:, a column's name before "|" (权威快报|).
      .replace(/^(?:即时看|即時看|重磅|震惊|震驚|突发|突發|刚刚|剛剛|快讯|快訊|必看|速看|热点|熱點|最新)\s*[!！:：]\s*/, '')
      .replace(/^第[一二三四五六七八九十\d]+篇\s*[:：]\s*/, '')
      // A farm's column before the title: "广东【卫生健康】…".
      .replace(/^[\u4e00-\u9fff]{0,6}【[^】]{2,8}】\s*(?=\S{6})/, '')
      // A 范文 site's count or label after it: "(十五篇)", "【热门七篇】", "(汇报报告)", "(2023年)", inside 《》 too.
      .replace(/^《(.+)》$/, (whole, inner: string) => (FANWEN_SUFFIX.test(inner) ? inner : whole))
      .replace(FANWEN_SUFFIX, '')
      // "…2023年度工作总结(2023年)": a 范文 site repeats the year; a year the title does not have yet stays (…年度报告（2022年）).
      .replace(/\s*[(（](\d{4})年?[)）]$/, (suffix, year: string, offset: number, whole: string) =>
        whole.slice(0, offset).includes(year) ? '' : suffix,
      )
      .replace(/^[^|｜]{2,8}[|｜]\s*(?=\S{6})/, '')
      .trim()
  );
}
