// `npm run build`: the content check first; only if it passes, the Astro build.
// A failing check writes nothing, so a bad commit can never reach the site.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runContentCheck } from '../src/lib/check/run.ts';
import { contentDirFrom } from '../src/lib/content/content-dir.ts';
import { readSiteConfig, SITE_CONFIG_FILE } from '../src/lib/content/site-config.ts';
import { licenseUnchosen } from '../src/lib/schema/site-config.ts';
import { messages } from '../src/lib/messages/messages.ts';
import { cspOptionsFromEnv, headersFile } from '../src/lib/content/csp.ts';
import { BUILD_FACTS_ENV, buildFactsFrom, serializeBuildFacts } from '../src/lib/content/build-facts.ts';

// `npm run bench` asks for each stage's start and end (epoch ms) in a JSON file.
const stages: { name: string; start: number; end: number }[] = [];
const stage = <T>(name: string, run: () => T): T => {
  const start = Date.now();
  const result = run();
  stages.push({ name, start, end: Date.now() });
  return result;
};

const cwd = process.cwd();
const checked = stage('check', () => runContentCheck(cwd, process.env, '网站没有生成。'));
if (!checked) process.exit(1);
// Choosing the licence is the publishing agency's decision: the site is built, but nobody is left unaware.
const contentDir = resolve(cwd, contentDirFrom(process.env));
if (licenseUnchosen(readSiteConfig(contentDir)))
  console.warn(`[weijian] ${messages.licenseUnchosen(relative(cwd, join(contentDir, SITE_CONFIG_FILE)).split(sep).join('/'))}`);

// Astro runs in a process of its own, so its memory is freed before Pagefind
// starts in this one: at 10,000 articles Astro peaks at 5.1 GiB and Pagefind at
// 6.3 GiB, together more than the 8 GiB budget (docs/scaling.md).
// What the check found that pages need (which articles cite which dataset)
// goes to it in a small file, outside the repository.
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const factsDir = mkdtempSync(join(tmpdir(), 'weijian-build-'));
const factsFile = join(factsDir, 'build-facts.json');
writeFileSync(factsFile, serializeBuildFacts(buildFactsFrom(checked)));
const astro = stage('astro', () =>
  spawnSync(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, WEIJIAN_CONTENT_DIR: contentDir, [BUILD_FACTS_ENV]: factsFile },
  }),
);
rmSync(factsDir, { recursive: true, force: true });
if (astro.status !== 0) process.exit(astro.status ?? 1);

// Search index over the built pages (Pagefind, Chinese segmentation).
const searchStart = Date.now();
const { indexSite } = await import('../src/lib/search/build-index.ts');
const { bundlePages } = await import('../src/lib/search/bundles.ts');
const distDir = resolve(projectRoot, process.env.WEIJIAN_OUT_DIR || 'dist');
const report = await indexSite({
  checked,
  contentDir,
  distDir,
  pagesPerBundle: bundlePages(process.env.WEIJIAN_SEARCH_BUNDLE_PAGES),
});
console.log(
  `搜索索引：${report.pages} 个页面，分 ${report.bundles} 个索引包，${report.binary}，用时 ${report.seconds.toFixed(1)} 秒；繁简对照表 ${report.variantMapBytes} 字节；` +
    `繁體转换表 ${report.hantMapEntries} 条，${report.hantMapBytes} 字节，用时 ${report.hantMapSeconds.toFixed(1)} 秒。`,
);
stages.push({ name: 'search', start: searchStart, end: Date.now() });
// The pages' Content Security Policy and the headers that only work as HTTP
// headers, for hosts that read `_headers` (Netlify, Cloudflare Pages).
writeFileSync(join(distDir, '_headers'), headersFile(cspOptionsFromEnv(process.env)));
if (process.env.WEIJIAN_BUILD_STAGES)
  writeFileSync(process.env.WEIJIAN_BUILD_STAGES, JSON.stringify({ stages, searchPages: report.pages }));
