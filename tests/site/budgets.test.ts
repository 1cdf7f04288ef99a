// Byte budget: every page ≤ 25 KB of HTML+CSS, gzip-compressed (what a phone downloads).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fixtureSite, sampleSite } from '../support/paths.ts';
import { fileOfUrl, htmlPages, urlOfFile } from '../support/dist.ts';
import { EARLY_SCRIPT } from '../../src/lib/reading/early-script.ts';
import { HANT_MAP_PATH } from '../../src/lib/reading/prefs.ts';
import { TARGETS } from '../../bench/lib/report.ts';

const BUDGET = TARGETS.articleHtmlCssGzip;

test.each([fixtureSite, sampleSite])('$name site: HTML + CSS per page within 25 KB gzip', (site) => {
  const sizes: number[] = [];
  for (const file of htmlPages(site)) {
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(fileOfUrl(site, m[1]!)!));
    const bytes = gzipSync(html).length + css.reduce((sum, sheet) => sum + gzipSync(sheet).length, 0);
    sizes.push(bytes);
    expect(bytes, urlOfFile(site, file)).toBeLessThanOrEqual(BUDGET);
  }
  console.log(
    `${site.name}: ${sizes.length} pages, HTML+CSS gzip max ${Math.max(...sizes)} B, median ${sizes.sort((a, b) => a - b)[sizes.length >> 1]} B`,
  );
});

// Script before any choice: every reading page (an article without a chart, a
// listing) loads the reading settings and nothing else: the inline <head>
// script and one module with what it imports statically. ≤ 1 KB gzip. What a
// choice loads (the 繁體 converter and map, the speech code) is reported apart.
const SCRIPT_BUDGET = TARGETS.readingJsGzip;

/** gzip bytes of a module and the modules it imports statically (dynamic import() is on demand). */
function moduleBytes(site: typeof sampleSite, url: string, seen = new Set<string>()): number {
  if (seen.has(url)) return 0;
  seen.add(url);
  const code = readFileSync(fileOfUrl(site, url)!);
  let bytes = gzipSync(code).length;
  for (const m of code.toString().matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g))
    bytes += moduleBytes(site, new URL(m[1]!, `http://x${url}`).pathname, seen);
  return bytes;
}

test.each([fixtureSite, sampleSite])('$name site: script before any choice within 1 KB gzip on every reading page', (site) => {
  const sizes: number[] = [];
  for (const file of htmlPages(site)) {
    const html = readFileSync(file, 'utf8');
    if (/<figure class="chart"/.test(html) || /<weijian-search/.test(html)) continue;
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline, urlOfFile(site, file)).toEqual([EARLY_SCRIPT]);
    const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const bytes = gzipSync(EARLY_SCRIPT).length + modules.reduce((sum, url) => sum + moduleBytes(site, url), 0);
    sizes.push(bytes);
    expect(bytes, urlOfFile(site, file)).toBeLessThanOrEqual(SCRIPT_BUDGET);
  }
  expect(sizes.length).toBeGreaterThan(10);
  // On demand, reported apart: what choosing 繁體 or 朗读 loads.
  const home = readFileSync(
    htmlPages(site).find((file) => urlOfFile(site, file) === site.base)!,
    'utf8',
  );
  const onDemand = Object.fromEntries(
    [...home.matchAll(/data-(hant|speech)-script="([^"]+)"/g)].map((m) => [m[1]!, moduleBytes(site, m[2]!)]),
  );
  const map = readFileSync(fileOfUrl(site, `${site.base}${HANT_MAP_PATH.slice(1)}`)!);
  expect(Object.keys(onDemand).sort()).toEqual(['hant', 'speech']);
  console.log(
    `${site.name}: script before any choice max ${Math.max(...sizes)} B gzip; on demand: 繁體 converter ${onDemand.hant} B + map ${gzipSync(map).length} B gzip (${map.length} B), 朗读 ${onDemand.speech} B`,
  );
});
