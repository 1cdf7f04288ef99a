// The built pages besides articles and datasets whose text the 繁體 map needs:
// listing, search and error pages carry headings and labels no article has.
// Their later pages (…/2/, …/3/) repeat the first page's furniture and list
// articles whose titles and summaries the map already has from the articles
// themselves, so they are left out (at 10,000 articles that is most of them).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Below articles/ and data/ every folder is one article or dataset (or a later listing page):
// not walked at all, which at 10,000 articles saves 10,000 directory reads.
const CONTENT_FOLDERS = new Set(['articles', 'data']);
// /regions/<id>/2/ and the like (paths.ts); /years/2019/ itself is a first page.
const LATER_PAGE = /^(regions|topics|years|types)\/[^/]+\/\d+\/index\.html$/;

/** The browser scripts, whose messages (search status, 朗读's 继续) are page text too once shown. */
export function clientScripts(distDir: string): string[] {
  const dir = join(distDir, '_astro');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => join(dir, name));
}

export function furniturePages(distDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (['pagefind', '_astro', 'reading', 'search-index'].includes(path) || CONTENT_FOLDERS.has(relative)) continue;
        walk(join(dir, entry.name), path);
      } else if (entry.name.endsWith('.html') && !LATER_PAGE.test(path)) {
        files.push(join(dir, entry.name));
      }
    }
  };
  walk(distDir, '');
  return files.sort();
}
