// Frontmatter the importer can find on its own; the rest is left as placeholders.
import { isRealDate } from '../format/date.ts';
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
    if (/免责|免責|转载|轉載|声明|聲明/.test(line)) continue;
    // Only a label at the start of a line or of an info-bar field, not "资金来源：…" in the text.
    const labelled = /(?:^|[\s•·|(（])(?:来源|來源|发布机构|發布機構|材料提供|信息来源)\s*[:：]\s*([^\s|()（），。；]{2,30})/.exec(
      line,
    )?.[1];
    if (labelled && labelled !== '未知') return labelled.replace(/[)）】]+$/, '');
    const bracketed = /^[(（]([^()（）]{2,20})[)）]$/.exec(line.trim())?.[1];
    if (bracketed && AGENCY.test(bracketed)) return bracketed;
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

/** A page title without the site name portals append ("… - 某某网", "…_某某网"). */
export function cleanTitle(title: string): string {
  // Only " - ", " — ", "_" or "|" separate a site name; "互联网+医疗" is part of a title.
  return title.split(/(?:\s+[-–—]+\s+|\s*[_|]\s*)(?=[^-_|–—]*(网|網|站|门户|首页)[^-_|–—]*$)/)[0]!.trim();
}
