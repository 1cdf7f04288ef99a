import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureSite, sampleSite } from '../support/paths.ts';
import { pagefindBinaryName } from '../../src/lib/search/build-index.ts';

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
