// The reference generator: Debian's `hugo` rendering the same articles, as
// plain Markdown, into a minimal layout (no taxonomies, feeds or sitemap),
// which is what the floor project does with Astro.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeHugoSite(siteDir: string, markdownDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'layouts/_default'), { recursive: true });
  mkdirSync(join(siteDir, 'content'), { recursive: true });
  symlinkSync(markdownDir, join(siteDir, 'content/articles'));
  writeFileSync(
    join(siteDir, 'hugo.toml'),
    [
      'baseURL = "https://example.org/"',
      'languageCode = "zh-cn"',
      'title = "floor"',
      'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
      '',
    ].join('\n'),
  );
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>${body}</main></body></html>\n`;
  writeFileSync(join(siteDir, 'layouts/_default/single.html'), page('<h1>{{ .Title }}</h1>{{ .Content }}'));
  writeFileSync(join(siteDir, 'layouts/_default/list.html'), page('<h1>{{ .Title }}</h1>'));
  writeFileSync(join(siteDir, 'layouts/index.html'), page('<h1>{{ .Site.Title }}</h1>'));
}
