// The files offered under each figure, with format and size as statistics offices list them.
import { href } from './href.ts';
import { chartPng, type ChartData } from './chart-png.ts';
import { datasetCsv, datasetJson, formatFileSize } from '../lib/stats/csv.ts';
import { dataPaths } from '../lib/content/paths.ts';
import { xlsxOf } from './xlsx.ts';

export interface Download {
  format: 'CSV' | 'XLSX' | 'JSON' | 'PNG';
  href: string;
  fileName: string;
  size: string;
  description: string;
}

/** Called once per dataset (src/site/site.ts keeps the result). */
export async function datasetDownloads(chart: ChartData): Promise<Download[]> {
  const dataset = chart.data;
  const [png, xlsx] = await Promise.all([chartPng(chart), xlsxOf(dataset)]);
  const files: { format: Download['format']; path: string; bytes: number; description: string }[] = [
    {
      format: 'CSV',
      path: dataPaths.csv(dataset.id),
      bytes: Buffer.byteLength(datasetCsv(dataset)),
      description: '表格数据，可用 Excel、WPS 打开',
    },
    {
      format: 'XLSX',
      path: dataPaths.xlsx(dataset.id),
      bytes: xlsx.length,
      description: 'Excel 工作簿，数字为数值格式，附来源说明',
    },
    { format: 'JSON', path: dataPaths.json(dataset.id), bytes: Buffer.byteLength(datasetJson(dataset)), description: '机器可读数据' },
    { format: 'PNG', path: dataPaths.png(dataset.id), bytes: png.length, description: '图表图片' },
  ];
  return files.map(({ format, path, bytes, description }) => ({
    format,
    href: href(path),
    fileName: path.split('/').pop()!,
    size: formatFileSize(bytes),
    description,
  }));
}
