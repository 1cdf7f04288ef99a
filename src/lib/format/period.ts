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

/** Chronological order; works on the text because the shapes are fixed-width. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
