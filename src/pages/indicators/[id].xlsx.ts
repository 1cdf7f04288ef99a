import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { xlsxOf } from '../../site/xlsx.ts';
import { DOWNLOAD_MEDIA_TYPES } from '../../lib/stats/media-types.ts';
import { paths } from '../../lib/content/paths.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).indicatorPages.map((indicator) => ({
    params: { id: indicator.data.id },
    props: { indicator },
  }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  const workbook = await xlsxOf(props.indicator.data, paths.indicator(props.indicator.data.id));
  return new Response(new Uint8Array(workbook), { headers: { 'Content-Type': DOWNLOAD_MEDIA_TYPES.XLSX } });
}
