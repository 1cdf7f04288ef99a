// Builds the Pagefind index after the Astro build: one small document per
// article and dataset page (content only, search-pages.ts), in Simplified
// Chinese, plus the Traditional→Simplified map the search page uses for queries.
// Run by scripts/build.ts once its `astro build` child process has exited, so
// the two never hold memory at once (at 10,000 articles Astro peaks at 5.1 GiB
// and Pagefind at 6.3 GiB: docs/scaling.md). Not an Astro integration for that reason.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import * as OpenCC from 'opencc-js';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { regionSchema, topicSchema } from '../schema/taxonomy.ts';
import { simplifyIfTraditional } from '../format/script.ts';
import type { Dataset } from '../stats/dataset.ts';
import { describeDataset } from '../stats/describe.ts';
import { indicatorAsDataset, joinIndicators } from '../stats/indicator.ts';
import { readIndicators } from '../stats/indicators-file.ts';
import {
  articleSearchPage,
  datasetSearchPage,
  datasetSortDate,
  indicatorSearchPage,
  newestCitations,
  type SearchNames,
  type SearchPage,
} from './search-pages.ts';
import {
  BUNDLES_MANIFEST,
  DEFAULT_BUNDLE_PAGES,
  INDEX_CHUNK_POSITIONS,
  bundleEntry,
  bundlePath,
  planBundles,
  type BundleEntry,
} from './bundles.ts';
import { searchableBodyHtml } from './extract.ts';
import { buildVariantMap } from './variants.ts';
import { HantMapBuilder, toTaiwanForms } from '../reading/hant-map.ts';
import { HANT_MAP_PATH } from '../reading/prefs.ts';
import { clientScripts, furniturePages } from '../reading/furniture-pages.ts';

/**
 * What the index needs of the content check the build has just run (its
 * CheckResult, src/lib/check/content.ts): the validated articles, with the
 * datasets each cites, and the validated datasets.
 */
export interface CheckedContent {
  articles: readonly { slug: string; data?: ArticleFrontmatter; citedDatasets?: readonly string[] }[];
  datasets: readonly { id: string; data?: Dataset }[];
}

export interface IndexOptions {
  checked: CheckedContent;
  contentDir: string;
  distDir: string;
  /** Documents per index bundle (lib/search/bundles.ts). */
  pagesPerBundle?: number;
}

export interface IndexReport {
  pages: number;
  /** Index bundles written (lib/search/bundles.ts). */
  bundles: number;
  seconds: number;
  binary: string;
  variantMapBytes: number;
  /** The 繁體 switch's phrase map (src/lib/reading/hant-map.ts), written beside the index. */
  hantMapBytes: number;
  hantMapEntries: number;
  hantMapSeconds: number;
}

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 't' }), toTaiwanForms, OpenCC.Converter({ from: 'cn', to: 'hk' })];
// Only pages written in Traditional are converted: OpenCC would turn 乾县 into 干县.
const simplify = simplifyIfTraditional;

/**
 * Where the search documents wait for Pagefind: in memory where the system
 * offers it with room to spare (Linux's /dev/shm), else the temporary folder.
 * At 10,000 articles they are 78.5 MB in 10,727 files and as many folders,
 * written and read back once, just as the disk is writing back Astro's 300 MB
 * of pages; in memory they add nothing to that queue (and are not counted in
 * the processes' RSS the bench measures).
 */
const MEMORY_SCRATCH = '/dev/shm';
const MEMORY_SCRATCH_ROOM = 2 ** 30;
function scratchParent(): string {
  try {
    accessSync(MEMORY_SCRATCH, constants.W_OK);
    const { bavail, bsize } = statfsSync(MEMORY_SCRATCH);
    if (bavail * bsize >= MEMORY_SCRATCH_ROOM) return MEMORY_SCRATCH;
  } catch {
    // No /dev/shm (macOS, Windows): the temporary folder.
  }
  return tmpdir();
}

function readNames(contentDir: string): SearchNames {
  const read = (file: string) => JSON.parse(readFileSync(join(contentDir, file), 'utf8'));
  // The check has passed, so the files parse; the schemas give them their types.
  const regions = regionSchema.array().parse(read('regions.json'));
  const topics = topicSchema.array().parse(read('topics.json'));
  return { regionNames: new Map(regions.map((e) => [e.id, e.name])), topicNames: new Map(topics.map((e) => [e.id, e.name])) };
}

/** Pagefind's own search interfaces, written into every bundle; the search page uses none of them. */
const PAGEFIND_UI_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** What goes into one search document: read in date order, so the bundles cover runs of dates. */
type Source = { date: string; year: string; page: () => SearchPage; file: string };

// Record URLs are site paths without `base`: the search page passes base as
// Pagefind's baseUrl, so the index works wherever the site is served.
export async function indexSite({
  checked,
  contentDir,
  distDir,
  pagesPerBundle = DEFAULT_BUNDLE_PAGES,
}: IndexOptions): Promise<IndexReport> {
  const started = performance.now();
  const { articles, datasets } = checked;
  const names = readNames(contentDir);
  // The 繁體 map reads the same pages as the index. It is made while Pagefind
  // writes its last files (a phase of Pagefind's own process, on one core),
  // not while the documents are prepared, which is what Pagefind waits for as
  // it indexes; the pages are read again then.
  const pagesForHantMap: string[] = [];

  // Each source knows its date before its page is read, so the order (and
  // the bundles) are settled first and each page is read once.
  const sources: Source[] = [];
  for (const { slug, data } of articles) {
    if (!data || data.draft) continue;
    const file = join(distDir, 'articles', slug, 'index.html');
    const page = () => articleSearchPage(slug, data, searchableBodyHtml(readFileSync(file, 'utf8'), '.article-body'), names);
    sources.push({ date: data.date, year: data.date.slice(0, 4), page, file });
  }
  // A dataset sorts by the newest article citing it, as the check found them.
  const citedOn = newestCitations(articles);
  for (const { id, data } of datasets) {
    if (!data) continue;
    const about = describeDataset(data);
    const file = join(distDir, 'data', id, 'index.html');
    const page = () =>
      datasetSearchPage(data, about, searchableBodyHtml(readFileSync(file, 'utf8'), 'figure.chart'), names, citedOn.get(id));
    sources.push({ date: datasetSortDate(about, citedOn.get(id)), year: about.lastPeriod.slice(0, 4), page, file });
  }
  // An indicator page, by its latest period (each region's series from its own file, as the page shows it).
  const regionOrder = [...names.regionNames.keys()];
  const views = joinIndicators(
    readIndicators(contentDir),
    datasets.flatMap(({ data }) => (data ? [data] : [])),
    (a, b) => regionOrder.indexOf(a) - regionOrder.indexOf(b),
  );
  for (const view of views) {
    if (view.series.length === 0) continue;
    const about = describeDataset(indicatorAsDataset(view, (id) => names.regionNames.get(id) ?? id));
    const file = join(distDir, 'indicators', view.indicator.id, 'index.html');
    const body = () => searchableBodyHtml(readFileSync(file, 'utf8'), 'figure.chart');
    sources.push({
      date: datasetSortDate(about),
      year: about.lastPeriod.slice(0, 4),
      page: () => indicatorSearchPage(view, about, body(), names),
      file,
    });
  }
  const bundles = planBundles(sources, pagesPerBundle);
  // Read by Pagefind's service when it starts (with the first index below).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_POSITIONS);

  // Each bundle is its own Pagefind index: its documents are written to a
  // scratch folder that Pagefind reads itself (parsing on every core) while
  // the next bundle is prepared, then written out and dropped, so Pagefind
  // holds about one bundle at a time. (Sending documents one by one through
  // its Node API took 101 s for 10,000 articles; see bench/REPORT.md.)
  const characters = new Set<string>();
  const scratch = mkdtempSync(join(scratchParent(), 'weijian-search-'));
  const entries: BundleEntry[] = [];
  let pages = 0;
  let previous: Promise<void> = Promise.resolve();
  let last: Promise<void> = Promise.resolve();
  try {
    for (const [n, bundle] of bundles.entries()) {
      const folder = join(scratch, String(n));
      const documents: SearchPage[] = [];
      for (const source of bundle) {
        const document = source.page();
        pagesForHantMap.push(source.file);
        documents.push(document);
        const html = simplify(document.html);
        for (const char of html.replace(/<[^>]+>/g, '')) characters.add(char);
        const file = join(folder, document.url, 'index.html');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
      pages += documents.length;
      entries.push(bundleEntry(n, documents));
      // At most two bundles in Pagefind at once: the one being written, the one being read.
      await previous;
      previous = last;
      last = indexBundle(folder, join(distDir, bundlePath(n)), documents.length, n > 0);
      // Handled when awaited; this keeps an early failure from being "unhandled" meanwhile.
      last.catch(() => undefined);
      // Let the request reach Pagefind before preparing the next bundle.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await previous;
  } catch (error) {
    await Promise.allSettled([previous, last]);
    rmSync(scratch, { recursive: true, force: true });
    await pagefind.close();
    throw error;
  }
  let hant: HantMapReport;
  let variantMap: string;
  try {
    hant = await buildHantMap(pagesForHantMap, distDir);
    variantMap = JSON.stringify(buildVariantMap([...characters].join(''), toTraditional));
    mkdirSync(join(distDir, 'search'), { recursive: true });
    writeFileSync(join(distDir, 'search', 'variants.json'), variantMap);
    writeFileSync(join(distDir, BUNDLES_MANIFEST), JSON.stringify(entries));
    await last;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await pagefind.close();
  }

  return {
    pages,
    bundles: entries.length,
    seconds: (performance.now() - started) / 1000,
    binary: pagefindBinaryName(),
    variantMapBytes: Buffer.byteLength(variantMap),
    hantMapBytes: hant.bytes,
    hantMapEntries: hant.entries,
    hantMapSeconds: hant.seconds,
  };
}

/** One bundle: Pagefind indexes the folder, writes the bundle's files, and lets the index go. */
async function indexBundle(folder: string, outputPath: string, expected: number, dropInterfaces: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: folder });
  if (added.errors.length) throw new Error(`Pagefind could not index the search documents: ${added.errors.join('; ')}`);
  if (added.page_count !== expected) throw new Error(`Pagefind indexed ${added.page_count} of ${expected} documents`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  rmSync(folder, { recursive: true, force: true });
  if (dropInterfaces) for (const name of readdirSync(outputPath)) if (PAGEFIND_UI_FILES.test(name)) rmSync(join(outputPath, name));
}

/**
 * The 繁體 map (src/lib/reading/hant-map.ts) of the article and dataset pages (their files),
 * the other pages' furniture and the browser scripts' messages, written
 * beside the pages. It yields to the event loop between pages, so that
 * Pagefind's messages are read while it writes its files meanwhile.
 */
interface HantMapReport {
  bytes: number;
  entries: number;
  seconds: number;
}
async function buildHantMap(contentPages: readonly string[], distDir: string): Promise<HantMapReport> {
  const hant = new HantMapBuilder();
  let seconds = 0;
  const timed = (work: () => void) => {
    const start = performance.now();
    work();
    seconds += (performance.now() - start) / 1000;
  };
  const pages = [...contentPages, ...furniturePages(distDir)];
  for (const [n, page] of pages.entries()) {
    const html = readFileSync(page, 'utf8');
    timed(() => hant.addHtml(html));
    if (n % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  let json = '';
  let entries = 0;
  timed(() => {
    for (const file of clientScripts(distDir)) hant.addScript(readFileSync(file, 'utf8'));
    const map = hant.build();
    entries = Object.keys(map).length;
    json = JSON.stringify(map);
  });
  const file = join(distDir, HANT_MAP_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
  return { bytes: Buffer.byteLength(json), entries, seconds };
}

/** Which Pagefind binary runs: only the extended build segments Chinese. */
export function pagefindBinaryName(): string {
  const platformPackage = `@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const dir = dirname(createRequire(import.meta.url).resolve(`${platformPackage}/package.json`));
    return existsSync(join(dir, 'bin', 'pagefind_extended')) || existsSync(join(dir, 'bin', 'pagefind_extended.exe'))
      ? 'pagefind_extended'
      : 'pagefind';
  } catch {
    return 'unknown';
  }
}
