// `npm run bench`: builds the synthetic archive at 1,000 and 10,000 articles
// with weijian, with the floor (bare Astro + bare Pagefind on the same MDX)
// and with Debian's hugo (same articles as Markdown); then, on the largest
// build, measures bytes per page, search in Chromium and Lighthouse. Writes
// bench/results.json (raw figures) and bench/REPORT.md.
//   npm run bench -- --sizes 1000 --skip-lighthouse      (a quicker run)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeArchive } from './generate-archive.ts';
import { measureShardMatrix, searchIndexSize } from './lib/shard-matrix.ts';
import { directorySize, measure, peakBetween, type Measured } from './lib/measure.ts';
import { writeHugoSite } from './lib/hugo-site.ts';
import { measurePages, summariseByKind } from './lib/pages.ts';
import { measureDownloads } from './lib/downloads.ts';
import { serveDirectory, type Served } from './lib/serve.ts';
import { measureBarePagefind, measureSearch, pagefindFixedBytes, QUERIES } from './lib/search.ts';
import { measureQuality, QUALITY_QUERIES, searchPageResults } from './lib/search-quality.ts';
import { reindex } from './lib/reindex.ts';
import { DEFAULT_BUNDLE_PAGES } from '../src/lib/search/bundles.ts';
import { launchChromium } from './lib/chromium.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import { READING_CHOICES, READING_STORAGE_KEY } from '../src/lib/reading/prefs.ts';
import { measureRealWeb, type RealWebPage } from './real-web.ts';
import { writeReport, type BenchResults, type BuildFigures, type BuildRun, type StageFigures } from './lib/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-floor': { type: 'boolean', default: false },
    'skip-shards': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    // The last commit before the text-damage, link and re-post rules (issue 11): its checker is timed in the same run.
    'check-base': { type: 'string', default: 'dbcb89c' },
    // What the base is, for the report, and the ratio the check may take against it.
    'check-base-note': { type: 'string', default: '加入文字损坏、链接和转载规则之前' },
    'check-target': { type: 'string', default: '2' },
    // `--real-web <folder>`: the importer and the check on saved public pages (bench/real-web.ts).
    'real-web': { type: 'string' },
    // `--build-base <rev>`: whole builds of the current tree and of <rev>, taking turns.
    'build-base': { type: 'string' },
    out: { type: 'string', default: 'bench' },
    repeat: { type: 'string', default: '2' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
const repeat = Math.max(1, Number(values.repeat));
const outDir = resolve(root, values.out);
const node = process.execPath;
const log = (message: string) => console.log(`\n[bench] ${message}`);

function stageFigures(name: string, run: Measured, start = run.start, end = run.end): StageFigures {
  return { name, seconds: (end - start) / 1000, peakRssBytes: peakBetween(run.samples, start, end) };
}

// Every measured build starts cold: empty output, no content-layer cache from an earlier build.
function coldStart(projectDir: string, output: string) {
  rmSync(output, { recursive: true, force: true });
  rmSync(join(projectDir, 'node_modules/.astro/data-store.json'), { force: true });
}

type Stage = { name: string; start: number; end: number };

/** One cold `scripts/build.ts` of `projectDir` (this tree, or an earlier commit's), with the stage times it records. */
async function timedBuild(
  projectDir: string,
  contentDir: string,
  dist: string,
  stagesFile: string,
): Promise<{ run: Measured; stages: Stage[] }> {
  coldStart(projectDir, dist);
  const run = await measure(node, [join(projectDir, 'scripts/build.ts')], {
    cwd: projectDir,
    quiet: true,
    env: { ...process.env, WEIJIAN_CONTENT_DIR: contentDir, WEIJIAN_OUT_DIR: dist, WEIJIAN_BUILD_STAGES: stagesFile },
  });
  const { stages } = JSON.parse(readFileSync(stagesFile, 'utf8')) as { stages: Stage[] };
  return { run, stages };
}

async function buildWeijian(contentDir: string, dist: string, stagesFile: string): Promise<BuildFigures> {
  const { run, stages } = await timedBuild(root, contentDir, dist, stagesFile);
  const pages = Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? 0);
  console.log(`  weijian ${run.seconds.toFixed(1)} s, ${pages} pages, peak ${(run.peakRss / 2 ** 30).toFixed(2)} GiB`);
  return {
    seconds: run.seconds,
    pages,
    peakRssBytes: run.peakRss,
    output: directorySize(dist),
    // Every bundle (pagefind/, pagefind-2/, …): the whole index, as the floor's single one.
    searchIndex: searchIndexSize(dist),
    stages: stages.map((stage) => stageFigures(stage.name, run, stage.start, stage.end)),
  };
}

async function buildFloor(contentDir: string, floorDist: string, count: number): Promise<BuildFigures> {
  coldStart(join(root, 'bench/floor'), floorDist);
  const astro = await measure(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: join(root, 'bench/floor'),
    quiet: true,
    env: { ...process.env, FLOOR_CONTENT_DIR: contentDir, FLOOR_OUT_DIR: floorDist },
  });
  const pagefind = await measure(node, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', floorDist], {
    cwd: root,
    quiet: true,
  });
  console.log(
    `  floor: Astro ${astro.seconds.toFixed(1)} s (peak ${(astro.peakRss / 2 ** 30).toFixed(2)} GiB), Pagefind ${pagefind.seconds.toFixed(1)} s (peak ${(pagefind.peakRss / 2 ** 30).toFixed(2)} GiB)`,
  );
  return {
    seconds: astro.seconds + pagefind.seconds,
    pages: count,
    peakRssBytes: Math.max(astro.peakRss, pagefind.peakRss),
    output: directorySize(floorDist),
    searchIndex: directorySize(join(floorDist, 'pagefind')),
    stages: [stageFigures('astro', astro), stageFigures('search', pagefind)],
  };
}

const fastest = (runs: BuildFigures[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

async function buildAll(count: number): Promise<BuildRun> {
  const dir = join(root, 'tmp/bench', `archive-${count}`);
  log(`generating ${count} articles (seed ${seed})`);
  const archive = writeArchive(dir, { count, seed });
  const dist = join(dir, 'dist');

  // weijian and the floor take turns, `repeat` times each; the fastest run of
  // each is reported (both sides alike), every run's time is listed.
  const ours: BuildFigures[] = [];
  const floors: BuildFigures[] = [];
  for (let round = 1; round <= repeat; round++) {
    log(`${count} articles, round ${round} of ${repeat}`);
    ours.push(await buildWeijian(archive.contentDir, dist, join(dir, 'stages.json')));
    if (!values['skip-floor']) floors.push(await buildFloor(archive.contentDir, join(dir, 'floor-dist'), count));
  }
  // The last weijian build is the one left in dist/ for the page, search and Lighthouse measurements.
  const run: BuildRun = {
    articles: count,
    withChart: archive.withChart,
    datasets: archive.datasets,
    regionsPerIndicator: archive.regionsPerIndicator,
    characters: archive.characters,
    weijian: fastest(ours),
    allSeconds: { weijian: ours.map((r) => r.seconds), floor: floors.map((r) => r.seconds) },
  };
  if (floors.length) run.floor = fastest(floors);

  if (hugoVersion()) {
    const hugoDir = join(dir, 'hugo');
    const hugoDist = join(dir, 'hugo-dist');
    writeHugoSite(hugoDir, archive.markdownDir);
    log(`reference: hugo over the same articles as Markdown`);
    const hugo = await measure('hugo', ['--source', hugoDir, '--destination', hugoDist, '--quiet'], { cwd: root, quiet: true });
    console.log(`  ${hugo.seconds.toFixed(1)} s, peak ${(hugo.peakRss / 2 ** 30).toFixed(2)} GiB`);
    run.hugo = {
      seconds: hugo.seconds,
      pages: count,
      peakRssBytes: hugo.peakRss,
      output: directorySize(hugoDist),
      stages: [stageFigures('hugo', hugo)],
    };
  }
  return run;
}

/**
 * The content folder commit `rev` is measured on, beside this tree's `contentDir`
 * for `size` articles: a commit before indicators (b073098, issue 16) refuses a
 * series' `indicator` field, so it gets the same archive without them.
 */
function contentForCommit(rev: string, size: number, contentDir: string): { contentDir: string; withoutIndicators: boolean } {
  if (gitHas(rev, 'src/lib/stats/indicator.ts')) return { contentDir, withoutIndicators: false };
  const dir = join(root, 'tmp/bench', `archive-${size}-without-indicators`);
  return { contentDir: writeArchive(dir, { count: size, seed, indicators: false }).contentDir, withoutIndicators: true };
}

/** Whether `path` exists at commit `rev`. */
function gitHas(rev: string, path: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${rev}:${path}`], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function hugoVersion(): string | undefined {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

// A small unreported build of each first, so no measured run pays for a cold
// disk cache or Vite's one-time dependency scan (the first build of a session
// measured twice as slow as the next).
async function warmUp() {
  log('warm-up (not reported)');
  const dir = join(root, 'tmp/bench', 'warm-up');
  const archive = writeArchive(dir, { count: 50, seed });
  await measure(node, [join(root, 'scripts/build.ts')], {
    cwd: root,
    quiet: true,
    env: { ...process.env, WEIJIAN_CONTENT_DIR: archive.contentDir, WEIJIAN_OUT_DIR: join(dir, 'dist') },
  });
  if (!values['skip-floor']) {
    await measure(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: join(root, 'bench/floor'),
      quiet: true,
      env: { ...process.env, FLOOR_CONTENT_DIR: archive.contentDir, FLOOR_OUT_DIR: join(dir, 'floor-dist') },
    });
  }
}

/** Ours on the weijian build, and bare Pagefind on the floor's build of the same archive. */
async function measureSearchOf(results: BenchResults, size: number, served: Served) {
  const dir = join(root, 'tmp/bench', `archive-${size}`);
  log('search in Chromium');
  results.search = { site: size, queries: await measureSearch(served), fixed: pagefindFixedBytes(join(dir, 'dist/pagefind')) };
  const floorDist = join(dir, 'floor-dist');
  if (existsSync(join(floorDist, 'pagefind'))) {
    log('the same queries on bare Pagefind (the floor)');
    const floorServed = await serveDirectory(floorDist);
    try {
      results.search.bare = await measureBarePagefind(floorServed);
      results.search.bareFixed = pagefindFixedBytes(join(floorDist, 'pagefind'));
    } finally {
      await floorServed.close();
    }
  }
}

/**
 * On the smallest archive: recall, precision and exact-first of the search
 * page against the pages' own text, beside Pagefind's own search; and how
 * many of the first ten results shown with the index in bundles of 100 are
 * the first ten of one single index (the search stage is run again for each,
 * then once more as built).
 */
async function measureQualityOf(results: BenchResults, size: number) {
  const dir = join(root, 'tmp/bench', `archive-${size}`);
  const dist = join(dir, 'dist');
  const contentDir = join(dir, 'content');
  if (!existsSync(join(dist, 'search'))) return;
  log(`search quality on the ${size}-article site`);
  const served = await serveDirectory(dist);
  const browser = await launchChromium();
  // A failure here is reported, not fatal: the rest of the run is still written.
  try {
    const queries = [...new Set([...QUALITY_QUERIES, ...QUERIES])];
    const report = await measureQuality(browser, { origin: served.origin, base: '/', distDir: dist }, queries);
    const firstTen = () => Promise.all(QUERIES.map((query) => searchPageResults(browser, `${served.origin}/search/`, query, false)));
    let bundled: string[][];
    let single: string[][];
    try {
      await reindex(contentDir, dist, 100);
      bundled = await firstTen();
      await reindex(contentDir, dist, Number.MAX_SAFE_INTEGER);
      single = await firstTen();
    } finally {
      // The site as built again, whatever happened.
      await reindex(contentDir, dist, DEFAULT_BUNDLE_PAGES);
    }
    results.quality = {
      site: size,
      weijian: report.weijian.summary,
      pagefind: report.pagefind.summary,
      rows: report.weijian.rows.map((row, n) => ({
        ...row,
        pagefind: { found: report.pagefind.rows[n]!.found, correct: report.pagefind.rows[n]!.correct },
      })),
      overlap: QUERIES.map((query, n) => ({
        query,
        shown: bundled[n]!.length,
        shared: bundled[n]!.filter((path) => single[n]!.includes(path)).length,
      })),
      overlapBundlePages: 100,
    };
  } catch (error) {
    console.error('search quality could not be measured:', error);
  } finally {
    await browser.close();
    await served.close();
  }
}

// `--real-web <folder>`: the importer and the check on pages saved from the public web,
// against bench/real-web/manifest.json; then rewrite the report.
if (values['real-web']) {
  const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
  const manifest = JSON.parse(readFileSync(join(root, 'bench/real-web/manifest.json'), 'utf8')) as RealWebPage[];
  results.realWeb = measureRealWeb(resolve(values['real-web']), manifest);
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'REPORT.md'), writeReport(results));
  log(`real-web pages measured; wrote ${join(values.out, 'REPORT.md')}`);
  process.exit(0);
}

// `--check-only`: time `npm run check` alone on each size's archive (regenerated
// from the seed, so the same files), three times, taking turns with the checker
// of `--check-base` (extracted from git history, run on the same node_modules),
// so the two are compared on one machine in one run; then rewrite the report.
if (values['check-only']) {
  const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
  const baseDir = join(root, 'tmp/bench/check-base');
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const tar = execFileSync('git', ['archive', values['check-base'], 'src', 'scripts', 'package.json'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', baseDir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(baseDir, 'node_modules'));
  results.checkOnly = [];
  for (const size of sizes) {
    const { contentDir } = writeArchive(join(root, 'tmp/bench', `archive-${size}`), { count: size, seed });
    const base = contentForCommit(values['check-base'], size, contentDir);
    const timeCheck = (projectDir: string) =>
      measure(node, [join(projectDir, 'scripts/check.ts')], {
        cwd: root,
        quiet: true,
        env: { ...process.env, WEIJIAN_CONTENT_DIR: projectDir === root ? contentDir : base.contentDir },
      });
    const runs: Measured[] = [];
    const baseRuns: Measured[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await timeCheck(root));
      baseRuns.push(await timeCheck(baseDir));
    }
    const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    results.checkOnly.push({
      articles: size,
      seconds: runs.map((run) => run.seconds),
      peakRssBytes: fastest.peakRss,
      base: values['check-base'],
      baseNote: values['check-base-note'],
      target: Number(values['check-target']),
      baseSeconds: baseRuns.map((run) => run.seconds),
      ...(base.withoutIndicators && { baseWithoutIndicators: true }),
      date: new Date().toISOString(),
    });
    log(
      `check on ${size} articles: ${runs.map((run) => run.seconds.toFixed(2)).join(', ')} s; ${values['check-base']}: ${baseRuns.map((run) => run.seconds.toFixed(2)).join(', ')} s`,
    );
  }
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'REPORT.md'), writeReport(results));
  log(`check measured; wrote ${join(values.out, 'REPORT.md')}`);
  process.exit(0);
}

// `--build-base <rev>`: the whole build (check, Astro, Pagefind) of the current
// tree and of <rev> (extracted from git history, on the same node_modules),
// taking turns `--repeat` times each on each size's archive, so a refactor is
// compared with what it replaced on one machine in one run; then rewrite the report.
if (values['build-base']) {
  const rev = values['build-base'];
  const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
  const baseDir = join(root, 'tmp/bench/build-base');
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const tar = execFileSync('git', ['archive', rev, 'src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', baseDir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(baseDir, 'node_modules'));
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  // Sizes measured in an earlier run stay in the report (the 10,000-article pair takes ten minutes).
  results.buildCompare = (results.buildCompare ?? []).filter((run) => !sizes.includes(run.articles));
  await warmUp();
  for (const size of sizes) {
    const { contentDir } = writeArchive(join(root, 'tmp/bench', `archive-${size}`), { count: size, seed });
    const base = contentForCommit(rev, size, contentDir);
    const dist = join(root, 'tmp/bench', `archive-${size}`, 'dist');
    const stagesFile = join(root, 'tmp/bench', `archive-${size}`, 'stages.json');
    const timeBuild = async (projectDir: string) => {
      const { run, stages } = await timedBuild(projectDir, projectDir === root ? contentDir : base.contentDir, dist, stagesFile);
      const label = projectDir === root ? `${commit} (this tree)` : rev;
      console.log(
        `  ${label}: ${run.seconds.toFixed(1)} s (${stages.map((stage) => `${stage.name} ${((stage.end - stage.start) / 1000).toFixed(1)} s`).join(', ')})`,
      );
      outputs.set(projectDir, directorySize(dist));
      return run;
    };
    const outputs = new Map<string, { files: number; bytes: number }>();
    const runs: Measured[] = [];
    const baseRuns: Measured[] = [];
    for (let i = 0; i < repeat; i++) {
      baseRuns.push(await timeBuild(baseDir));
      runs.push(await timeBuild(root));
    }
    const fastest = (list: Measured[]) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    results.buildCompare.push({
      articles: size,
      commit,
      seconds: runs.map((run) => run.seconds),
      peakRssBytes: Math.max(...runs.map((run) => run.peakRss)),
      base: rev,
      baseSeconds: baseRuns.map((run) => run.seconds),
      basePeakRssBytes: Math.max(...baseRuns.map((run) => run.peakRss)),
      output: outputs.get(root)!,
      baseOutput: outputs.get(baseDir)!,
      ...(base.withoutIndicators && { baseWithoutIndicators: true }),
      date: new Date().toISOString(),
    });
    log(
      `build of ${size} articles: ${runs.map((run) => run.seconds.toFixed(1)).join(', ')} s (fastest ${fastest(runs).seconds.toFixed(1)}); ${rev}: ${baseRuns.map((run) => run.seconds.toFixed(1)).join(', ')} s (fastest ${fastest(baseRuns).seconds.toFixed(1)})`,
    );
  }
  results.buildCompare.sort((a, b) => a.articles - b.articles);
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'REPORT.md'), writeReport(results));
  log(`builds compared; wrote ${join(values.out, 'REPORT.md')}`);
  process.exit(0);
}

// `--search-only`: measure search again on the builds of the last run and rewrite the report.
if (values['search-only']) {
  const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
  const served = await serveDirectory(join(root, 'tmp/bench', `archive-${results.pageSizes.site}`, 'dist'));
  try {
    await measureSearchOf(results, results.pageSizes.site, served);
  } finally {
    await served.close();
  }
  await measureQualityOf(results, Math.min(...results.runs.map((run) => run.articles)));
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'REPORT.md'), writeReport(results));
  log(`search measured again; wrote ${join(values.out, 'REPORT.md')}`);
  process.exit(0);
}

const started = Date.now();
await warmUp();
const runs: BuildRun[] = [];
for (const size of sizes) runs.push(await buildAll(size));

const largest = Math.max(...sizes);
const dist = join(root, 'tmp/bench', `archive-${largest}`, 'dist');
log(`bytes per page on the ${largest}-article site`);
const pages = measurePages(dist);
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryBytes: totalmem(),
    node: process.version,
    hugo: hugoVersion() ?? 'not installed',
  },
  seed,
  runs,
  pageSizes: { site: largest, kinds: summariseByKind(pages) },
  downloads: sizes.map((size) => ({ site: size, ...measureDownloads(join(root, 'tmp/bench', `archive-${size}`, 'dist')) })),
};

const served = await serveDirectory(dist);
try {
  if (!values['skip-search']) {
    await measureSearchOf(results, largest, served);
    await measureQualityOf(results, Math.min(...sizes));
  }
  if (!values['skip-lighthouse']) {
    log('Lighthouse (mobile)');
    const chartArticle = pages.find((page) => page.kind === 'article-with-chart')!;
    const dataset = pages.find((page) => page.kind === 'dataset')!;
    const audited = [
      { page: '首页', url: `${served.origin}/` },
      { page: '含图表的文章', url: `${served.origin}${chartArticle.url}` },
      { page: '数据页', url: `${served.origin}${dataset.url}` },
      { page: '搜索页', url: `${served.origin}/search/` },
    ];
    // The same pages again as a reader who chose 关怀模式 and 高对比度 sees them (issue 13).
    const care = { [READING_STORAGE_KEY]: JSON.stringify({ mode: READING_CHOICES.mode, contrast: READING_CHOICES.contrast }) };
    results.lighthouse = await runLighthouse([
      ...audited,
      ...audited.map((page) => ({ ...page, page: `${page.page}（关怀模式、高对比度）`, storage: care })),
    ]);
  }
} finally {
  await served.close();
}
// Sharding: the largest archive as two province shards, built by the same
// steps as the CI matrix (`npm run shards -- run`), then reused.
if (!values['skip-shards']) {
  log(`shard matrix: ${largest} articles as two province shards`);
  results.shardMatrix = await measureShardMatrix({ projectRoot: root, dir: join(root, 'tmp/bench/shard-matrix'), count: largest, seed });
  for (const shard of results.shardMatrix.shards)
    console.log(
      `  ${shard.id}: ${shard.articles} articles, ${shard.seconds.toFixed(1)} s, peak ${(shard.peakRssBytes / 2 ** 30).toFixed(2)} GiB`,
    );
}
results.benchSeconds = (Date.now() - started) / 1000;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(outDir, 'REPORT.md'), writeReport(results));
log(`wrote ${join(values.out, 'REPORT.md')} and results.json in ${results.benchSeconds.toFixed(0)} s`);
if (!existsSync(dist)) process.exit(1);
