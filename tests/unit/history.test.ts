// The revision record from git (src/lib/content/history.ts), read from
// throwaway repositories with fixed commit dates.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  GIT_LOG_ARGS,
  isReaderFacing,
  lastUpdated,
  parseGitLog,
  readContentHistory,
  type ContentHistory,
} from '../../src/lib/content/history.ts';
import { createArticleSchema } from '../../src/lib/schema/article.ts';
import { createDatasetSchema } from '../../src/lib/schema/dataset.ts';

const temp = mkdtempSync(join(tmpdir(), 'weijian-history-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// A build started from a hook has these set; the tests' git must not follow them.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));

function git(cwd: string, args: string[], date?: string) {
  const env = { ...cleanEnv, LC_ALL: 'C' };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const result = spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function write(repo: string, path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function commit(repo: string, message: string, date: string) {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
}

const subjects = (history: ContentHistory, path: string) => history.revisionsOf(path).map((revision) => revision.subject);

/**
 * site/content/ inside a repository with a rename, a maintenance commit, a
 * deleted-and-re-added file and a file never committed; a file outside content/.
 */
function makeRepository(): string {
  const repo = join(temp, 'origin');
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q']);
  const article = (n: number) =>
    `---\ntitle: 测试文章\n---\n\n${'正文第一段，内容足够长，改名后仍能认出是同一个文件。\n'.repeat(6)}第${n}版。\n`;
  write(repo, 'site/content/articles/old-name.mdx', article(1));
  write(repo, 'site/content/data/beds.json', '{"title":"床位"}\n');
  write(repo, 'site/content/articles/gone.mdx', 'first life\n');
  write(repo, 'README.md', 'outside\n');
  commit(repo, '发布：两篇文章和床位数据', '2024-01-05T09:00:00+08:00');
  write(repo, 'site/content/articles/old-name.mdx', article(2));
  // 23:30 UTC is the next morning in China: the date is China's.
  commit(repo, '更正：完成率', '2024-02-10T23:30:00+00:00');
  git(repo, ['mv', 'site/content/articles/old-name.mdx', 'site/content/articles/new-name.mdx']);
  commit(repo, '维护：文件改名', '2024-03-01T10:00:00+08:00');
  write(repo, 'site/content/articles/new-name.mdx', article(3));
  write(repo, 'site/content/data/beds.json', '{"title":"床位数"}\n');
  write(repo, 'README.md', 'outside, changed\n');
  commit(repo, '补充：2023年数字', '2024-04-02T08:00:00+08:00');
  write(repo, 'site/content/data/beds.json', '{ "title": "床位数" }\n');
  commit(repo, '维护: 统一 JSON 格式', '2024-05-01T08:00:00+08:00');
  rmSync(join(repo, 'site/content/articles/gone.mdx'));
  commit(repo, '撤下：旧稿', '2024-06-01T08:00:00+08:00');
  write(repo, 'site/content/articles/gone.mdx', 'second life\n');
  commit(repo, '重新发布：新稿', '2024-07-01T08:00:00+08:00');
  write(repo, 'site/content/articles/never-committed.mdx', 'draft\n');
  return repo;
}

let repo: string;
let history: ContentHistory;
const warnings: string[] = [];
beforeAll(async () => {
  repo = makeRepository();
  history = await readContentHistory(join(repo, 'site/content'), { warn: (message) => warnings.push(message), env: cleanEnv });
});

describe('a repository with full history', () => {
  test('each file: its commits newest first, with China dates and subjects, renames followed', () => {
    expect(history.status).toBe('complete');
    expect(warnings).toEqual([]);
    expect(history.revisionsOf('articles/new-name.mdx').map(({ date, subject }) => ({ date, subject }))).toEqual([
      { date: '2024-04-02', subject: '补充：2023年数字' },
      { date: '2024-02-11', subject: '更正：完成率' },
      { date: '2024-01-05', subject: '发布：两篇文章和床位数据' },
    ]);
    expect(history.revisionsOf('articles/new-name.mdx')[0]!.commit).toBe(git(repo, ['rev-parse', 'HEAD~3']).trim());
    expect(subjects(history, 'data/beds.json')).toEqual(['补充：2023年数字', '发布：两篇文章和床位数据']);
  });

  test('a file added again after deletion starts a new record; the old name and untracked files have none', () => {
    expect(subjects(history, 'articles/gone.mdx')).toEqual(['重新发布：新稿']);
    expect(history.revisionsOf('articles/never-committed.mdx')).toEqual([]);
    expect(history.revisionsOf('articles/old-name.mdx')).toEqual([]);
    expect(history.revisionsOf('../README.md')).toEqual([]);
    expect(history.files).toBe(3);
    expect(history.commits).toBe(7);
  });

  test('commits whose subject starts with 维护：or 维护: are left out', () => {
    expect(isReaderFacing('维护：文件改名')).toBe(false);
    expect(isReaderFacing('  维护: 统一格式')).toBe(false);
    expect(isReaderFacing('发布：永州两癌检查进展')).toBe(true);
    expect(isReaderFacing('日常维护：补充说明')).toBe(true);
    expect(subjects(history, 'articles/new-name.mdx')).not.toContain('维护：文件改名');
    expect(subjects(history, 'data/beds.json')).not.toContain('维护: 统一 JSON 格式');
  });

  test('最后更新: the editor’s `updated` wins over git’s date; without either there is none', () => {
    const revisions = history.revisionsOf('data/beds.json');
    expect(lastUpdated(undefined, revisions)).toBe('2024-04-02');
    expect(lastUpdated('2024-03-15', revisions)).toBe('2024-03-15');
    expect(lastUpdated('2024-03-15', [])).toBe('2024-03-15');
    expect(lastUpdated(undefined, [])).toBeUndefined();
  });

  test('one git log for the whole folder, parsed in TS: the same records as the parser gives on its output', () => {
    const output = git(join(repo, 'site/content'), GIT_LOG_ARGS);
    const parsed = parseGitLog(output);
    // Hidden commits are still in the parse; the record drops them.
    expect(parsed.get('articles/new-name.mdx')!.map((revision) => revision.subject)).toEqual([
      '补充：2023年数字',
      '维护：文件改名',
      '更正：完成率',
      '发布：两篇文章和床位数据',
    ]);
    expect([...parsed.keys()].every((path) => !path.startsWith('..') && !path.includes('README'))).toBe(true);
    // The same log run at the top of the repository, with a pathspec: paths carry the folder, which the prefix takes off.
    const fromTop = git(repo, [...GIT_LOG_ARGS.filter((arg) => arg !== '--relative'), '--', 'site/content']);
    expect(parseGitLog(fromTop, 'site/content/')).toEqual(parsed);
  });

  test('a content folder at the top of its repository, and paths with Chinese and spaces', async () => {
    const top = join(temp, 'top');
    mkdirSync(top);
    git(top, ['init', '-q']);
    write(top, 'articles/中文 名字.mdx', 'a\n');
    commit(top, '发布：中文文件名', '2023-12-31T16:30:00+00:00');
    const topHistory = await readContentHistory(top, { env: cleanEnv });
    expect(topHistory.revisionsOf('articles/中文 名字.mdx').map((r) => r.date)).toEqual(['2024-01-01']);
  });

  test('a file renamed twice keeps its whole record', () => {
    const two = join(temp, 'twice');
    mkdirSync(two);
    git(two, ['init', '-q']);
    const body = '同一篇文章的正文，足够长，可以认出改名。\n'.repeat(8);
    write(two, 'a.mdx', body);
    commit(two, '发布', '2024-01-01T12:00:00+08:00');
    renameSync(join(two, 'a.mdx'), join(two, 'b.mdx'));
    commit(two, '改名一', '2024-01-02T12:00:00+08:00');
    write(two, 'b.mdx', `${body}补一句。\n`);
    commit(two, '修改', '2024-01-03T12:00:00+08:00');
    renameSync(join(two, 'b.mdx'), join(two, 'c.mdx'));
    write(two, 'a.mdx', '另一篇新文章\n');
    commit(two, '改名二，旧名另作他用', '2024-01-04T12:00:00+08:00');
    const parsed = parseGitLog(git(two, GIT_LOG_ARGS), '');
    expect(parsed.get('c.mdx')!.map((r) => r.subject)).toEqual(['改名二，旧名另作他用', '修改', '改名一', '发布']);
    expect(parsed.get('a.mdx')!.map((r) => r.subject)).toEqual(['改名二，旧名另作他用']);
  });

  test('a file moved into the content folder from outside starts its record there', async () => {
    const moved = join(temp, 'moved');
    mkdirSync(moved);
    git(moved, ['init', '-q']);
    write(moved, 'drafts/a.mdx', '草稿\n'.repeat(20));
    commit(moved, '起草', '2024-01-01T12:00:00+08:00');
    mkdirSync(join(moved, 'content/articles'), { recursive: true });
    renameSync(join(moved, 'drafts/a.mdx'), join(moved, 'content/articles/a.mdx'));
    commit(moved, '发布', '2024-01-02T12:00:00+08:00');
    const movedHistory = await readContentHistory(join(moved, 'content'), { env: cleanEnv });
    expect(subjects(movedHistory, 'articles/a.mdx')).toEqual(['发布']);
    expect(movedHistory.commits).toBe(1);
  });
});

describe('no history to trust: no dates from git, one warning', () => {
  test('a shallow clone', async () => {
    const clone = join(temp, 'shallow');
    const result = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { env: cleanEnv, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const seen: string[] = [];
    const shallow = await readContentHistory(join(clone, 'site/content'), { warn: (message) => seen.push(message), env: cleanEnv });
    expect(shallow.status).toBe('shallow');
    expect(shallow.revisionsOf('articles/new-name.mdx')).toEqual([]);
    expect(shallow.revisionsOf('data/beds.json')).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('git fetch --unshallow');
    expect(seen[0]).toContain('fetch-depth: 0');
    expect(seen[0]).toContain('GIT_DEPTH: 0');
    // Only the editor's date remains.
    expect(lastUpdated('2024-03-15', shallow.revisionsOf('data/beds.json'))).toBe('2024-03-15');
    expect(lastUpdated(undefined, shallow.revisionsOf('data/beds.json'))).toBeUndefined();
  });

  test('a folder in no repository', async () => {
    const plain = join(temp, 'plain/content');
    mkdirSync(join(plain, 'articles'), { recursive: true });
    writeFileSync(join(plain, 'articles/a.mdx'), 'a\n');
    const seen: string[] = [];
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temp folder.
    const none = await readContentHistory(plain, { warn: (m) => seen.push(m), env: { ...cleanEnv, GIT_CEILING_DIRECTORIES: temp } });
    expect(none.status).toBe('not-a-repository');
    expect(none.revisionsOf('articles/a.mdx')).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  test('no git command', async () => {
    const seen: string[] = [];
    const none = await readContentHistory(join(repo, 'site/content'), {
      warn: (m) => seen.push(m),
      env: { ...cleanEnv, PATH: join(temp, 'empty') },
    });
    expect(none.status).toBe('no-git');
    expect(none.revisionsOf('data/beds.json')).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('git');
  });

  test('a repository without commits: no records, nothing wrong, no warning', async () => {
    const fresh = join(temp, 'fresh');
    mkdirSync(fresh);
    git(fresh, ['init', '-q']);
    writeFileSync(join(fresh, 'a.mdx'), 'a\n');
    const seen: string[] = [];
    const empty = await readContentHistory(fresh, { warn: (m) => seen.push(m), env: cleanEnv });
    expect(empty.status).toBe('complete');
    expect(empty.revisionsOf('a.mdx')).toEqual([]);
    expect(seen).toEqual([]);
  });
});

describe('the `updated` field, in the schema the checker and the build share', () => {
  const article = createArticleSchema({ regionIds: null, topicIds: null, today: '2024-06-30' });
  const base = {
    title: '永州市“两癌”免费检查进展',
    date: '2024-01-05',
    region: 'yongzhou',
    topics: ['fuyou'],
    type: 'report',
    source: '永州市卫生健康委员会',
    summary: '截至7月底，全市“两癌”免费检查完成任务的83.86%。',
  };
  const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  test('articles: a real date, not before `date`, not in the future', () => {
    expect(article.safeParse({ ...base, updated: '2024-03-15' }).data?.updated).toBe('2024-03-15');
    expect(article.safeParse({ ...base, updated: new Date('2024-03-15') }).data?.updated).toBe('2024-03-15');
    expect(messagesOf(article.safeParse({ ...base, updated: '2024-01-01' }))).toEqual([
      '更新日期 2024-01-01 早于发布日期 2024-01-05。`updated` 是最后一次实质修改的日期，不能早于 `date`，请核对；没有修改过就删除这一行。',
    ]);
    expect(messagesOf(article.safeParse({ ...base, updated: '2024-07-01' }))[0]).toContain('更新日期 `updated` 不能在未来');
    expect(messagesOf(article.safeParse({ ...base, updated: '2024-02-30' }))[0]).toContain('这一天不存在');
    expect(messagesOf(article.safeParse({ ...base, updated: '2024/03/15' }))[0]).toContain('不是 YYYY-MM-DD 格式的日期');
  });

  test('datasets: the same date rule', () => {
    const dataset = createDatasetSchema({ regionIds: null, today: '2024-06-30' });
    const data = {
      title: '床位',
      region: 'xianyang',
      unit: '张',
      source: '咸阳市卫生健康委员会',
      chart: 'bar',
      series: [{ name: '床位', points: [{ period: '2019', value: 1 }] }],
    };
    expect(dataset.safeParse({ ...data, updated: '2024-03-15' }).data?.updated).toBe('2024-03-15');
    expect(messagesOf(dataset.safeParse({ ...data, updated: '2024-13-01' }))[0]).toContain('这一天不存在');
    expect(messagesOf(dataset.safeParse({ ...data, updated: '2024-07-01' }))[0]).toContain('不能在未来');
    expect(messagesOf(dataset.safeParse({ ...data, updated: 20240315 }))[0]).toContain('不是 YYYY-MM-DD 格式的日期');
  });
});
