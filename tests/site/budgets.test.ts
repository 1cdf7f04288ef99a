// Byte budget: every page ≤ 25 KB of HTML+CSS, gzip-compressed (what a phone downloads).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fixtureSite, sampleSite } from '../support/paths.ts';
import { fileOfUrl, htmlPages, urlOfFile } from '../support/dist.ts';
import { HANT_MAP_PATH } from '../../src/lib/reading/prefs.ts';
import { TARGETS } from '../../bench/lib/report.ts';
import { measurePages } from '../../bench/lib/pages.ts';

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

// Script before any choice: every page without a chart or the search box
// loads the reading settings and nothing else (the inline <head> script and
// one module with what it imports), measured as the bench measures it
// (bench/lib/pages.ts). ≤ 1 KB gzip. What a choice loads (the 繁體 converter
// and map, the speech code: bundles of their own) is reported apart.
test.each([fixtureSite, sampleSite])('$name site: script before any choice within 1 KB gzip on every reading page', (site) => {
  const reading = measurePages(site.dist, site.base).filter((page) => ['home', 'article', 'listing', 'other'].includes(page.kind));
  expect(reading.length).toBeGreaterThan(10);
  for (const page of reading) {
    expect(page.js.gzip, page.url).toBeGreaterThan(0);
    expect(page.js.gzip, page.url).toBeLessThanOrEqual(TARGETS.readingJsGzip);
  }
  const home = readFileSync(fileOfUrl(site, site.base)!, 'utf8');
  const onDemand = Object.fromEntries(
    [...home.matchAll(/data-(hant|speech)-script="([^"]+)"/g)].map((m) => [m[1]!, gzipSync(readFileSync(fileOfUrl(site, m[2]!)!)).length]),
  );
  expect(Object.keys(onDemand).sort()).toEqual(['hant', 'speech']);
  const map = readFileSync(fileOfUrl(site, `${site.base}${HANT_MAP_PATH.slice(1)}`)!);
  console.log(
    `${site.name}: script before any choice max ${Math.max(...reading.map((page) => page.js.gzip))} B gzip; on demand: 繁體 converter ${onDemand.hant} B + map ${gzipSync(map).length} B gzip (${map.length} B), 朗读 ${onDemand.speech} B`,
  );
});
