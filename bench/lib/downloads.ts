// Bytes of what a journalist downloads (issue 16): each dataset's and each
// indicator's CSV, XLSX, JSON and PNG, and the whole-site files (the data
// package, the list for scripts, the archive of all data), as served.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distribution, type Distribution } from './pages.ts';

export const DOWNLOAD_FORMATS = ['csv', 'xlsx', 'json', 'png'] as const;
export const WHOLE_SITE_FILES = ['data/datapackage.json', 'data/index.json', 'data/weijian-data.zip'] as const;

export interface DownloadGroup {
  /** 'data' (a region's statistic file) or 'indicators' (one indicator across regions). */
  folder: 'data' | 'indicators';
  format: (typeof DOWNLOAD_FORMATS)[number];
  files: number;
  bytes: Distribution;
}

export interface DownloadSizes {
  groups: DownloadGroup[];
  /** Bytes of each whole-site file, by its path under the site. */
  wholeSite: Record<string, number>;
}

export function measureDownloads(distDir: string): DownloadSizes {
  const groups: DownloadGroup[] = [];
  for (const folder of ['data', 'indicators'] as const) {
    const dir = join(distDir, folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((name) => !WHOLE_SITE_FILES.includes(`${folder}/${name}` as never));
    for (const format of DOWNLOAD_FORMATS) {
      const sizes = names.filter((name) => name.endsWith(`.${format}`)).map((name) => statSync(join(dir, name)).size);
      if (sizes.length) groups.push({ folder, format, files: sizes.length, bytes: distribution(sizes) });
    }
  }
  const wholeSite = Object.fromEntries(
    WHOLE_SITE_FILES.filter((path) => existsSync(join(distDir, path))).map((path) => [path, statSync(join(distDir, path)).size]),
  );
  return { groups, wholeSite };
}
