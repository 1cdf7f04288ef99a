// Which statistics are the latest: the one order the home page's 最新数据 uses.
// A dataset is as recent as the end of the last period its table lists.
import { compareChinese } from '../format/collate.ts';

/** What the order looks at: a dataset's title and its latest period (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface Dated {
  title: string;
  lastPeriod: string;
}

/**
 * The last day a period covers, as YYYY-MM-DD: a year ends on 31 December and a month on its
 * last day, so the year 2019 is later than July 2019 (which a plain text comparison gets wrong).
 */
export function periodEnd(period: string): string {
  const [year, month, day] = period.split('-');
  if (day) return period;
  if (month) return `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate())}`;
  return `${year}-12-31`;
}

/** Latest period first (by the day it ends); the same end, by title in zh-CN collation. */
export function compareLatestFirst(a: Dated, b: Dated): number {
  const [endA, endB] = [periodEnd(a.lastPeriod), periodEnd(b.lastPeriod)];
  return endA > endB ? -1 : endA < endB ? 1 : compareChinese(a.title, b.title);
}

/** A copy of `items` with the latest first. */
export function latestFirst<T>(items: readonly T[], dated: (item: T) => Dated): T[] {
  return [...items].sort((a, b) => compareLatestFirst(dated(a), dated(b)));
}
