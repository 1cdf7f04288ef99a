// Recall, precision and exact-first of the search, against ground truth read
// from the built pages themselves: for each query, the relevant pages are the
// article and dataset pages whose text (title, summary, body; a page written
// in Traditional converted to Simplified; Latin letters in any case) contains every query word, and those holding the
// query exactly as typed must come first. Measured twice in Chromium: the
// search page as a reader uses it (every result listed), and Pagefind's own
// unquoted search of the same query (what the search page did before issue
// 14), so the two can be compared on the same site. Used by the bench (the
// 1,000-article archive) and the browser tests (sample and fixture sites).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { simplifyIfTraditional } from '../../src/lib/format/script.ts';
import type { Browser } from 'playwright-core';
import { chineseSegmenter, parseQuery, textMatch, type ParsedQuery } from '../../src/lib/search/query.ts';
import { normaliseQuery } from '../../src/lib/search/variants.ts';

/**
 * The query table: plain words, words the indexer cuts, words that stand
 * apart in the pages, Traditional forms, a space, a quoted phrase, and
 * queries that must find nothing (核酸检测 shares only 检 with 婚检/检查).
 */
export const QUALITY_QUERIES = [
  '两癌',
  '筛查',
  '两癌筛查',
  '兩癌篩查',
  '产前筛查',
  '"两癌筛查"',
  '"产前筛查"',
  '医院',
  '醫院',
  '卫生院',
  '衛生院',
  '村卫生室',
  '医联体',
  '公共卫生',
  '医疗服务',
  '免费检查',
  '医疗保障',
  '卫生室建设',
  '家庭医生',
  '每千人口床位数',
  '家庭医生签约',
  '医共体建设',
  '中医馆 针灸',
  '2019年',
  '98200',
  '核酸检测',
  '养老院',
  '疫苗接种',
];

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name === 'index.html') yield path;
  }
}

/** Site path (under `base`) → the page's searchable text in Simplified, for every article, dataset and indicator page. */
export function pageTexts(distDir: string, base: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const kind of ['articles', 'data', 'indicators']) {
    let files: Generator<string>;
    try {
      files = htmlFiles(join(distDir, kind));
    } catch {
      continue;
    }
    for (const file of files) {
      const path = `${base}${relative(distDir, file).split(sep).slice(0, -1).join('/')}/`;
      if (!/^[^/]*\/?(articles|data|indicators)\/[^/]+\/$/.test(path.slice(base.length - 1))) continue;
      const root = parse(readFileSync(file, 'utf8'));
      const body = root.querySelector('.article-body') ?? root.querySelector('figure.chart');
      if (!body) continue;
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      // Converted as the index converts it: only a page written in Traditional (OpenCC would turn 乾县 into 干县).
      texts.set(path, simplifyIfTraditional(`${root.querySelector('h1')?.text ?? ''} ${description} ${body.text}`));
    }
  }
  return texts;
}

export interface QualityRow {
  query: string;
  /** Pages holding every word, and of them the ones holding the query as typed. */
  relevant: number;
  relevantExact: number;
  found: number;
  /** Found and relevant. */
  correct: number;
  /** Exact matches found before every non-exact one (true when there is nothing to order). */
  exactFirst: boolean;
  /** Found pages that are not relevant (their paths), for the report. */
  falseMatches: string[];
  missed: string[];
}

/** Scores one query's results (in order) against the ground truth. */
export function scoreQuery(query: string, parsed: ParsedQuery, texts: ReadonlyMap<string, string>, found: readonly string[]): QualityRow {
  const truth = new Map([...texts].map(([path, text]) => [path, textMatch(text, parsed)]));
  const relevant = [...truth].filter(([, match]) => (parsed.quoted ? match.exact : match.all)).map(([path]) => path);
  const isExact = (path: string) => truth.get(path)?.exact ?? false;
  const firstInexact = found.findIndex((path) => !isExact(path));
  const lastExact = found.findLastIndex((path) => isExact(path));
  const relevantSet = new Set(relevant);
  return {
    query,
    relevant: relevant.length,
    relevantExact: relevant.filter(isExact).length,
    found: found.length,
    correct: found.filter((path) => relevantSet.has(path)).length,
    exactFirst: firstInexact < 0 || lastExact < firstInexact,
    falseMatches: found.filter((path) => !relevantSet.has(path)),
    missed: relevant.filter((path) => !found.includes(path)),
  };
}

export interface QualitySummary {
  queries: number;
  recall: number;
  precision: number;
  /** Share of the queries with both exact and other results whose exact ones all came first. */
  exactFirstRate: number;
  orderedQueries: number;
}

export function summarise(rows: readonly QualityRow[]): QualitySummary {
  const sum = (pick: (row: QualityRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const ordered = rows.filter((row) => row.relevantExact > 0 && row.relevantExact < row.relevant);
  const relevant = sum((row) => row.relevant);
  const found = sum((row) => row.found);
  return {
    queries: rows.length,
    recall: relevant ? sum((row) => Math.min(row.correct, row.relevant)) / relevant : 1,
    precision: found ? sum((row) => row.correct) / found : 1,
    exactFirstRate: ordered.length ? ordered.filter((row) => row.exactFirst).length / ordered.length : 1,
    orderedQueries: ordered.length,
  };
}

/** Every result of a query on the search page (pressing 显示更多结果 until all are listed, or only the first page), in order. */
export async function searchPageResults(browser: Browser, searchUrl: string, query: string, all = true): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${searchUrl}?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /^(找到|没有找到|搜索暂时)/.test(document.querySelector('#search-status')?.textContent ?? ''));
    while (all && (await page.locator('#search-more').isVisible())) {
      const before = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    }
    return await page
      .locator('#search-results h3 a')
      .evaluateAll((links) => links.map((a) => decodeURI(new URL((a as HTMLAnchorElement).href).pathname)));
  } finally {
    await context.close();
  }
}

/**
 * In the page: every result of Pagefind's own search of `term`, over every
 * bundle of the site merged (as one index). A string, so that a test
 * runner's transform does not rewrite its import().
 */
const PAGEFIND_SEARCH = `async ({ base, term }) => {
  const pagefind = await import(base + 'pagefind/pagefind.js');
  const bundles = await fetch(base + 'search/bundles.json').then((response) => (response.ok ? response.json() : [{ path: 'pagefind/' }]));
  await pagefind.options({ basePath: base + bundles[0].path, baseUrl: base, ranking: { pageLength: 0.2 } });
  for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(base + bundle.path, { baseUrl: base, ranking: { pageLength: 0.2 } });
  const response = await pagefind.search(term);
  const data = await Promise.all(response.results.map((result) => result.data()));
  return data.map((d) => decodeURI(new URL(d.url, location.origin).pathname));
}`;

/** Pagefind's own unquoted search of the query as the search page normalised it before issue 14 (all results). */
async function pagefindResults(browser: Browser, origin: string, base: string, term: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${base}404.html`);
    return await page.evaluate(`(${PAGEFIND_SEARCH})(${JSON.stringify({ base, term })})`);
  } finally {
    await context.close();
  }
}

export interface QualityReport {
  weijian: { rows: QualityRow[]; summary: QualitySummary };
  pagefind: { rows: QualityRow[]; summary: QualitySummary };
}

/** Both searches over the query table on a served site. */
export async function measureQuality(
  browser: Browser,
  { origin, base, distDir }: { origin: string; base: string; distDir: string },
  queries: readonly string[] = QUALITY_QUERIES,
): Promise<QualityReport> {
  const texts = pageTexts(distDir, base);
  const segment = chineseSegmenter();
  const variants = JSON.parse(readFileSync(join(distDir, 'search', 'variants.json'), 'utf8')) as Record<string, string>;
  const ours: QualityRow[] = [];
  const theirs: QualityRow[] = [];
  for (const query of queries) {
    const parsed = parseQuery(query, variants, segment);
    ours.push(scoreQuery(query, parsed, texts, await searchPageResults(browser, `${origin}${base}search/`, query)));
    theirs.push(scoreQuery(query, parsed, texts, await pagefindResults(browser, origin, base, normaliseQuery(query, variants))));
  }
  return { weijian: { rows: ours, summary: summarise(ours) }, pagefind: { rows: theirs, summary: summarise(theirs) } };
}
