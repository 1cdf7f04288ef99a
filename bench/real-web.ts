// `npm run bench -- --real-web <folder>` (or `node bench/real-web.ts <folder>`): the
// importer and the check on pages saved from the public web. Their text is third
// party and is never committed: the folder holds the pages and a manifest.json; the
// repository holds bench/real-web/manifest.json (address, date read, sha256 of the
// text, and the facts to check: title as a sha256, date, source, figures), so anyone
// with the same pages gets the same figures. A page whose hash differs is skipped.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importPage } from '../src/lib/import/import-page.ts';
import { findDamage, removePinyinReadings } from '../src/lib/text/damage.ts';
import { findMojibake } from '../src/lib/text/mojibake.ts';
import { simplifyIfTraditional } from '../src/lib/format/script.ts';
import { placeholder } from '../src/lib/schema/placeholder.ts';

export interface RealWebPage {
  file: string;
  kind: 'damaged' | 'clean';
  form: string;
  url: string;
  read: string;
  sha256: string;
  /** sha256 of the expected title in Simplified characters, null when the page shows none. */
  titleSha256: string | null;
  date: string | null;
  source: string | null;
  figures: string[];
  damage: string[];
  /** For clean texts: the lines of the report's own prose (1-based, inclusive). */
  bodyLines: [number, number];
}

export interface RealWebFigures {
  date: string;
  damaged: { pages: number; skipped: number; checks: Record<string, { passed: number; total: number }>; failures: string[] };
  clean: { pages: number; skipped: number; lines: number; characters: number; falseAlarms: string[] };
}

/** Words of a portal's or farm's frame that a report's own text never contains. */
const FRAME_WORDS =
  /当前位置|您现在的位置|收藏本页|打印本页|关闭窗口|点击数|浏览次数|查看人数|阅读量[:：]|版权所有|copyright|本网只是转载|仅代表作者个人观点|相关热词|原标题|分享到|admin|ICP备|上一篇|下一篇|\[摘要\]|【摘要】|下载文档|VIP/gi;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const simplified = (text: string) => simplifyIfTraditional(removePinyinReadings(text)).replace(/\s+/g, ' ').trim();
const numbers = (text: string) => new Set(text.match(/\d+(?:\.\d+)?/g) ?? []);
/** Whether a field of the draft still holds the importer's placeholder. */
const isPlaceholder = (value: unknown) => typeof value !== 'string' || value.startsWith(placeholder('').slice(0, 5));

export function measureRealWeb(folder: string, manifest: readonly RealWebPage[]): RealWebFigures {
  const checks: Record<string, { passed: number; total: number }> = {};
  const failures: string[] = [];
  const details: string[] = [];
  const tally = (name: string, passed: boolean, page: RealWebPage, detail = '') => {
    checks[name] ??= { passed: 0, total: 0 };
    checks[name].total++;
    if (passed) checks[name].passed++;
    else {
      // The pages' text is third party: the figures name the file and the check; the text goes to the console only.
      failures.push(`${page.file} ${name}`);
      details.push(`${page.file} ${name}${detail ? `: ${detail}` : ''}`);
    }
  };
  const figures: RealWebFigures = {
    date: new Date().toISOString(),
    damaged: { pages: 0, skipped: 0, checks, failures },
    clean: { pages: 0, skipped: 0, lines: 0, characters: 0, falseAlarms: [] },
  };
  for (const page of manifest) {
    const bytes = readFileSync(join(folder, page.file));
    if (sha256(bytes) !== page.sha256) {
      figures[page.kind].skipped++;
      continue;
    }
    const text = bytes.toString('utf8');
    if (page.kind === 'clean') {
      figures.clean.pages++;
      const lines = text.split('\n').slice(page.bodyLines[0] - 1, page.bodyLines[1]);
      figures.clean.lines += lines.length;
      figures.clean.characters += lines.join('').length;
      for (const hit of [
        ...findDamage(lines),
        ...findMojibake(lines).map((spot) => ({ ...spot, rule: 'mojibake', excerpt: spot.match })),
      ]) {
        figures.clean.falseAlarms.push(`${page.file}:${page.bodyLines[0] + hit.lineIndex} ${hit.rule}`);
        details.push(`${page.file}:${page.bodyLines[0] + hit.lineIndex} ${hit.rule} “${hit.excerpt}”`);
      }
      continue;
    }
    figures.damaged.pages++;
    const result = importPage(bytes, { fileName: page.file, draftPath: 'draft.mdx', regions: [] });
    if (!result.ok) {
      tally('imported', false, page, result.message);
      continue;
    }
    tally('imported', true, page);
    const [, yaml = '', ...rest] = result.draft.split(/^---$/m);
    const fields = parseYaml(yaml) as Record<string, unknown>;
    const body = rest.join('---');
    const title = isPlaceholder(fields.title) ? null : String(fields.title);
    if (page.titleSha256) tally('title', title !== null && sha256(simplified(title)) === page.titleSha256, page, title ?? '（占位符）');
    else tally('no title invented', title === null || !findDamage([title]).some((hit) => hit.rule === 'spam-text'), page, title ?? '');
    if (page.date) tally('date', String(fields.date) === page.date, page, String(fields.date));
    if (page.source) {
      const source = isPlaceholder(fields.source) ? '' : simplified(String(fields.source));
      tally(
        'source',
        source !== '' && (simplified(page.source).includes(source) || source.includes(simplified(page.source))),
        page,
        source,
      );
    }
    const draftText = simplified(result.draft);
    const kept = page.figures.filter((figure) => draftText.includes(simplified(figure)));
    tally('figures kept', kept.length === page.figures.length, page, page.figures.filter((figure) => !kept.includes(figure)).join(' '));
    // Every number in the draft's body was in the page: nothing invented or joined.
    const original = numbers(simplified(text));
    const invented = [...numbers(simplified(body))].filter((number) => !original.has(number));
    tally('no figure invented', invented.length === 0, page, invented.join(' '));
    const left = findDamage(body.split('\n')).filter((hit) => hit.rule === 'spam-text' || hit.rule === 'furniture');
    tally(
      'spam and furniture removed (by the rules)',
      left.length === 0,
      page,
      left.map((hit) => `${hit.rule} “${hit.excerpt}”`).join(' '),
    );
    // Independent of the rules: words of a page's frame that no report prints.
    const leftovers = [...new Set(simplified(body).match(FRAME_WORDS) ?? [])];
    tally('no frame words left', leftovers.length === 0, page, leftovers.join(' '));
  }
  for (const detail of details) console.log(`  ${detail}`);
  return figures;
}

// Run directly: node bench/real-web.ts <folder with manifest.json and the pages> [--write bench/real-web/results.json]
if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: node bench/real-web.ts <folder> [--write <results.json>]');
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, 'real-web/manifest.json'), 'utf8')) as RealWebPage[];
  const figures = measureRealWeb(folder, manifest);
  console.log(JSON.stringify({ ...figures, damaged: { ...figures.damaged, failures: figures.damaged.failures.length } }, null, 2));
  const at = process.argv.indexOf('--write');
  if (at !== -1) writeFileSync(process.argv[at + 1]!, `${JSON.stringify(figures, null, 2)}\n`);
}
