// The files offered under each figure, with format and size as statistics offices list them.
import { href } from './href.ts';
import { chartPng, type ChartData } from './chart-png.ts';
import { datasetCsv, datasetJson, formatFileSize } from '../lib/stats/csv.ts';
import { dataPaths } from '../lib/content/paths.ts';

export interface Download {
  format: 'CSV' | 'JSON' | 'PNG';
  href: string;
  fileName: string;
  size: string;
  description: string;
}

/** Called once per dataset (src/site/site.ts keeps the result). */
export async function datasetDownloads(chart: ChartData): Promise<Download[]> {
  const dataset = chart.data;
  const png = await chartPng(chart);
  const files: { format: Download['format']; path: string; bytes: number; description: string }[] = [
    {
      format: 'CSV',
      path: dataPaths.csv(dataset.id),
      bytes: Buffer.byteLength(datasetCsv(dataset)),
      description: '表格数据，可用 Excel、WPS 打开',
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
