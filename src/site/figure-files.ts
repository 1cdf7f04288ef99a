// The four files beside every dataset page (/data/<id>.csv, .xlsx, .json, .png)
// and every indicator page (/indicators/<id>.*): one route file per format and
// place, each wiring the same two functions.
import type { APIContext } from 'astro';
import { loadSite, type SiteFigure } from './site.ts';
import { chartPng } from './chart-png.ts';
import { pngKey } from './downloads.ts';
import { xlsxOf } from './xlsx.ts';
import { DOWNLOAD_MEDIA_TYPES } from '../lib/stats/media-types.ts';
import type { DownloadFormat } from '../lib/content/paths.ts';

/** A route's pages: each dataset's, or each indicator with data. */
export async function figureStaticPaths(kind: 'datasets' | 'indicators') {
  const site = await loadSite();
  const figures: SiteFigure[] = kind === 'datasets' ? site.datasets : site.indicatorPages;
  return figures.map((figure) => ({ params: { id: figure.data.id }, props: { figure } }));
}

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: `${DOWNLOAD_MEDIA_TYPES.CSV}; charset=utf-8`,
  json: `${DOWNLOAD_MEDIA_TYPES.JSON}; charset=utf-8`,
  xlsx: DOWNLOAD_MEDIA_TYPES.XLSX,
  png: DOWNLOAD_MEDIA_TYPES.PNG,
};

const BODIES: Record<DownloadFormat, (figure: SiteFigure) => Promise<string | Uint8Array<ArrayBuffer>>> = {
  csv: async (figure) => figure.csv(),
  json: async (figure) => figure.json(),
  xlsx: async (figure) => new Uint8Array(await xlsxOf(figure.data, figure.page)),
  png: async (figure) => new Uint8Array(await chartPng(figure.picture, pngKey(figure.files, figure.data.id))),
};

/** The GET handler for one format: the figure's file, made once per build. */
export function figureFile(format: DownloadFormat) {
  return async ({ props }: APIContext<{ figure: SiteFigure }>): Promise<Response> =>
    new Response(await BODIES[format](props.figure), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
