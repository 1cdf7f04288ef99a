// The search stage alone, again, on a site already built: for comparing index
// arrangements (bundle sizes) on the same pages in one run.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runContentCheck } from '../../src/lib/check/run.ts';
import { indexSite } from '../../src/lib/search/build-index.ts';

export async function reindex(contentDir: string, distDir: string, pagesPerBundle: number): Promise<void> {
  const env = { ...process.env, WEIJIAN_CONTENT_DIR: contentDir };
  const checked = runContentCheck(process.cwd(), env, '搜索索引没有重建。');
  if (!checked) throw new Error(`the content in ${contentDir} does not pass the check`);
  for (const name of readdirSync(distDir)) if (name.startsWith('pagefind')) rmSync(join(distDir, name), { recursive: true, force: true });
  await indexSite({ checked, contentDir, distDir, pagesPerBundle });
}
