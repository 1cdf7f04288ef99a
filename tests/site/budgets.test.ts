// Byte budget: every page ≤ 25 KB of HTML+CSS, gzip-compressed (what a phone downloads).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fixtureSite, sampleSite } from '../support/paths.ts';
import { fileOfUrl, htmlPages, urlOfFile } from '../support/dist.ts';

const BUDGET = 25 * 1024;

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
