// Each dataset's and indicator's workbook, made once per build: the download
// list needs its size and the .xlsx endpoint its bytes.
import { datasetXlsx } from '../lib/stats/xlsx.ts';
import type { Dataset } from '../lib/stats/dataset.ts';
import { absoluteHref } from './href.ts';
import { siteLicense } from './config.ts';

const made = new Map<string, Promise<Buffer>>();

/** `pagePath`: the page the figures belong to (/data/<id>/ or /indicators/<id>/), which also keys the workbook. */
export function xlsxOf(dataset: Dataset, pagePath: string): Promise<Buffer> {
  let workbook = made.get(pagePath);
  if (!workbook) {
    workbook = datasetXlsx(dataset, { pageUrl: absoluteHref(pagePath), license: siteLicense });
    made.set(pagePath, workbook);
  }
  return workbook;
}
