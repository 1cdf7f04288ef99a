import { allPeriods, type Dataset } from './dataset.ts';

export interface DatasetTable {
  periods: string[];
  columns: { name: string; cells: (number | null)[] }[];
  /** True when some cell has no figure (shown as — with a footnote). */
  hasMissing: boolean;
}

/** The dataset as a period × series grid; a figure the source does not give is null. */
export function datasetTable(dataset: Pick<Dataset, 'series'>): DatasetTable {
  const periods = allPeriods(dataset);
  const columns = dataset.series.map((series) => ({
    name: series.name,
    cells: periods.map((period) => series.points.find((point) => point.period === period)?.value ?? null),
  }));
  return { periods, columns, hasMissing: columns.some((column) => column.cells.includes(null)) };
}
