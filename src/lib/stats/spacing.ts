// How far apart a dataset's periods are, so that a chart never suggests
// periods the data does not have. Written once: the chart (src/lib/chart/config.ts)
// decides from it what to connect, and the summary (summary.ts) what to say,
// so the page, the chart's name and the PNG agree.
//
// Periods are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (src/lib/format/period.ts).
// Each is counted in its own unit: years, months, days; dates that are all
// the same day of the month (or all month ends) count as months, so month-end
// reports are monthly, not irregular.

type Unit = 'year' | 'month' | 'day';

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Filling in more periods than this (daily data with long gaps) would crowd the axis: draw points only instead. */
export const MAX_AXIS_PERIODS = 60;

/** The word for the periods between, as the note says it. */
const BETWEEN: Record<Unit, string> = { year: '年份', month: '月份', day: '日期' };

function unitOf(period: string): Unit | undefined {
  if (/^\d{4}$/.test(period)) return 'year';
  if (MONTH.test(period)) return 'month';
  if (DAY.test(period)) return 'day';
  return undefined;
}

function dayIndex(period: string): number {
  const [, y, m, d] = DAY.exec(period)!;
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}

function isMonthEnd(period: string): boolean {
  const [, y, m, d] = DAY.exec(period)!;
  return new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate() === Number(d);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The periods as whole numbers of one unit, and back; undefined when they mix shapes ('2019' with '2019-07'). */
function counting(
  periods: readonly string[],
): { unit: Unit; index: (period: string) => number; period: (index: number) => string } | undefined {
  const units = new Set(periods.map(unitOf));
  if (units.size !== 1) return undefined;
  const unit = [...units][0];
  if (unit === 'year') return { unit, index: Number, period: String };
  const monthIndex = (y: string, m: string) => Number(y) * 12 + Number(m) - 1;
  if (unit === 'month') {
    return {
      unit,
      index: (period) => monthIndex(...(MONTH.exec(period)!.slice(1) as [string, string])),
      period: (index) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
    };
  }
  if (unit !== 'day') return undefined;
  // The same day every year (截至2019年底, 截至2020年底: 2019-12-31, 2020-12-31): count years.
  const dayOfYear = new Set(periods.map((period) => period.slice(5)));
  if (periods.length > 1 && dayOfYear.size === 1) {
    const monthDay = [...dayOfYear][0]!;
    return { unit: 'year', index: (period) => Number(period.slice(0, 4)), period: (index) => `${index}-${monthDay}` };
  }
  const days = new Set(periods.map((period) => period.slice(8)));
  const monthly = periods.length > 1 && (days.size === 1 || periods.every(isMonthEnd));
  if (monthly) {
    // Month-end (or same-day) reports: count months; a filled-in period is written as that month ('2019-08').
    return {
      unit: 'month',
      index: (period) => monthIndex(period.slice(0, 4), period.slice(5, 7)),
      period: (index) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
    };
  }
  return { unit, index: dayIndex, period: (index) => new Date(index * DAY_MS).toISOString().slice(0, 10) };
}

export interface PeriodGaps {
  /**
   * True when a line through these periods would suggest periods the data
   * does not have: the steps between them differ (2015, 2016, 2020), or there
   * are only two with others between (2015, 2020). A regular series — yearly,
   * quarterly, every five years (2010, 2015, 2020) — is not gapped: its axis
   * is evenly spaced, as its periods are. Periods of mixed shapes ('2019' with
   * '2019-07') cannot be spaced and count as gapped.
   */
  gapped: boolean;
  /** What the figure says when gapped: '中间年份无数据。' (月份, 日期 for monthly, daily data). */
  note: string | undefined;
  /**
   * The periods for the chart's axis: when gapped, those given plus the ones
   * between at the common step (2015…2020; quarterly data with a quarter
   * missing gets that quarter), so a gap is empty space, not a bridge. The
   * periods as given when they cannot be filled in (mixed shapes, or more
   * than MAX_AXIS_PERIODS).
   */
  axis: string[];
  /** False when gapped but the axis could not be filled in: nothing may be connected then. */
  filled: boolean;
}

/** How a chart over these periods (sorted, each once) must treat the spaces between them. */
export function periodGaps(periods: readonly string[]): PeriodGaps {
  const given = [...periods];
  if (given.length < 2) return { gapped: false, note: undefined, axis: given, filled: true };
  const count = counting(given);
  if (!count) return { gapped: true, note: undefined, axis: given, filled: false };
  const indexes = given.map(count.index);
  const steps = indexes.slice(1).map((index, i) => index - indexes[i]!);
  const regular = steps.every((step) => step === steps[0]);
  const skips = steps.some((step) => step > 1);
  const gapped = skips && (!regular || given.length === 2);
  if (!gapped) return { gapped: false, note: undefined, axis: given, filled: true };
  const note = `中间${BETWEEN[count.unit]}无数据。`;
  // Two periods have no common step but their distance: fill in every period of the unit.
  const step = given.length === 2 ? 1 : steps.reduce(gcd);
  const length = (indexes.at(-1)! - indexes[0]!) / step + 1;
  if (length > MAX_AXIS_PERIODS) return { gapped, note, axis: given, filled: false };
  const byIndex = new Map(indexes.map((index, i) => [index, given[i]!]));
  const axis = Array.from({ length }, (_, i) => {
    const index = indexes[0]! + i * step;
    return byIndex.get(index) ?? count.period(index);
  });
  return { gapped, note, axis, filled: true };
}
