// Builds the Pagefind index after the Astro build: one small document per
// article and dataset page (content only), in Simplified Chinese, plus the
// Traditional→Simplified map the search page uses for queries.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import * as OpenCC from 'opencc-js';
import type { CheckResult } from '../src/lib/check/content.ts';
import { ARTICLE_TYPES, type ArticleType, type Region, type Topic } from '../src/lib/schema/taxonomy.ts';
import { formatChineseDate } from '../src/lib/format/date.ts';
import { formatPeriod } from '../src/lib/format/period.ts';
import { allPeriods } from '../src/lib/stats/dataset.ts';
import { datasetSummary } from '../src/lib/stats/summary.ts';
import { searchDocument } from '../src/lib/search/document.ts';
import { searchableBodyHtml } from '../src/lib/search/extract.ts';
import { buildVariantMap } from '../src/lib/search/variants.ts';
import { simplifyIfTraditional } from '../src/lib/format/script.ts';
import type { ArticleFrontmatter } from '../src/lib/schema/article.ts';

import { DATASET_TYPE } from '../src/lib/search/filters.ts';

export interface IndexOptions {
  /** The content check the build has just run: its validated articles and datasets. */
  checked: CheckResult;
  contentDir: string;
  distDir: string;
}

export interface IndexReport {
  pages: number;
  seconds: number;
  binary: string;
  variantMapBytes: number;
}

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
// Only pages written in Traditional are converted: OpenCC would turn 乾县 into 干县.
const simplify = simplifyIfTraditional;

interface SearchDoc { url: string; html: string }
const BATCH_SIZE = 1000;

// Record URLs are site paths without `base`: the search page passes base as
// Pagefind's baseUrl, so the index works wherever the site is served.
export async function indexSite({ checked, contentDir, distDir }: IndexOptions): Promise<IndexReport> {
  const started = performance.now();
  const { articles, datasets } = checked;
  const names = (file: string) => new Map((JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as (Region | Topic)[]).map((e) => [e.id, e.name]));
  const regionNames = names('regions.json');
  const topicNames = names('topics.json');

  const citedOn = new Map<string, string>();
  function* articleDocuments(): Generator<SearchDoc> {
    for (const article of articles) {
      const data = article.data as ArticleFrontmatter | undefined;
      if (!data || data.draft) continue;
      const page = readFileSync(join(distDir, 'articles', article.slug, 'index.html'), 'utf8');
      for (const [, id] of page.matchAll(/<figure class="chart"[^>]*aria-labelledby="figure-([a-z0-9-]+)-caption"/g)) {
        if (id && (citedOn.get(id) ?? '') < data.date) citedOn.set(id, data.date);
      }
      yield {
        url: `/articles/${article.slug}/`,
        html: searchDocument({
          title: data.title,
          summary: data.summary,
          bodyHtml: searchableBodyHtml(page, '.article-body'),
          date: data.date,
          displayDate: formatChineseDate(data.date),
          filters: {
            region: regionNames.get(data.region) ?? data.region,
            topic: data.topics.map((id) => topicNames.get(id) ?? id),
            year: data.date.slice(0, 4),
            type: ARTICLE_TYPES[data.type as ArticleType],
          },
        }),
      };
    }
  }
  // After every article: a dataset sorts by the newest article citing it.
  function* datasetDocuments(): Generator<SearchDoc> {
    for (const { id, data } of datasets) {
      if (!data) continue;
      const page = readFileSync(join(distDir, 'data', id, 'index.html'), 'utf8');
      const periods = allPeriods(data);
      const last = periods.at(-1)!;
      yield {
        url: `/data/${id}/`,
        html: searchDocument({
          title: data.title,
          summary: data.description ?? datasetSummary(data),
          bodyHtml: searchableBodyHtml(page, 'figure.chart'),
          date: citedOn.get(id) ?? `${last}-01-01`.slice(0, 10),
          displayDate: periods.length > 1 ? `${formatPeriod(periods[0]!)}至${formatPeriod(last)}` : formatPeriod(last),
          filters: { region: regionNames.get(data.region) ?? data.region, topic: [], year: last.slice(0, 4), type: DATASET_TYPE },
        }),
      };
    }
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Documents are written to scratch folders, a batch at a time, and Pagefind
  // reads each folder itself while the next batch is prepared: it parses on
  // every core, and preparing and indexing overlap. (Sending documents one by
  // one through its Node API took 101 s for 10,000 articles; see bench/REPORT.md.)
  const characters = new Set<string>();
  const scratch = mkdtempSync(join(tmpdir(), 'weijian-search-'));
  const indexing: Promise<number>[] = [];
  let pages = 0;
  try {
    let batch: SearchDoc[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const folder = join(scratch, String(indexing.length));
      for (const document of batch) {
        const html = simplify(document.html);
        for (const char of html.replace(/<[^>]+>/g, '')) characters.add(char);
        const file = join(folder, document.url, 'index.html');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, html);
      }
      pages += batch.length;
      batch = [];
      const added = index.addDirectory({ path: folder }).then((result) => {
        if (result.errors.length) throw new Error(`Pagefind could not index the search documents: ${result.errors.join('; ')}`);
        return result.page_count;
      });
      // Handled by the Promise.all below; this keeps an early failure from being "unhandled" meanwhile.
      added.catch(() => undefined);
      indexing.push(added);
      // Let the request reach Pagefind before preparing the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const documents of [articleDocuments(), datasetDocuments()]) {
      for (const document of documents) {
        batch.push(document);
        if (batch.length === BATCH_SIZE) await flush();
      }
    }
    await flush();
    const indexed = (await Promise.all(indexing)).reduce((sum, count) => sum + count, 0);
    if (indexed !== pages) throw new Error(`Pagefind indexed ${indexed} of ${pages} documents`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();

  const variantMap = JSON.stringify(buildVariantMap([...characters].join(''), toTraditional));
  mkdirSync(join(distDir, 'search'), { recursive: true });
  writeFileSync(join(distDir, 'search', 'variants.json'), variantMap);

  return {
    pages,
    seconds: (performance.now() - started) / 1000,
    binary: pagefindBinaryName(),
    variantMapBytes: Buffer.byteLength(variantMap),
  };
}

/** Which Pagefind binary runs: only the extended build segments Chinese. */
export function pagefindBinaryName(): string {
  const platformPackage = `@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const dir = dirname(createRequire(import.meta.url).resolve(`${platformPackage}/package.json`));
    return existsSync(join(dir, 'bin', 'pagefind_extended')) || existsSync(join(dir, 'bin', 'pagefind_extended.exe')) ? 'pagefind_extended' : 'pagefind';
  } catch {
    return 'unknown';
  }
}
