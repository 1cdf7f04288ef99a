// The CI matrix for a large archive, run here as the workflow runs it
// (`npm run shards -- run`: plan, one build per shard, assemble): the synthetic
// archive as two province shards sharing one regions.json and topics.json. The
// assembled tree is served as a host would serve it; its root lists the shards,
// its 404 page leads back, one search page finds pages of every shard, and a
// shard whose inputs did not change is not built again.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeShardedArchive } from '../../bench/lib/shard-archive.ts';
import { serveDirectory, type Served } from '../../bench/lib/serve.ts';
import { launchChromium } from '../support/browser.ts';
import { allResultPaths } from '../support/search-results.ts';
import { childEnvironment } from '../support/child-env.ts';
import { repoRoot, sampleSite } from '../support/paths.ts';
import { watchViolations } from '../support/csp.ts';
import { messages } from '../../src/lib/messages/messages.ts';

const root = join(repoRoot, 'tmp/test-sites/shard-matrix');
const SHARDS = [
  { id: 'north', title: '河北 山西 安徽 江西 河南', provinces: ['hb', 'sx', 'ah', 'jx', 'hn'] },
  { id: 'south', title: '湖南 广西 四川 贵州 甘肃', provinces: ['hun', 'gx', 'sc', 'gz', 'gs'] },
];

/** The shard steps set each build's base, output and content folder themselves. */
const cleanEnvironment = () => childEnvironment((name) => ['WEIJIAN_BASE', 'WEIJIAN_OUT_DIR', 'WEIJIAN_CONTENT_DIR'].includes(name));

function shards(args: string[] | string, extraEnv: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/shards.ts'), ...[args].flat()], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnvironment(), ...extraEnv },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const built = (output: string) => [...output.matchAll(/^分站 (\S+)（[^）]*）：\d+ 篇文章，构建用时/gm)].map((m) => m[1]);
const reused = (output: string) => [...output.matchAll(/^分站 (\S+)（[^）]*）：内容、代码和分站列表都没有变/gm)].map((m) => m[1]);

let served: Served;
let browser: Browser;
let firstRun: string;
let articles: Record<string, number>;
beforeAll(async () => {
  ({ articles } = writeShardedArchive(root, { count: 40, seed: 31, shards: SHARDS }));
  const run = shards('run');
  if (run.status !== 0) throw new Error(run.output);
  firstRun = run.output;
  served = await serveDirectory(join(root, 'dist'), { gzip: false });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the matrix run, assembled', () => {
  test('each shard is built once, under its own address, holding only its provinces', () => {
    expect(built(firstRun)).toEqual(['north', 'south']);
    for (const shard of SHARDS) {
      const slugs = readdirSync(join(root, 'dist', shard.id, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory());
      expect(slugs.length).toBe(articles[shard.id]);
      expect(slugs.every((slug) => shard.provinces.includes(slug.name.split('-')[0]!))).toBe(true);
      const home = readFileSync(join(root, 'dist', shard.id, 'index.html'), 'utf8');
      expect(home).toContain(`action="/${shard.id}/search/"`);
      // Every shard's header leads back to the page that lists them all.
      expect(home).toContain('<a href="/">全部分站</a>');
    }
    // A site of its own has no such link.
    expect(readFileSync(join(sampleSite.dist, 'index.html'), 'utf8')).not.toContain('全部分站');
  });

  test('the root page lists every shard with its count, and the 404 page leads back; both pass axe and the CSP', async () => {
    const context = await browser.newContext();
    const violations = await watchViolations(context);
    const page = await context.newPage();
    const home = await page.goto(`${served.origin}/`);
    expect(home?.status()).toBe(200);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    for (const shard of SHARDS) {
      expect(links).toContainEqual([shard.title, `/${shard.id}/`]);
      expect(links).toContainEqual(['在这里搜索全部分站', `/${shard.id}/search/`]);
      await expect(page.locator('main').textContent()).resolves.toContain(`${articles[shard.id]} 篇报告`);
    }
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
    expect(await violations(page)).toEqual([]);
    const missing = await page.goto(`${served.origin}/no-such-page/`);
    expect(missing?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('没有找到这个页面');
    await page.locator('main a', { hasText: '首页' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  test('one search page finds pages of every shard, each at its real address', async () => {
    const paths = await allResultPaths(browser, `${served.origin}/north/search/?q=${encodeURIComponent('卫生健康')}`);
    for (const shard of SHARDS) {
      const own = paths.filter((path) => path.startsWith(`/${shard.id}/articles/`));
      expect(own.length, shard.id).toBeGreaterThan(0);
      expect(existsSync(join(root, 'dist', own[0]!, 'index.html'))).toBe(true);
    }
  });

  test('a shard whose inputs did not change reuses its last output; a changed one alone is built again', () => {
    const again = shards('run');
    expect(again.status, again.output).toBe(0);
    expect(reused(again.output)).toEqual(['north', 'south']);
    expect(built(again.output)).toEqual([]);

    const south = join(root, 'archive/south/articles');
    const file = join(south, readdirSync(south).sort()[0]!);
    appendFileSync(file, '\n本文另附说明。\n');
    const changed = shards('run');
    expect(changed.status, changed.output).toBe(0);
    expect(reused(changed.output)).toEqual(['north']);
    expect(built(changed.output)).toEqual(['south']);
  });

  test('in GitHub Actions every shard is checked and a problem in one is annotated on its line', () => {
    const bad = join(root, 'archive/south/articles/zz-bad.mdx');
    writeFileSync(
      bad,
      readFileSync(join(root, 'archive/south/articles', readdirSync(join(root, 'archive/south/articles')).sort()[0]!), 'utf8').replace(
        /^region: .*$/m,
        'region: nowhere',
      ),
    );
    try {
      const run = shards('check', { GITHUB_ACTIONS: 'true' });
      expect(run.status).toBe(1);
      expect(run.output).toContain('检查分站 north');
      expect(run.output).toContain('检查分站 south');
      expect(run.output).toMatch(/^::error file=archive\/south\/articles\/zz-bad\.mdx,line=\d+,title=内容检查：region::/m);
      expect(run.output.match(/^::error /gm)).toHaveLength(1);
    } finally {
      rmSync(bad);
    }
    expect(shards('check', { GITHUB_ACTIONS: 'true' }).status).toBe(0);
  });

  test('shards whose regions.json differ are refused before anything is built, naming both files', () => {
    const regions = join(root, 'archive/north/regions.json');
    const original = readFileSync(regions, 'utf8');
    writeFileSync(regions, original.replace(/\n$/, '\n\n'));
    try {
      const refused = shards('plan');
      expect(refused.status).toBe(1);
      expect(refused.output.trim()).toBe(messages.shardSharedDiffers('regions.json', 'archive/north', 'archive/south'));
    } finally {
      writeFileSync(regions, original);
    }
  });
});
