// <Stat> in running text: one figure, a change or a share, resolved from the
// data. The checker and the component both call resolveStat, so a figure that
// passes the check is exactly the figure the page shows.
import { formatQuantity } from '../format/number.ts';
import { messages } from '../messages/messages.ts';
import { describeDifference, describePercentChange, difference, share } from './change.ts';
import { findSeries, findValue, type Dataset, type Series } from './dataset.ts';

export const STAT_ATTRIBUTES = ['dataset', 'series', 'period', 'from', 'to', 'as', 'of'] as const;
export type StatAttributes = Partial<Record<(typeof STAT_ATTRIBUTES)[number], string>>;

export type StatResult =
  { ok: true; text: string; /** machine-readable value for <data value> */ value: string } | { ok: false; message: string };

const periodsOf = (series: Series) => series.points.map((point) => point.period);

function seriesOrMessage(dataset: Dataset, name: string | undefined): { ok: true; value: Series } | { ok: false; message: string } {
  const found = findSeries(dataset, name);
  if (found.ok) return found;
  const names = dataset.series.map((series) => series.name);
  return {
    ok: false,
    message:
      found.reason === 'no-series' && name !== undefined
        ? messages.unknownSeries(name, dataset.id, names)
        : messages.seriesRequired(dataset.id, names),
  };
}

function valueOrMessage(series: Series, period: string): { ok: true; value: number } | { ok: false; message: string } {
  const found = findValue(series, period);
  if (found.ok) return found;
  return {
    ok: false,
    message:
      found.reason === 'missing-value'
        ? messages.missingValue(period, series.name)
        : messages.unknownPeriod(period, series.name, periodsOf(series)),
  };
}

export function resolveStat(dataset: Dataset, attributes: StatAttributes): StatResult {
  const { series: seriesName, period, from, to, of } = attributes;
  const mode = attributes.as ?? 'percent';
  if (mode !== 'percent' && mode !== 'difference') return { ok: false, message: messages.badStatMode(mode) };

  const series = seriesOrMessage(dataset, seriesName);
  if (!series.ok) return series;

  if (of !== undefined) {
    if (period === undefined) return { ok: false, message: messages.statShape() };
    const whole = seriesOrMessage(dataset, of);
    if (!whole.ok) return whole;
    const part = valueOrMessage(series.value, period);
    if (!part.ok) return part;
    const total = valueOrMessage(whole.value, period);
    if (!total.ok) return total;
    if (total.value === 0) return { ok: false, message: messages.zeroBase() };
    const text = share(part.value, total.value);
    return { ok: true, text, value: text.replace('%', '') };
  }

  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined) return { ok: false, message: messages.statShape() };
    const start = valueOrMessage(series.value, from);
    if (!start.ok) return start;
    const end = valueOrMessage(series.value, to);
    if (!end.ok) return end;
    if (mode === 'percent') {
      if (start.value === 0) return { ok: false, message: messages.zeroBase() };
      const text = describePercentChange(start.value, end.value);
      return { ok: true, text, value: String(difference(start.value, end.value)) };
    }
    return { ok: true, text: describeDifference(start.value, end.value, dataset.unit), value: String(difference(start.value, end.value)) };
  }

  if (period === undefined) return { ok: false, message: messages.statShape() };
  const found = valueOrMessage(series.value, period);
  if (!found.ok) return found;
  return { ok: true, text: formatQuantity(found.value, dataset.unit), value: String(found.value) };
}
