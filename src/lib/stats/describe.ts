// What is said about a dataset wherever it appears (its figure, its page, the
// /data/ index, JSON-LD, search results), worked out once per dataset so that
// every place says the same.
import { formatPeriodRange } from '../format/period.ts';
import type { Dataset } from './dataset.ts';
import { periodGaps } from './spacing.ts';
import { datasetSummary } from './summary.ts';
import { datasetTable, type DatasetTable } from './table.ts';

export interface DatasetDescription {
  /** The sentences under the chart, written from the data. */
  summary: string;
  /** The dataset in a sentence or two: the editor's description, else the summary (meta description, search results, the chart's name). */
  abstract: string;
  /**
   * '中间年份无数据。' when the chart shows its periods as separate points
   * because the years between are not in the data (src/lib/stats/spacing.ts);
   * the summary ends with it, and the PNG prints it under the chart.
   */
  gapNote: string | undefined;
  /** The chart in words, for its accessible name: the abstract, and the gap note when the editor's description does not say it. */
  chartAbstract: string;
  /** The period × series grid the figure's table, the chart and the PNG show. */
  table: DatasetTable;
  /** The earliest and latest periods (the same when there is one). */
  firstPeriod: string;
  lastPeriod: string;
  /** '2017年至2021年', or '2021年' for a single period. */
  periodRange: string;
  /** The same with a dash, as the /data/ index table writes it: '2017年—2021年'. */
  periodRangeInTable: string;
}

export function describeDataset(dataset: Dataset): DatasetDescription {
  const table = datasetTable(dataset);
  // The schema requires a series with a point, so there is always a period.
  const firstPeriod = table.periods[0]!;
  const lastPeriod = table.periods.at(-1)!;
  const summary = datasetSummary(dataset);
  const abstract = dataset.description ?? summary;
  const gapNote = periodGaps(table.periods).note;
  return {
    summary,
    abstract,
    gapNote,
    chartAbstract: gapNote && !abstract.includes(gapNote) ? `${abstract}${gapNote}` : abstract,
    table,
    firstPeriod,
    lastPeriod,
    periodRange: formatPeriodRange(firstPeriod, lastPeriod),
    periodRangeInTable: formatPeriodRange(firstPeriod, lastPeriod, '—'),
  };
}
