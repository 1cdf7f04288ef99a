// The text summary under each chart, written from the data in Chinese.
import { formatQuantity } from '../format/number.ts';
import { formatPeriod, formatPeriodRange } from '../format/period.ts';
import { describePercentChange } from './change.ts';
import type { Dataset, Series } from './dataset.ts';
import { allPeriods } from './dataset.ts';
import { periodGaps } from './spacing.ts';

function seriesTrend(series: Series, unit: string): string | undefined {
  const known = series.points.filter((point) => point.value !== null);
  if (known.length < 2) return undefined;
  const first = known[0]!;
  const last = known.at(-1)!;
  const from = first.value!;
  const to = last.value!;
  const span = formatPeriodRange(first.period, last.period);
  if (from === to) return `${span}，${series.name}保持在${formatQuantity(to, unit)}。`;
  const verb = to > from ? '增至' : '降至';
  const change = from === 0 ? '' : `，${describePercentChange(from, to)}`;
  return `${span}，${series.name}由${formatQuantity(from, unit)}${verb}${formatQuantity(to, unit)}${change}。`;
}

function missingNote(dataset: Pick<Dataset, 'series'>): string | undefined {
  const missing = dataset.series.flatMap((series) =>
    series.points.filter((point) => point.value === null).map((point) => `${formatPeriod(point.period)}${series.name}`),
  );
  return missing.length ? `原始材料未给出${missing.join('、')}的数据。` : undefined;
}

/** One or more sentences that say what the chart shows. */
export function datasetSummary(dataset: Pick<Dataset, 'series' | 'unit'>): string {
  const periods = allPeriods(dataset);
  const sentences: string[] = [];
  if (periods.length === 1) {
    const values = dataset.series
      .map((series) => ({ name: series.name, value: series.points[0]?.value ?? null }))
      .filter((entry) => entry.value !== null)
      .map((entry) => `${entry.name}${formatQuantity(entry.value!, dataset.unit)}`);
    if (values.length) sentences.push(`${formatPeriod(periods[0]!)}，${values.join('，')}。`);
  } else {
    for (const series of dataset.series) {
      const trend = seriesTrend(series, dataset.unit);
      if (trend) sentences.push(trend);
    }
  }
  const note = missingNote(dataset);
  if (note) sentences.push(note);
  // The chart draws such periods as separate points (src/lib/chart/config.ts); the words say why.
  const gaps = periodGaps(periods).note;
  if (gaps) sentences.push(gaps);
  return sentences.join('');
}
