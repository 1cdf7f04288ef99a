// Temporary repositories for checker tests: the fixture regions and topics plus
// whatever article files a test writes, then the real check or build command.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturesDir, repoRoot } from './paths.ts';

export type Files = Record<string, string | Uint8Array>;

/** A temp root with content/regions.json, content/topics.json and `files` (paths relative to the root). */
export function makeContentRoot(files: Files = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'weijian-check-'));
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  cpSync(join(fixturesDir, 'content'), join(root, 'content'), { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stderr lines that are problems (`path:line: …`). */
  problems: string[];
  /** Whether the build wrote a site. */
  wroteSite: boolean;
}

/**
 * Run `scripts/<name>.ts` the way npm does, from `root`, with the site going to root/dist.
 * The check's output is pinned to the text format, which these tests read, so they
 * pass inside GitHub Actions or GitLab CI too (there the check would choose theirs).
 */
export function runScript(name: 'check' | 'build', root: string): RunResult {
  const result = spawnSync(process.execPath, [join(repoRoot, `scripts/${name}.ts`), ...(name === 'check' ? ['--format', 'text'] : [])], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WEIJIAN_CONTENT_DIR: '', WEIJIAN_OUT_DIR: join(root, 'dist') },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    // Problems are the lines before the blank line that precedes the summary.
    problems: result.status === 1 ? (result.stderr.split('\n\n')[0] ?? '').split('\n').filter(Boolean) : [],
    wroteSite: existsSync(join(root, 'dist')),
  };
}

export const VALID_FIELDS = {
  title: '咸阳市召开卫生健康工作会议',
  date: '2021-03-03',
  region: 'xianyang',
  topics: '[yigai, jiceng]',
  type: 'news',
  source: '咸阳市卫生健康委员会',
  summary: '会议回顾了五年来的卫生健康工作，并部署了今年的重点任务和改革举措。',
} as const;

/**
 * An article whose frontmatter lines are predictable: line 1 is `---`, then
 * one line per field in the order given (title on line 2, date on 3, region on
 * 4, topics on 5, type on 6, source on 7, summary on 8), extra lines after.
 * A field set to undefined is left out.
 */
export function article(
  overrides: Partial<Record<keyof typeof VALID_FIELDS, string | undefined>> = {},
  { extra = [] as string[], body = '会议指出，要持续推进基层卫生服务能力建设。' } = {},
): string {
  const fields = { ...VALID_FIELDS, ...overrides };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, ...extra, '---', '', body, ''].join('\n');
}
