// Revision history end to end, from a throwaway git repository: a site built
// from a full clone shows git's dates and messages; one built from a shallow
// clone (what CI checkouts fetch by default) shows none and warns once.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixturesDir, repoRoot } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'weijian-history-'));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));

function git(cwd: string, args: string[], date?: string) {
  const dated = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...cleanEnv,
      ...dated,
      GIT_AUTHOR_NAME: '编辑',
      GIT_AUTHOR_EMAIL: 'e@example.cn',
      GIT_COMMITTER_NAME: '编辑',
      GIT_COMMITTER_EMAIL: 'e@example.cn',
    },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

interface Built {
  dist: string;
  output: string;
}
function build(contentDir: string, name: string): Built {
  const dist = join(work, `${name}-dist`);
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, WEIJIAN_CONTENT_DIR: contentDir, WEIJIAN_OUT_DIR: dist, WEIJIAN_BASE: '/', WEIJIAN_SITE: 'https://example.org' },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return { dist, output: `${result.stdout}\n${result.stderr}` };
}

const ARTICLE = 'articles/drinking-water-notice.mdx';
let full: Built;
let shallow: Built;

beforeAll(() => {
  const origin = join(work, 'origin');
  const content = join(origin, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'data'), { recursive: true });
  for (const file of ['regions.json', 'topics.json', 'links.json']) cpSync(join(fixturesDir, 'content', file), join(content, file));
  cpSync(join(fixturesDir, 'site-articles/drinking-water-notice.mdx'), join(content, ARTICLE));
  cpSync(join(fixturesDir, 'site-data/test-checkups.json'), join(content, 'data/test-checkups.json'));
  git(origin, ['init', '-q', '-b', 'main']);
  git(origin, ['add', '.']);
  git(origin, ['commit', '-q', '-m', '发布饮水卫生监测说明'], '2024-01-05T09:00:00+08:00');
  const text = readFileSync(join(content, ARTICLE), 'utf8');
  writeFileSync(join(content, ARTICLE), text.replace('每季度采样一次', '每季度至少采样一次'));
  git(origin, ['commit', '-q', '-am', '补充采样频次'], '2024-03-10T23:30:00+08:00');
  writeFileSync(join(content, ARTICLE), `${readFileSync(join(content, ARTICLE), 'utf8')}\n`);
  git(origin, ['commit', '-q', '-am', '维护：统一文末空行'], '2024-04-01T10:00:00+08:00');
  full = build(content, 'full');
  const clone = join(work, 'shallow');
  git(work, ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
  shallow = build(join(clone, 'content'), 'shallow');
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (built: Built, path: string) => parse(readFileSync(join(built.dist, path, 'index.html'), 'utf8'));

describe('built from a full clone', () => {
  test('the article shows 最后更新 and a 修订记录 of its reader-facing commits, newest first, dated in China', () => {
    const box = page(full, 'articles/drinking-water-notice').querySelector('.revisions')!;
    expect(box.querySelector('p.meta time')?.getAttribute('datetime')).toBe('2024-03-10');
    expect(box.querySelector('summary')?.text).toBe('修订记录（2 次）');
    expect(box.querySelectorAll('li').map((item) => item.text.trim())).toEqual([
      '2024年3月10日：补充采样频次',
      '2024年1月5日：发布饮水卫生监测说明',
    ]);
    expect(full.output).not.toMatch(/浅克隆|shallow/i);
  });

  test('the dataset shows its one commit', () => {
    const box = page(full, 'data/test-checkups').querySelector('.revisions')!;
    expect(box.querySelectorAll('li').map((item) => item.text.trim())).toEqual(['2024年1月5日：发布饮水卫生监测说明']);
  });
});

describe('built from a shallow clone', () => {
  test('no made-up dates: no 修订记录 and no 最后更新 from git on any page', () => {
    for (const path of ['articles/drinking-water-notice', 'data/test-checkups']) {
      expect(page(shallow, path).querySelector('details.revision-history'), path).toBeNull();
      expect(page(shallow, path).querySelector('.revisions p.meta time'), path).toBeNull();
    }
  });

  test('the build warns once and says how to fetch the full history', () => {
    const warnings = shallow.output.split('\n').filter((line) => line.includes('浅克隆'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('git fetch --unshallow');
    expect(warnings[0]).toContain('fetch-depth: 0');
  });
});
