// The files offered under each figure, with format and size as statistics offices list them.
import { href } from './href.ts';
import { chartPng, type ChartData } from './chart-png.ts';
import { formatFileSize } from '../lib/stats/csv.ts';
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

/** A figure with its page and where its files live: what the download list is made from (src/site/site.ts SiteFigure). */
export interface FigureFiles extends ChartData {
  /** What its PNG draws: itself, or for an indicator with many regions the first few (src/lib/stats/indicator.ts indicatorPicture). */
  picture: ChartData;
  /** Its page: /data/<id>/ or /indicators/<id>/. */
  page: string;
  /** Where its downloads live. */
  files: DownloadPaths;
  /** Its CSV and JSON files' text, made on first call and kept. */
  csv: () => string;
  json: () => string;
}

/** Called once per dataset or indicator (src/site/site.ts keeps the result). */
export async function figureDownloads(figure: FigureFiles): Promise<Download[]> {
  const { data, files } = figure;
  const [png, xlsx] = await Promise.all([chartPng(figure.picture, pngKey(files, data.id)), xlsxOf(data, figure.page)]);
  const list: { format: Download['format']; path: string; bytes: number; description: string }[] = [
    {
      format: 'CSV',
      path: files.csv(data.id),
      bytes: Buffer.byteLength(figure.csv()),
      description: '表格数据，可用 Excel、WPS 打开',
    },
    {
      format: 'XLSX',
      path: files.xlsx(data.id),
      bytes: xlsx.length,
      description: 'Excel 工作簿，数字为数值格式，附来源说明；Excel、WPS、LibreOffice 均可直接打开',
    },
    { format: 'JSON', path: files.json(data.id), bytes: Buffer.byteLength(figure.json()), description: '机器可读数据' },
    {
      format: 'PNG',
      path: files.png(data.id),
      bytes: png.length,
      description: figure.picture.data === data ? '图表图片' : `图表图片（${figure.picture.data.series.length} 个地区，见图下说明）`,
    },
  ];
  return list.map(({ format, path, bytes, description }) => ({
    format,
    href: href(path),
    fileName: path.split('/').pop()!,
    size: formatFileSize(bytes),
    description,
  }));
}
