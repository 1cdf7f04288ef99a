// Looking figures up in a statistic file, with reasons when they are not there.
import { comparePeriods } from '../format/period.ts';
import type { DatasetFields } from '../schema/dataset.ts';

/** A statistic file as the schema validates it (content/data/<id>.json), with its id: the file name. */
export type Dataset = DatasetFields & { id: string };
export type Series = Dataset['series'][number];
export type Point = Series['points'][number];

/** Every period of the dataset, in order, once. */
export function allPeriods(dataset: Pick<Dataset, 'series'>): string[] {
  return [...new Set(dataset.series.flatMap((series) => series.points.map((point) => point.period)))].sort(comparePeriods);
}

export type Lookup<T> = { ok: true; value: T } | { ok: false; reason: 'no-series' | 'series-required' | 'no-period' | 'missing-value' };

/** The series named, or the only one when no name is given. */
export function findSeries(dataset: Pick<Dataset, 'series'>, name: string | undefined): Lookup<Series> {
  if (name === undefined) {
    return dataset.series.length === 1 ? { ok: true, value: dataset.series[0]! } : { ok: false, reason: 'series-required' };
  }
  const series = dataset.series.find((candidate) => candidate.name === name);
  return series ? { ok: true, value: series } : { ok: false, reason: 'no-series' };
}

/** The (non-missing) value of a series in a period. */
export function findValue(series: Series, period: string): Lookup<number> {
  const point = series.points.find((candidate) => candidate.period === period);
  if (!point) return { ok: false, reason: 'no-period' };
  if (point.value === null) return { ok: false, reason: 'missing-value' };
  return { ok: true, value: point.value };
}
