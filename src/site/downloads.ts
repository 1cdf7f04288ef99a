// The files offered under each figure, with format and size as statistics offices list them.
import { href } from './href.ts';
import { chartPng } from './chart-png.ts';
import { datasetCsv, datasetJson, formatFileSize } from '../lib/stats/csv.ts';
import { dataPaths } from '../lib/content/paths.ts';
import type { Dataset } from '../lib/stats/dataset.ts';

export interface Download {
  format: 'CSV' | 'JSON' | 'PNG';
  href: string;
  fileName: string;
  size: string;
  description: string;
}

export async function datasetDownloads(dataset: Dataset): Promise<Download[]> {
  const png = await chartPng(dataset);
  return [
    { format: 'CSV', path: dataPaths.csv(dataset.id), bytes: Buffer.byteLength(datasetCsv(dataset)), description: '表格数据，可用 Excel、WPS 打开' },
    { format: 'JSON', path: dataPaths.json(dataset.id), bytes: Buffer.byteLength(datasetJson(dataset)), description: '机器可读数据' },
    { format: 'PNG', path: dataPaths.png(dataset.id), bytes: png.length, description: '图表图片' },
  ].map(({ format, path, bytes, description }) => ({
    format: format as Download['format'],
    href: href(path),
    fileName: path.split('/').pop()!,
    size: formatFileSize(bytes),
    description,
  }));
}
