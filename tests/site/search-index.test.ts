import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureSite, sampleSite } from '../support/paths.ts';
import { pagefindBinaryName } from '../../src/lib/search/build-index.ts';
import { BUNDLES_MANIFEST, bundlePath, type BundleEntry } from '../../src/lib/search/bundles.ts';

test('the extended Pagefind binary runs (it segments Chinese)', () => {
  expect(pagefindBinaryName()).toBe('pagefind_extended');
});

test.each([sampleSite, fixtureSite])('$name site: a Chinese index and a Traditional→Simplified map sized to the site', (site) => {
  const entry = JSON.parse(readFileSync(join(site.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
  expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  const variants = JSON.parse(readFileSync(join(site.dist, 'search/variants.json'), 'utf8')) as Record<string, string>;
  expect(variants['醫']).toBe('医');
  expect(variants['衛']).toBe('卫');
  expect(Object.values(variants).every((simplified) => [...simplified].length === 1)).toBe(true);
  expect(Buffer.byteLength(JSON.stringify(variants))).toBeLessThan(20_000);
  expect(existsSync(join(site.dist, 'pagefind/pagefind.js'))).toBe(true);
});

test('the fixture’s index is in bundles of 8 documents, newest first, each covering a run of dates (lib/search/bundles.ts)', () => {
  const bundles = JSON.parse(readFileSync(join(fixtureSite.dist, BUNDLES_MANIFEST), 'utf8')) as BundleEntry[];
  expect(bundles.length).toBeGreaterThan(2);
  expect(bundles.map((bundle) => bundle.path)).toEqual(bundles.map((_, n) => bundlePath(n)));
  expect(bundles.slice(0, -1).every((bundle) => bundle.pages === fixtureSite.searchBundlePages)).toBe(true);
  for (const [n, bundle] of bundles.entries()) {
    const entry = JSON.parse(readFileSync(join(fixtureSite.dist, bundle.path, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(bundle.pages);
    expect(bundle.newest >= bundle.oldest).toBe(true);
    if (n > 0) expect(bundle.newest <= bundles[n - 1]!.oldest).toBe(true);
    // Pagefind's own search interfaces are left out of every bundle but the first.
    expect(readdirSync(join(fixtureSite.dist, bundle.path)).some((name) => name.startsWith('pagefind-ui'))).toBe(n === 0);
  }
  // The sample is small: one bundle, where Pagefind's index always was.
  expect(JSON.parse(readFileSync(join(sampleSite.dist, BUNDLES_MANIFEST), 'utf8'))).toMatchObject([{ path: 'pagefind/' }]);
});
