// `npm run import -- <page.html|page.txt> [--out content/articles/<slug>.mdx] [--keep-traditional] [--unspin] [--force]`
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPage } from '../src/lib/import/import-page.ts';
import { suggestSlug } from '../src/lib/schema/slug.ts';
import { contentDirFrom } from '../src/lib/content/content-dir.ts';
import { readLinkPolicy } from '../src/lib/check/link-list.ts';
import { readPublished } from '../src/lib/import/published.ts';
import type { Region } from '../src/lib/schema/taxonomy.ts';

function fail(message: string): never {
  console.error(`导入失败：${message}没有写入任何文件。`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, 'keep-traditional': { type: 'boolean' }, unspin: { type: 'boolean' }, force: { type: 'boolean' } },
});
const input = positionals[0];
if (!input) fail('请给出要导入的网页文件，例如：npm run import -- 保存的网页.html\n');

const cwd = process.cwd();
const inputPath = resolve(cwd, input);
if (!existsSync(inputPath)) fail(`找不到文件 ${input}。`);
const contentDir = resolve(cwd, contentDirFrom(process.env));
const slug = suggestSlug(basename(inputPath, extname(inputPath))) || 'imported-page';
const draftPath = resolve(cwd, values.out ?? `${contentDirFrom(process.env)}/articles/${slug}.mdx`);
if (extname(draftPath) !== '.mdx') fail(`--out 应是 .mdx 文件（${values.out}）。`);
// Outside content/, and ignored by git, so a report is never published or committed by mistake.
const reportPath = resolve(cwd, 'import-reports', `${basename(draftPath, '.mdx')}.import-report.md`);
if (!values.force && existsSync(draftPath)) fail(`${relative(cwd, draftPath)} 已经存在。要覆盖请加 --force，或用 --out 指定别的文件名。`);

const linksFile = resolve(contentDir, 'links.json');
const links = readLinkPolicy('content/links.json', existsSync(linksFile) ? readFileSync(linksFile) : undefined).policy;
// JSON.parse gives any; regions.json is the checker's to validate, the importer only reads ids and names.
const regions = existsSync(resolve(contentDir, 'regions.json'))
  ? (JSON.parse(readFileSync(resolve(contentDir, 'regions.json'), 'utf8')) as Pick<Region, 'id' | 'name'>[])
  : [];
const result = importPage(readFileSync(inputPath), {
  fileName: basename(inputPath),
  draftPath: relative(cwd, draftPath),
  regions,
  keepTraditional: values['keep-traditional'],
  unspin: values.unspin,
  links,
  published: readPublished(resolve(contentDir, 'articles'), cwd),
});
if (!result.ok) fail(result.message);

mkdirSync(dirname(draftPath), { recursive: true });
mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(draftPath, result.draft);
writeFileSync(reportPath, result.report);
console.log(result.report);
console.log(
  `已写入草稿 ${relative(cwd, draftPath)} 和报告 ${relative(cwd, reportPath)}。填好占位符、核对完报告中的每一处后运行 npm run check。`,
);
