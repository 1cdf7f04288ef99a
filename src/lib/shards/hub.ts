// The two pages at the root of an archive assembled from shards: the index,
// which lists the shards (each shard's own search finds pages of all of them),
// and the 404 page the host serves for any address it does not have. Plain,
// large, high-contrast HTML with one stylesheet; no script.
import { contentSecurityPolicy } from '../content/csp.ts';
import type { PlannedShard } from './plan.ts';

/** The stylesheet both pages link, written beside them. */
export const HUB_STYLESHEET = 'hub.css';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function page(title: string, prefix: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escape(contentSecurityPolicy())}">
<title>${escape(title)}</title>
<link rel="stylesheet" href="${escape(prefix)}${HUB_STYLESHEET}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function shardList(shards: readonly PlannedShard[]): string {
  const items = shards.map(
    (shard) =>
      `<li><a href="${escape(shard.base)}">${escape(shard.title)}</a> <span>${shard.articles.toLocaleString('zh-CN')} 篇报告</span>` +
      ` · <a href="${escape(shard.base)}search/">在这里搜索全部分站</a></li>`,
  );
  return `<ul class="shards">\n${items.join('\n')}\n</ul>`;
}

export function hubIndexPage(prefix: string, shards: readonly PlannedShard[]): string {
  const total = shards.reduce((sum, shard) => sum + shard.articles, 0);
  return page(
    '卫健 · 卫生健康工作报告',
    prefix,
    `<h1>卫生健康工作报告</h1>
<p>共 ${total.toLocaleString('zh-CN')} 篇报告，按省份分为 ${shards.length} 个分站。请选择地区；每个分站的搜索都能查到所有分站的报告。</p>
${shardList(shards)}`,
  );
}

export function hubNotFoundPage(prefix: string, shards: readonly PlannedShard[]): string {
  return page(
    '没有找到这个页面 · 卫健',
    prefix,
    `<h1>没有找到这个页面</h1>
<p>网址可能有误，或者这个页面已经移动。可以从<a href="${escape(prefix)}">首页</a>重新查找，或者进入下面的分站搜索：</p>
${shardList(shards)}`,
  );
}

/** Large text, strong contrast (well above 7:1), visible focus, reflows at 320 px. */
export const HUB_CSS = `:root { color-scheme: light dark; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
body { margin: 0; background: #fff; color: #111; font-size: 1.25rem; line-height: 1.8; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.4; }
a { color: #0b3d91; text-underline-offset: 0.2em; }
a:focus-visible { outline: 3px solid currentColor; outline-offset: 3px; }
.shards { padding: 0; list-style: none; }
.shards li { padding: 0.75rem 0; border-top: 1px solid #555; overflow-wrap: anywhere; }
.shards a { display: inline-block; min-height: 44px; line-height: 44px; }
.shards li > a:first-child { font-size: 1.375rem; font-weight: 700; }
@media (prefers-color-scheme: dark) {
  body { background: #111; color: #f2f2f2; }
  a { color: #9cc3ff; }
  .shards li { border-color: #aaa; }
}
`;
