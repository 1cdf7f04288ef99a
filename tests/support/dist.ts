// Reading a built site: its files, pages, and what their links point at.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { TestSite } from './paths.ts';

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** Site-relative URL path ('/weijian/regions/x/') of an output file. */
export function urlOfFile(site: TestSite, file: string): string {
  const rel = relative(site.dist, file).split(sep).join('/');
  return site.base + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** The output file an internal URL path resolves to, or undefined. */
export function fileOfUrl(site: TestSite, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(site.base.length));
  const candidates =
    rel === '' || rel.endsWith('/') ? [join(site.dist, rel, 'index.html')] : [join(site.dist, rel), join(site.dist, rel, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function htmlPages(site: TestSite): string[] {
  return listFiles(site.dist).filter((file) => file.endsWith('.html'));
}

export function readPage(site: TestSite, urlPath: string): HTMLElement {
  const file = fileOfUrl(site, urlPath);
  if (!file) throw new Error(`no page at ${urlPath}`);
  return parse(readFileSync(file, 'utf8'));
}

/** Hrefs of the article titles in a listing, in order. */
export function listedArticleLinks(page: HTMLElement): string[] {
  return page.querySelectorAll('.article-list h3 a, .article-list h2 a').map((a) => a.getAttribute('href') ?? '');
}
