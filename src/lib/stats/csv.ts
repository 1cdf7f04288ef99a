// Downloads for Excel and WPS: CSV in UTF-8 with a BOM (without it both open
// Chinese as mojibake), CRLF line ends, Chinese header row, empty cell for a
// missing figure (never 0).
import type { Dataset } from './dataset.ts';
import { datasetTable } from './table.ts';

const BOM = '\uFEFF';

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The first column of every CSV: the period, as text (2019-07 is not a date). */
export const PERIOD_COLUMN = '期间';

/** The CSV's header row, one label per column; the data package names its fields with these. */
export function csvHeader(dataset: Pick<Dataset, 'series' | 'unit'>): string[] {
  return [PERIOD_COLUMN, ...dataset.series.map((series) => `${series.name}（${dataset.unit}）`)];
}

export function datasetCsv(dataset: Pick<Dataset, 'series' | 'unit'>): string {
  const table = datasetTable(dataset);
  const header = csvHeader(dataset);
  const rows = table.periods.map((period, index) => [
    period,
    ...table.columns.map((column) => (column.cells[index] === null ? '' : String(column.cells[index]))),
  ]);
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The statistic file as published: the same fields editors write, plus its id. */
export function datasetJson(dataset: Dataset): string {
  const { id, ...fields } = dataset;
  return `${JSON.stringify({ id, ...fields }, null, 2)}\n`;
}

/** '1 KB' the way statistics offices list downloads: whole KB, at least 1. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
