// /data/datapackage.json and the bulk archive of all data, made once per build
// from what the dataset and indicator pages already made (CSV text, workbooks).
import { datasetCsv } from '../lib/stats/csv.ts';
import { dataPackageJson } from '../lib/stats/datapackage.ts';
import { zipArchive, type ArchiveFile } from '../lib/stats/bulk-archive.ts';
import { paths } from '../lib/content/paths.ts';
import { href } from './href.ts';
import { siteConfig, siteLicense } from './config.ts';
import { loadSite } from './site.ts';
import { xlsxOf } from './xlsx.ts';

const absolute = (path: string) => new URL(href(path), import.meta.env.SITE).href;

let packageText: Promise<string> | undefined;
let archive: Promise<Uint8Array> | undefined;

/** The Frictionless Data Package describing every dataset's CSV (paths relative to /data/). */
export function dataPackageText(): Promise<string> {
  packageText ??= loadSite().then(({ datasets, regionNames }) =>
    dataPackageJson({
      datasets: datasets.map(({ data }) => data),
      site: siteConfig,
      license: siteLicense,
      homepage: absolute(paths.home()),
      datasetPageUrl: (id) => absolute(paths.dataset(id)),
      regionName: (id) => regionNames.get(id) ?? id,
    }),
  );
  return packageText;
}

/**
 * One ZIP of every dataset's CSV and XLSX with the data package at its root
 * (its relative paths hold there too), and each indicator's CSV and XLSX under indicators/.
 */
export function dataArchive(): Promise<Uint8Array> {
  archive ??= (async () => {
    const { datasets, indicatorPages } = await loadSite();
    const files: ArchiveFile[] = [{ name: 'datapackage.json', bytes: await dataPackageText() }];
    for (const { data } of datasets)
      files.push(
        { name: `${data.id}.csv`, bytes: datasetCsv(data) },
        { name: `${data.id}.xlsx`, bytes: await xlsxOf(data, paths.dataset(data.id)) },
      );
    for (const { data } of indicatorPages)
      files.push(
        { name: `indicators/${data.id}.csv`, bytes: datasetCsv(data) },
        { name: `indicators/${data.id}.xlsx`, bytes: await xlsxOf(data, paths.indicator(data.id)) },
      );
    return zipArchive(files);
  })();
  return archive;
}
