// A statistic file as an Excel workbook (exceljs), for Excel, WPS and
// LibreOffice alike: sheet 数据 with a Chinese header row carrying the unit,
// periods as text (2019-07 must not become a date), figures as numbers, a
// figure the source does not give as an empty cell with a note (never 0 or —);
// sheet 说明 with the title, unit, source, notes, licence and the page's address.
import ExcelJS from 'exceljs';
import type { Dataset } from './dataset.ts';
import { datasetTable } from './table.ts';

export const DATA_SHEET = '数据';
export const ABOUT_SHEET = '说明';
export const MISSING_NOTE = '原始资料没有给出这个数字，这里留空（不是 0）。';

/** The workbook's own created/modified dates: fixed, so they do not claim the build's date as the data's. */
const FILE_DATE = new Date('2000-01-01T00:00:00Z');

export async function datasetXlsx(
  dataset: Dataset,
  {
    pageUrl,
    license,
  }: { pageUrl: string; /** What the site says of its licence (src/lib/content/license.ts). */ license?: { text: string; url?: string } },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '卫健 weijian';
  workbook.created = FILE_DATE;
  workbook.modified = FILE_DATE;
  const table = datasetTable(dataset);

  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(['期间', ...table.columns.map((column) => `${column.name}（${dataset.unit}）`)]);
  header.font = { bold: true };
  table.periods.forEach((period, index) => {
    const row = sheet.addRow([period, ...table.columns.map((column) => column.cells[index] ?? null)]);
    row.getCell(1).numFmt = '@';
    table.columns.forEach((column, columnIndex) => {
      if (column.cells[index] === null) row.getCell(columnIndex + 2).note = MISSING_NOTE;
    });
  });
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 12 : Math.max(12, Array.from(String(header.getCell(index + 1).value)).length * 2 + 2);
  });

  const about = workbook.addWorksheet(ABOUT_SHEET);
  const lines: [string, string | undefined][] = [
    ['标题', dataset.title],
    ['单位', dataset.unit],
    ['来源', dataset.source],
    ['来源网址', dataset.sourceUrl],
    ['说明', dataset.notes],
    ['许可', license && (license.url ? `${license.text} ${license.url}` : license.text)],
    ['网页', pageUrl],
  ];
  for (const [label, value] of lines) if (value) about.addRow([label, value]).getCell(1).font = { bold: true };
  about.getColumn(1).width = 10;
  about.getColumn(2).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
