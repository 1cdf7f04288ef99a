// /data/datapackage.json and the bulk archive of all data, made once per build
// from what the dataset and indicator pages already made (CSV text, workbooks).
import { dataPackageJson } from '../lib/stats/datapackage.ts';
import { zipArchive, type ArchiveFile } from '../lib/stats/bulk-archive.ts';
import { paths } from '../lib/content/paths.ts';
import { absoluteHref } from './href.ts';
import { siteConfig, siteLicense } from './config.ts';
import { loadSite, type SiteFigure } from './site.ts';
import { xlsxOf } from './xlsx.ts';

let packageText: Promise<string> | undefined;
let archive: Promise<Uint8Array> | undefined;

/** The Frictionless Data Package describing every dataset's CSV (paths relative to /data/). */
export function dataPackageText(): Promise<string> {
  packageText ??= loadSite().then(({ datasets, regionName }) =>
    dataPackageJson({
      datasets: datasets.map(({ data }) => data),
      site: siteConfig,
      license: siteLicense,
      homepage: absoluteHref(paths.home()),
      datasetPageUrl: (id) => absoluteHref(paths.dataset(id)),
      regionName,
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
    const add = async (folder: string, figure: SiteFigure) =>
      files.push(
        { name: `${folder}${figure.data.id}.csv`, bytes: figure.csv() },
        { name: `${folder}${figure.data.id}.xlsx`, bytes: await xlsxOf(figure.data, figure.page) },
      );
    for (const dataset of datasets) await add('', dataset);
    for (const indicator of indicatorPages) await add('indicators/', indicator);
    return zipArchive(files);
  })();
  return archive;
}
