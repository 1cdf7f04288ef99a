import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../site/site.ts';
import { xlsxOf } from '../../site/xlsx.ts';
import { DOWNLOAD_MEDIA_TYPES } from '../../lib/stats/media-types.ts';
import { paths } from '../../lib/content/paths.ts';

export const getStaticPaths = (async () =>
  (await loadSite()).datasets.map(({ data }) => ({ params: { id: data.id }, props: { dataset: data } }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<InferGetStaticPropsType<typeof getStaticPaths>>) {
  return new Response(new Uint8Array(await xlsxOf(props.dataset, paths.dataset(props.dataset.id))), {
    headers: { 'Content-Type': DOWNLOAD_MEDIA_TYPES.XLSX },
  });
}
