// The files offered under each figure, with format and size as statistics offices list them.
import { href } from './href.ts';
import { chartPng, type ChartData } from './chart-png.ts';
import { datasetCsv, formatFileSize } from '../lib/stats/csv.ts';
import type { DownloadPaths } from '../lib/content/paths.ts';
import { xlsxOf } from './xlsx.ts';

/** A chart's PNG is drawn once, keyed by its file: a dataset and an indicator may share an id. */
export const pngKey = (files: DownloadPaths, id: string) => files.png(id);

export interface Download {
  format: 'CSV' | 'XLSX' | 'JSON' | 'PNG';
  href: string;
  fileName: string;
  size: string;
  description: string;
}

/**
 * Called once per dataset or indicator (src/site/site.ts keeps the result):
 * `files` are where its downloads live, `json` its JSON file's text, `pagePath` its page.
 */
export async function figureDownloads(chart: ChartData, files: DownloadPaths, json: string, pagePath: string): Promise<Download[]> {
  const dataset = chart.data;
  const [png, xlsx] = await Promise.all([chartPng(chart, pngKey(files, dataset.id)), xlsxOf(dataset, pagePath)]);
  const list: { format: Download['format']; path: string; bytes: number; description: string }[] = [
    {
      format: 'CSV',
      path: files.csv(dataset.id),
      bytes: Buffer.byteLength(datasetCsv(dataset)),
      description: '表格数据，可用 Excel、WPS 打开',
    },
    {
      format: 'XLSX',
      path: files.xlsx(dataset.id),
      bytes: xlsx.length,
      description: 'Excel 工作簿，数字为数值格式，附来源说明；Excel、WPS、LibreOffice 均可直接打开',
    },
    { format: 'JSON', path: files.json(dataset.id), bytes: Buffer.byteLength(json), description: '机器可读数据' },
    { format: 'PNG', path: files.png(dataset.id), bytes: png.length, description: '图表图片' },
  ];
  return list.map(({ format, path, bytes, description }) => ({
    format,
    href: href(path),
    fileName: path.split('/').pop()!,
    size: formatFileSize(bytes),
    description,
  }));
}
