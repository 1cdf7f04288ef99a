// Each dataset's workbook, made once per build: the download list needs its
// size and /data/<id>.xlsx its bytes.
import { datasetXlsx } from '../lib/stats/xlsx.ts';
import { paths } from '../lib/content/paths.ts';
import type { Dataset } from '../lib/stats/dataset.ts';
import { href } from './href.ts';

const made = new Map<string, Promise<Buffer>>();

export function xlsxOf(dataset: Dataset): Promise<Buffer> {
  let workbook = made.get(dataset.id);
  if (!workbook) {
    workbook = datasetXlsx(dataset, { pageUrl: new URL(href(paths.dataset(dataset.id)), import.meta.env.SITE).href });
    made.set(dataset.id, workbook);
  }
  return workbook;
}
