// Bytes per page, per kind of page: HTML plus the stylesheets it links
// (what a phone downloads to show the page), and the JavaScript it can load:
// its inline scripts (the reading-settings <head> script), its module scripts,
// what they import, and what they import on demand or start as a worker (the
// chart library, loaded when a chart nears the screen).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type PageKind = 'home' | 'article' | 'article-with-chart' | 'dataset' | 'indicator' | 'listing' | 'search' | 'other';
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface PageSizes {
  url: string;
  kind: PageKind;
  htmlCss: Sizes;
  js: Sizes;
}
export interface Distribution {
  p50: number;
  p95: number;
  max: number;
}
export interface KindSummary {
  kind: PageKind;
  pages: number;
  htmlCssGzip: Distribution;
  htmlCssBrotli: Distribution;
  jsGzip: Distribution;
  jsBrotli: Distribution;
  largest: string;
}

const compressedSizes = new Map<string, Sizes>();
function sizesOf(file: string, bytes?: Buffer): Sizes {
  const known = compressedSizes.get(file);
  if (known) return known;
  const content = bytes ?? readFileSync(file);
  const sizes = {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  compressedSizes.set(file, sizes);
  return sizes;
}
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function kindOf(url: string, html: string): PageKind {
  if (url === '/') return 'home';
  if (/^\/articles\/[^/]+\/$/.test(url)) return html.includes('<figure class="chart"') ? 'article-with-chart' : 'article';
  if (/^\/data\/[^/]+\/$/.test(url)) return 'dataset';
  if (/^\/indicators\/[^/]+\/$/.test(url)) return 'indicator';
  if (url === '/search/') return 'search';
  if (/^\/(articles|regions|topics|years|types|data|indicators)\//.test(url)) return 'listing';
  return 'other';
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
// Vite writes a worker as new Worker(new URL(`/_astro/x-worker-hash.js`, import.meta.url)), the path with the site's base.
const WORKER_URL = /new Worker\(\s*new URL\(\s*["'`]([^"'`]+\.js)["'`]/g;

/**
 * Every JS file a module script can make the browser fetch: its static and
 * on-demand imports and the workers it starts. A module that starts a worker
 * and also imports on demand (render-chart: Chart.js in a worker, or on the
 * page where a canvas cannot go to one) loads one or the other, so the
 * heavier of the two is counted.
 */
function scriptClosure(entries: string[], distDir: string, base: string, seen = new Set<string>()): Set<string> {
  for (const file of entries) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const refs = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => join(dirname(file), m[1]!));
    scriptClosure(refs(STATIC_IMPORT), distDir, base, seen);
    const onDemand = refs(DYNAMIC_IMPORT);
    const workers = [...code.matchAll(WORKER_URL)].map((m) => join(distDir, m[1]!.slice(base.length)));
    if (!workers.length) {
      scriptClosure(onDemand, distDir, base, seen);
      continue;
    }
    const [heavier] = [workers, onDemand]
      .map((alternative) => scriptClosure(alternative, distDir, base, new Set(seen)))
      .sort((a, b) => gzipOf(b) - gzipOf(a));
    for (const reached of heavier!) seen.add(reached);
  }
  return seen;
}
const gzipOf = (files: Set<string>) => [...files].reduce((sum, file) => sum + sizesOf(file).gzip, 0);

/** `base` is the path the site was built for ('/shard-a/'); page URLs are reported without it. */
export function measurePages(distDir: string, base = '/'): PageSizes[] {
  const assetsAt = (kind: string) =>
    new RegExp(`<${kind} ${kind === 'link' ? 'rel="stylesheet" href' : 'type="module" src'}="${base}([^"]+)"`, 'g');
  const pages: PageSizes[] = [];
  for (const name of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html') || name.startsWith(`pagefind${sep}`)) continue;
    const file = join(distDir, name);
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const url = `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const stylesheets = [...text.matchAll(assetsAt('link'))].map((m) => join(distDir, m[1]!));
    const modules = [...text.matchAll(assetsAt('script'))].map((m) => join(distDir, m[1]!));
    const inline = [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    pages.push({
      url,
      kind: kindOf(url, text),
      htmlCss: stylesheets.reduce((sum, sheet) => add(sum, sizesOf(sheet)), sizesOf(file, html)),
      js: [...scriptClosure(modules, distDir, base)].reduce(
        (sum, script) => add(sum, sizesOf(script)),
        // The same few hundred bytes on every page: measured once, by their text.
        inline.reduce((sum, code) => add(sum, sizesOf(`inline:${code}`, Buffer.from(code))), ZERO),
      ),
    });
    compressedSizes.delete(file);
  }
  return pages;
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

export function summariseByKind(pages: PageSizes[]): KindSummary[] {
  const kinds: PageKind[] = ['home', 'article', 'article-with-chart', 'dataset', 'indicator', 'listing', 'search', 'other'];
  return kinds
    .map((kind) => pages.filter((page) => page.kind === kind))
    .filter((group) => group.length > 0)
    .map((group) => ({
      kind: group[0]!.kind,
      pages: group.length,
      htmlCssGzip: distribution(group.map((p) => p.htmlCss.gzip)),
      htmlCssBrotli: distribution(group.map((p) => p.htmlCss.brotli)),
      jsGzip: distribution(group.map((p) => p.js.gzip)),
      jsBrotli: distribution(group.map((p) => p.js.brotli)),
      largest: group.reduce((a, b) => (b.htmlCss.gzip > a.htmlCss.gzip ? b : a)).url,
    }));
}
