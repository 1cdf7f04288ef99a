// Sharding the archive (docs/scaling.md): two builds of the synthetic archive,
// split by province and served side by side under their own paths; shard A's
// search page merges shard B's Pagefind index, so one query finds pages from
// both. The same pages also meet the byte budgets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { writeArchive } from '../../bench/generate-archive.ts';
import { measurePages } from '../../bench/lib/pages.ts';
import { TARGETS } from '../../bench/lib/report.ts';
import { serveDirectory, type Served } from '../../bench/lib/serve.ts';
import { launchChromium } from '../support/browser.ts';
import { allResultPaths } from '../support/search-results.ts';
import { childEnvironment } from '../support/child-env.ts';
import { repoRoot } from '../support/paths.ts';
import { addHeaders, headersOf, watchViolations } from '../support/csp.ts';
import { contentSecurityPolicy } from '../../src/lib/content/csp.ts';

const root = join(repoRoot, 'tmp/test-sites/shards');
const OTHER_ORIGIN = 'https://shards.example.net';
const SHARDS = [
  { name: 'shard-a', provinces: ['hb', 'sx', 'ah', 'jx', 'hn'], seed: 21, merges: '/shard-b/' },
  // Shard B lists a shard that does not exist: the search page must leave it out and still work.
  // It also lists one on another origin, which its Content Security Policy must then allow (the
  // origin does not resolve; the CSP test below routes it to shard A's files).
  { name: 'shard-b', provinces: ['hun', 'gx', 'sc', 'gz', 'gs'], seed: 22, merges: `/shard-missing/,${OTHER_ORIGIN}/shard-a/` },
];
const COUNT = 30;

function buildShard(shard: (typeof SHARDS)[number]) {
  const archive = writeArchive(join(root, 'sources', shard.name), { count: COUNT, seed: shard.seed, provinces: shard.provinces });
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...childEnvironment(),
      WEIJIAN_CONTENT_DIR: archive.contentDir,
      WEIJIAN_OUT_DIR: join(root, 'www', shard.name),
      WEIJIAN_BASE: `/${shard.name}/`,
      WEIJIAN_SEARCH_SHARDS: shard.merges,
    },
  });
  if (result.status !== 0) throw new Error(`building ${shard.name} failed:\n${result.stdout}\n${result.stderr}`);
}

let served: Served;
let browser: Browser;
beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  for (const shard of SHARDS) buildShard(shard);
  served = await serveDirectory(join(root, 'www'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

function searchShardA(query: string): Promise<string[]> {
  return allResultPaths(browser, `${served.origin}/shard-a/search/?q=${encodeURIComponent(query)}`);
}

describe('two shards, one search', () => {
  test('each shard holds only its own provinces’ articles', () => {
    const slugs = (name: string) =>
      readdirSync(join(root, 'www', name, 'articles'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    expect(slugs('shard-a').every((slug) => SHARDS[0]!.provinces.includes(slug.split('-')[0]!))).toBe(true);
    expect(slugs('shard-b').every((slug) => SHARDS[1]!.provinces.includes(slug.split('-')[0]!))).toBe(true);
  });

  test('a query on shard A’s search page finds pages of both shards, each at its real address', async () => {
    const paths = await searchShardA('卫生健康');
    const a = paths.filter((path) => path.startsWith('/shard-a/articles/'));
    const b = paths.filter((path) => path.startsWith('/shard-b/articles/'));
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    for (const path of [a[0]!, b[0]!]) expect(existsSync(join(root, 'www', path, 'index.html')), path).toBe(true);
  });

  test('a place that only shard B covers is found from shard A', async () => {
    const regions = (await import(join(root, 'sources/shard-b/content/regions.json'), { with: { type: 'json' } })).default as {
      id: string;
      name: string;
    }[];
    const slugs = readdirSync(join(root, 'sources/shard-b/content/articles'));
    const region = regions.find((r) => slugs.some((slug) => slug.startsWith(`${r.id}-`)))!;
    const paths = await searchShardA(region.name);
    expect(paths.some((path) => path.startsWith(`/shard-b/articles/${region.id}-`))).toBe(true);
  });

  test('sorted by date, the two shards’ results are merged newest first (not one shard after the other)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.origin}/shard-a/search/?q=${encodeURIComponent('卫生')}&sort=date`);
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''));
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    }
    const rows = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((item) => ({
        path: new URL(item.querySelector('a')!.href).pathname,
        meta: item.querySelector('.meta')?.textContent ?? '',
      })),
    );
    await context.close();
    // Articles show their day (2019年9月13日); datasets a period, left out here.
    const dated = rows.flatMap(({ path, meta }) => {
      const day = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(meta);
      return path.includes('/articles/') && day
        ? [{ shard: path.split('/')[1], date: `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` }]
        : [];
    });
    expect(new Set(dated.map((row) => row.shard))).toEqual(new Set(['shard-a', 'shard-b']));
    const dates = dated.map((row) => row.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const firstB = dated.findIndex((row) => row.shard === 'shard-b');
    expect(dated.slice(firstB).some((row) => row.shard === 'shard-a')).toBe(true);
  });

  test('a listed shard that cannot be reached is left out: the shard still searches itself', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.origin}/shard-b/search/?q=${encodeURIComponent('卫生健康')}`);
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const paths = await page
      .locator('#search-results h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('/shard-b/'))).toBe(true);
    await context.close();
  });
});

describe('a shard on another origin and the Content Security Policy', () => {
  const policyOf = (name: string, path = 'index.html') =>
    /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(root, 'www', name, path), 'utf8'))?.[1];

  test('its origin joins connect-src, in the pages’ <meta> and in _headers; shards on the same origin add nothing', () => {
    const withOrigin = contentSecurityPolicy({ connectOrigins: [OTHER_ORIGIN] });
    expect(withOrigin).toContain(`connect-src 'self' ${OTHER_ORIGIN};`);
    for (const path of ['index.html', 'search/index.html', '404.html']) expect(policyOf('shard-b', path), path).toBe(withOrigin);
    expect(headersOf(join(root, 'www', 'shard-b'))['Content-Security-Policy']).toBe(`${withOrigin}; frame-ancestors 'none'`);
    expect(policyOf('shard-a')).toBe(contentSecurityPolicy());
    expect(headersOf(join(root, 'www', 'shard-a'))['Content-Security-Policy']).toBe(`${contentSecurityPolicy()}; frame-ancestors 'none'`);
  });

  // meta: as built; headers: `_headers` sent too (then it also governs Pagefind's worker);
  // without the origin: the policy as it would be had the build not added it.
  test.each(['meta', 'headers', 'headers without the origin'] as const)(
    'shard B’s search merges shard A from the other origin (policy from %s)',
    async (delivery) => {
      const context = await browser.newContext();
      const violations = await watchViolations(context);
      const headers = headersOf(join(root, 'www', 'shard-b'));
      const drop = (policy: string) => (delivery === 'headers without the origin' ? policy.replace(` ${OTHER_ORIGIN}`, '') : policy);
      if (delivery !== 'meta')
        await addHeaders(context, { ...headers, 'Content-Security-Policy': drop(headers['Content-Security-Policy']!) }, drop);
      // The other origin serves shard A's files, with CORS as a CDN would (registered last: it wins over addHeaders' route).
      await context.route(`${OTHER_ORIGIN}/**`, async (route) => {
        const response = await route.fetch({ url: route.request().url().replace(OTHER_ORIGIN, served.origin) });
        await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
      });
      const page = await context.newPage();
      await page.goto(`${served.origin}/shard-b/search/?q=${encodeURIComponent('卫生健康')}`);
      await page.waitForFunction(() => /^(找到|没有找到)/.test(document.querySelector('#search-status')?.textContent ?? ''));
      while (await page.locator('#search-more').isVisible()) {
        const before = await page.locator('#search-results li').count();
        await page.locator('#search-more').click();
        await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
      }
      const links = await page.locator('#search-results h3 a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      await page.waitForLoadState('networkidle');
      const reported = await violations(page);
      await context.close();
      expect(links.some((link) => link.startsWith(`${served.origin}/shard-b/articles/`))).toBe(true);
      if (delivery === 'headers without the origin') {
        // Refused by connect-src: the shard is left out, and the search still works.
        expect(links.some((link) => link.startsWith(OTHER_ORIGIN))).toBe(false);
        expect(reported.length).toBeGreaterThan(0);
        for (const report of reported) expect(report).toMatch(/connect-src|Connect to|Refused to connect|Fetch API/i);
      } else {
        expect(links.some((link) => link.startsWith(`${OTHER_ORIGIN}/shard-a/articles/`))).toBe(true);
        expect(reported).toEqual([]);
      }
    },
  );
});

describe('byte budgets on the synthetic archive', () => {
  test('articles: HTML+CSS ≤ 25 KB gzip; without a chart only the reading settings’ ≤ 1 KB JS; ≤ 90 KB JS with one', () => {
    for (const shard of SHARDS) {
      const pages = measurePages(join(root, 'www', shard.name), `/${shard.name}/`).filter((page) => page.kind.startsWith('article'));
      expect(pages.length).toBeGreaterThanOrEqual(COUNT);
      for (const page of pages) {
        expect(page.htmlCss.gzip, page.url).toBeLessThanOrEqual(25 * 1024);
        if (page.kind === 'article') {
          expect(page.js.gzip, page.url).toBeGreaterThan(0);
          expect(page.js.gzip, page.url).toBeLessThanOrEqual(TARGETS.readingJsGzip);
        } else expect(page.js.gzip, page.url).toBeLessThanOrEqual(TARGETS.chartJsGzip);
      }
      expect(pages.some((page) => page.kind === 'article-with-chart')).toBe(true);
    }
  });
});
