// `npm run check` in the forms CIs read: GitHub workflow commands and job
// summary, GitLab's Code Quality report, JSON. Run on real checker output: the
// same bad commit in every format names the same problems as the text an
// editor reads, and the format follows the CI the check runs in.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { article, makeContentRoot } from '../support/content-root.ts';
import { repoRoot } from '../support/paths.ts';
import {
  CODE_QUALITY_FILE,
  STEP_SUMMARY_LIMIT_BYTES,
  codeQualityReport,
  githubAnnotation,
  githubBlobUrl,
  stepSummary,
  type CodeQualityEntry,
  type JsonReport,
} from '../../src/lib/check/ci-formats.ts';
import type { Problem } from '../../src/lib/check/problem.ts';

const BAD = 'content/articles/bad.mdx';
const GOOD = 'content/articles/good.mdx';

/** A commit with three problems in two fields and the body, next to a good article. */
function badRoot(): string {
  return makeContentRoot({
    [BAD]: article({ region: 'xianyan', topics: '[yigai, jicen]' }, { body: '门诊量增长%，住院量基本持平。' }),
    [GOOD]: article({ title: '咸阳市卫生健康工作要点', date: '2021-04-01' }),
  });
}

/** The check from `root` with only the CI variables given (the ones of the CI running these tests removed). */
function check(root: string, args: string[], ci: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, WEIJIAN_CONTENT_DIR: '', ...ci };
  for (const name of ['GITHUB_ACTIONS', 'GITLAB_CI', 'GITHUB_STEP_SUMMARY', 'CI']) if (!(name in ci)) delete env[name];
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/check.ts'), ...args], { cwd: root, encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The problems as the editor's text lists them: `path:line: …`. */
function textProblems(root: string): string[] {
  const text = check(root, ['--format', 'text']);
  expect(text.status).toBe(1);
  return (text.stderr.split('\n\n')[0] ?? '').split('\n').filter(Boolean);
}

/** Undo the workflow command escaping (GitHub's toolkit). */
const unescape = (text: string) => text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

test('inside GitHub Actions: each problem is an annotation on its file and line, and the job summary lists them all', () => {
  const root = badRoot();
  const expected = textProblems(root);
  expect(expected).toHaveLength(3);
  const summaryDir = mkdtempSync(join(tmpdir(), 'weijian-summary-'));
  const summaryFile = join(summaryDir, 'step-summary.md');
  const run = check(root, [], {
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'hc/weijian',
    GITHUB_SHA: 'abc123',
  });
  expect(run.status).toBe(1);
  const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
  expect(annotations).toHaveLength(expected.length);
  const asText = annotations.map((line) => {
    const [, properties, message] = /^::error (.*?)::(.*)$/.exec(line)!;
    const props = Object.fromEntries(properties!.split(',').map((pair) => pair.split('=').map(unescape) as [string, string]));
    expect(Object.keys(props)).toEqual(['file', 'line', 'title']);
    expect(props.title).toMatch(/^内容检查/);
    const field = props.title!.replace(/^内容检查：?/, '');
    return `${props.file}:${props.line}: ${field ? `${field}：` : ''}${unescape(message!)}`;
  });
  expect(asText).toEqual(expected);
  expect(run.stderr).toContain('内容检查未通过：3 个问题');

  const summary = readFileSync(summaryFile, 'utf8');
  expect(summary).toContain('## 内容检查未通过：3 个问题');
  const rows = summary.split('\n').filter((line) => line.startsWith(`| [${BAD}]`));
  expect(rows).toHaveLength(3);
  expect(rows[0]).toContain(`(https://github.com/hc/weijian/blob/abc123/${BAD}#L4)`);
  rmSync(summaryDir, { recursive: true });
});

test('inside GitLab CI: the log keeps the text and a Code Quality report names every problem on its line', () => {
  const root = badRoot();
  const expected = textProblems(root);
  const run = check(root, [], { GITLAB_CI: 'true' });
  expect(run.status).toBe(1);
  expect((run.stderr.split('\n\n')[0] ?? '').split('\n').filter(Boolean)).toEqual(expected);
  const report = JSON.parse(readFileSync(join(root, CODE_QUALITY_FILE), 'utf8')) as CodeQualityEntry[];
  expect(report).toHaveLength(expected.length);
  for (const [index, entry] of report.entries()) {
    // The fields GitLab requires, with the types it expects.
    expect(typeof entry.description).toBe('string');
    expect(entry.check_name).toMatch(/^weijian\/[a-z正文]+/i);
    expect(entry.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(entry.severity);
    expect(expected[index]).toBe(`${entry.location.path}:${entry.location.lines.begin}: ${entry.description}`);
  }
  expect(new Set(report.map((entry) => entry.fingerprint)).size).toBe(report.length);
  expect(report.map((entry) => entry.check_name)).toContain('weijian/topics');
});

test('`--format json` gives the problems and counts to a script; `--report` moves the Code Quality file', () => {
  const root = badRoot();
  const json = check(root, ['--format', 'json'], { GITHUB_ACTIONS: 'true' });
  expect(json.status).toBe(1);
  const report = JSON.parse(json.stdout) as JsonReport;
  expect(report).toMatchObject({ passed: false, articles: 2, datasets: 0 });
  expect(report.problems.map((p) => `${p.path}:${p.line}: ${p.field ? `${p.field}：` : ''}${p.message}`)).toEqual(textProblems(root));

  const gitlab = check(root, ['--format=gitlab', '--report', 'reports/quality.json']);
  expect(gitlab.status).toBe(1);
  expect(existsSync(join(root, CODE_QUALITY_FILE))).toBe(false);
  // The folder is made if need be.
  expect(JSON.parse(readFileSync(join(root, 'reports/quality.json'), 'utf8'))).toHaveLength(3);
});

test('passing content: exit 0 in every format, an empty Code Quality report (so GitLab shows the fixed ones) and a passing summary', () => {
  const root = makeContentRoot({ [GOOD]: article() });
  const summaryDir = mkdtempSync(join(tmpdir(), 'weijian-summary-'));
  const github = check(root, [], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(summaryDir, 's.md') });
  expect(github.status).toBe(0);
  expect(github.stdout).not.toContain('::error');
  expect(readFileSync(join(summaryDir, 's.md'), 'utf8')).toContain('## 内容检查通过');
  const gitlab = check(root, [], { GITLAB_CI: 'true' });
  expect(gitlab.status).toBe(0);
  expect(JSON.parse(readFileSync(join(root, CODE_QUALITY_FILE), 'utf8'))).toEqual([]);
  expect(JSON.parse(check(root, ['--format', 'json']).stdout)).toMatchObject({ passed: true, problems: [] });
  rmSync(summaryDir, { recursive: true });
});

test('a bare CI=true (set by many tools) keeps the text an editor reads', () => {
  const root = badRoot();
  const run = check(root, [], { CI: 'true' });
  expect(run.status).toBe(1);
  expect(run.stdout).not.toContain('::error');
  expect(existsSync(join(root, CODE_QUALITY_FILE))).toBe(false);
  expect(run.stderr).toMatch(/^content\/articles\/bad\.mdx:4: region：/);
});

test('a wrong format or flag is refused with the usage, and nothing is checked', () => {
  const root = badRoot();
  const wrong = check(root, ['--format', 'xml']);
  expect(wrong.status).toBe(2);
  expect(wrong.stderr).toContain('不认识的输出格式 “xml”');
  expect(wrong.stderr).toContain('--format github|gitlab|json|text');
  const flag = check(root, ['--fromat', 'json']);
  expect(flag.status).toBe(2);
  expect(flag.stderr).toContain('不认识的参数 “--fromat”');
  const staged = check(root, ['--staged', '--format', 'json']);
  expect(staged.status).toBe(2);
  expect(staged.stderr).toContain('`--staged` 是提交前的检查');
});

test('annotations escape what would end a workflow command; a message with a comma, colon, percent or line break survives', () => {
  const problem: Problem = { path: 'content/a,b:c.mdx', line: 3, field: 'title', message: '50% 完成,\n第二行: 结束' };
  const line = githubAnnotation(problem);
  expect(line).toBe('::error file=content/a%2Cb%3Ac.mdx,line=3,title=内容检查：title::50%25 完成,%0A第二行: 结束');
  expect(line.split('\n')).toHaveLength(1);
});

test('the job summary stays under GitHub’s 1 MiB and says how many problems it left out', () => {
  const problems: Problem[] = Array.from({ length: 6000 }, (_, index) => ({
    path: `content/articles/a-${index}.mdx`,
    line: 2,
    field: 'title',
    message: `标题里有广告链接 | 请删除。${'很长的说明'.repeat(20)}`,
  }));
  const summary = stepSummary(problems, { articles: 6000, datasets: 0 });
  expect(new TextEncoder().encode(summary).length).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
  const rows = summary.split('\n').filter((line) => line.startsWith('| content/'));
  expect(rows.length).toBeGreaterThan(1000);
  expect(rows.length).toBeLessThan(6000);
  expect(summary).toContain(`另有 ${6000 - rows.length} 个问题没有列在这里`);
  // A | in a message does not open a new column.
  expect(rows[0]!.split(' | ')).toHaveLength(4);
});

test('Code Quality fingerprints ignore the line (an edit above keeps a problem the same) and tell repeats apart', () => {
  const one: Problem = { path: 'content/articles/a.mdx', line: 4, field: 'region', message: '未知的地区' };
  const [first] = codeQualityReport([one]);
  const [moved] = codeQualityReport([{ ...one, line: 9 }]);
  expect(moved!.fingerprint).toBe(first!.fingerprint);
  const twice = codeQualityReport([one, { ...one, line: 7 }]);
  expect(twice[0]!.fingerprint).not.toBe(twice[1]!.fingerprint);
  expect(codeQualityReport([{ ...one, field: 'topics[1]' }])[0]!.check_name).toBe('weijian/topics');
});

test('summary links go to the pull request’s own commit, not the merge commit GitHub makes for it', () => {
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'hc/weijian', GITHUB_SHA: 'merge1' };
  expect(githubBlobUrl(env)).toBe('https://github.com/hc/weijian/blob/merge1');
  expect(githubBlobUrl({ ...env, WEIJIAN_COMMIT_SHA: 'head2' })).toBe('https://github.com/hc/weijian/blob/head2');
  expect(githubBlobUrl({ GITHUB_SHA: 'x' })).toBeUndefined();
});
