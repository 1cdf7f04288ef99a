// Periods of statistics: a year, a month or a day, written YYYY, YYYY-MM or YYYY-MM-DD.
import { isRealDate } from './date.ts';

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isValidPeriod(period: string): boolean {
  const match = PERIOD.exec(period);
  if (!match) return false;
  const [, year, month, day] = match;
  if (day) return isRealDate(period);
  if (month) return Number(month) >= 1 && Number(month) <= 12;
  return Number(year) >= 1900;
}

/** '2019' → '2019年', '2019-07' → '2019年7月', '2019-07-31' → '2019年7月31日' */
export function formatPeriod(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year, month, day] = match;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/**
 * A span of periods, the one way every page, search result and summary writes
 * it: '2017年至2021年', or '2021年' when it is a single period. The /data/
 * index table writes it with a dash ('2017年—2021年').
 */
export function formatPeriodRange(first: string, last: string, separator: '至' | '—' = '至'): string {
  return first === last ? formatPeriod(last) : `${formatPeriod(first)}${separator}${formatPeriod(last)}`;
}

/** The same span as an ISO 8601 interval, for JSON-LD `temporalCoverage`: '2017/2021', or '2021'. */
export function isoPeriodRange(first: string, last: string): string {
  return first === last ? last : `${first}/${last}`;
}

/** Chronological order; works on the text because the shapes are fixed-width. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
