// The XLSX download (src/lib/stats/xlsx.ts), read back with the library that wrote it.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { ABOUT_SHEET, DATA_SHEET, MISSING_NOTE, datasetXlsx } from '../../src/lib/stats/xlsx.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';

const dataset: Dataset = {
  id: 'yongzhou-liangai',
  title: '永州市“两癌”免费检查进度',
  region: 'yongzhou',
  unit: '人',
  source: '永州市卫生健康委员会',
  notes: '完成数截至7月31日。',
  chart: 'bar',
  series: [
    {
      name: '任务数',
      points: [
        { period: '2019-07', value: 98200 },
        { period: '2020', value: 100000.5 },
      ],
    },
    {
      name: '完成数',
      points: [
        { period: '2019-07', value: 82353 },
        { period: '2020', value: null },
      ],
    },
  ],
};

const file = () => datasetXlsx(dataset, { pageUrl: 'https://example.cn/data/yongzhou-liangai/' });

async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await file()).buffer);
  return workbook;
}

/** The notes of the data sheet by cell, from the file itself (exceljs writes notes but does not read them back). */
async function notes(): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await file());
  const xml = (await zip.file('xl/comments1.xml')?.async('string')) ?? '';
  return Object.fromEntries([...xml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>.*?<t[^>]*>([^<]*)<\/t>/g)].map((m) => [m[1]!, m[2]!]));
}

test('the data sheet: a Chinese header with units, periods as text, figures as numbers, a missing figure empty with a note', async () => {
  const sheet = (await readBack()).getWorksheet(DATA_SHEET)!;
  expect(sheet.getRow(1).values).toEqual([undefined, '期间', '任务数（人）', '完成数（人）']);
  expect(sheet.getCell('A2').value).toBe('2019-07');
  expect(sheet.getCell('B2').value).toBe(98200);
  expect(sheet.getCell('B3').value).toBe(100000.5);
  expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
  expect(sheet.getCell('C3').value).toBeNull();
  expect(sheet.rowCount).toBe(3);
  // The missing figure alone carries the note.
  expect(await notes()).toEqual({ C3: MISSING_NOTE });
});

test('the second sheet says what the figures are, where they come from and where they are published', async () => {
  const about = (await readBack()).getWorksheet(ABOUT_SHEET)!;
  const rows = about.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
  expect(rows).toEqual([
    ['标题', '永州市“两癌”免费检查进度'],
    ['单位', '人'],
    ['来源', '永州市卫生健康委员会'],
    ['说明', '完成数截至7月31日。'],
    ['网页', 'https://example.cn/data/yongzhou-liangai/'],
  ]);
});
