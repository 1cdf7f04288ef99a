// The content check's output for machines: GitHub workflow commands (an
// annotation on the problem's line in a pull request) and a job summary,
// a GitLab Code Quality report (shown in a merge request), and plain JSON for
// scripts. The default output, for people, stays formatProblem's `path:line`.
import { createHash } from 'node:crypto';
import type { Problem } from './problem.ts';

export const CHECK_FORMATS = ['text', 'github', 'gitlab', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export function isCheckFormat(value: string): value is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(value);
}

/**
 * The format asked for, else the one the CI we run in reads. Only the hosts'
 * own documented variables count (GITHUB_ACTIONS, GITLAB_CI, both "true"):
 * a bare CI=true is set by many tools and says nothing about who reads the log.
 */
export function chooseCheckFormat(asked: CheckFormat | undefined, env: Record<string, string | undefined>): CheckFormat {
  if (asked) return asked;
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  return 'text';
}

/** Where GitLab's Code Quality report is written unless `--report` says otherwise; .gitlab-ci.yml names the same file. */
export const CODE_QUALITY_FILE = 'gl-code-quality-report.json';

/** The heading an annotation carries: what kind of problem, and in which field. */
export function problemTitle(problem: Problem): string {
  return problem.field ? `内容检查：${problem.field}` : '内容检查';
}

// Workflow command escaping (GitHub's toolkit, @actions/core command.ts):
// the message escapes % CR LF; property values also : and ,.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `::error file=…,line=…,title=…::message`, one line per problem, for stdout. */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${problem.path}`, `line=${problem.line}`, `title=${problemTitle(problem)}`]
    .map((pair) => {
      const at = pair.indexOf('=');
      return `${pair.slice(0, at)}=${escapeProperty(pair.slice(at + 1))}`;
    })
    .join(',');
  return `::error ${properties}::${escapeData(problem.message)}`;
}

/** GitHub refuses a step summary over 1 MiB; rows stop short of it and say how many were left out. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryContext {
  /** Link each problem to its line: `${server}/${repository}/blob/${sha}/${path}#L${line}`. */
  blobUrl?: string;
  articles: number;
  datasets: number;
}

/**
 * Where a file of the commit being checked is shown on GitHub, from the workflow's own variables.
 * In a pull request GITHUB_SHA is a merge commit GitHub makes and later drops; the workflow passes
 * the request's own commit as WEIJIAN_COMMIT_SHA.
 */
export function githubBlobUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = env;
  const sha = env.WEIJIAN_COMMIT_SHA || env.GITHUB_SHA;
  return server && repository && sha ? `${server}/${repository}/blob/${sha}` : undefined;
}

const cell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');

/**
 * The job summary: every problem in one table (GitHub annotates only the
 * first ten errors of a step on the changed lines), in the order of the log.
 */
export function stepSummary(problems: readonly Problem[], context: SummaryContext): string {
  if (!problems.length) return `## 内容检查通过\n\n${context.articles} 篇文章、${context.datasets} 个数据文件，没有发现问题。\n`;
  const head =
    `## 内容检查未通过：${problems.length} 个问题\n\n` +
    `检查了 ${context.articles} 篇文章、${context.datasets} 个数据文件。网站没有发布；请按提示修改后再提交。\n\n` +
    '| 文件 | 行 | 字段 | 问题与改法 |\n| --- | ---: | --- | --- |\n';
  const encoder = new TextEncoder();
  let summary = head;
  let bytes = encoder.encode(head).length;
  // Room for the closing note, whatever the count.
  const budget = STEP_SUMMARY_LIMIT_BYTES - 512;
  for (const [index, problem] of problems.entries()) {
    const file = context.blobUrl
      ? `[${cell(problem.path)}](${context.blobUrl}/${problem.path.split('/').map(encodeURIComponent).join('/')}#L${problem.line})`
      : cell(problem.path);
    const row = `| ${file} | ${problem.line} | ${cell(problem.field ?? '')} | ${cell(problem.message)} |\n`;
    const size = encoder.encode(row).length;
    if (bytes + size > budget)
      return `${summary}\n另有 ${problems.length - index} 个问题没有列在这里（摘要有大小限制），请在这一步的日志中查看全部问题。\n`;
    summary += row;
    bytes += size;
  }
  return summary;
}

/** One entry of GitLab's Code Quality report (the subset of the Code Climate spec GitLab reads). */
export interface CodeQualityEntry {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * GitLab compares fingerprints between the merge request and its target to
 * tell new problems from fixed ones, so a fingerprint leaves the line out (an
 * edit above would otherwise make every problem "new") and counts repeats.
 */
export function codeQualityReport(problems: readonly Problem[]): CodeQualityEntry[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const identity = `${problem.path}\u0000${problem.field ?? ''}\u0000${problem.message}`;
    const repeat = seen.get(identity) ?? 0;
    seen.set(identity, repeat + 1);
    return {
      description: problem.field ? `${problem.field}：${problem.message}` : problem.message,
      // The field without list positions (topics[1] → topics): a stable name to group by.
      check_name: `weijian/${(problem.field ?? 'file').replace(/\[\d+\]/g, '')}`,
      fingerprint: createHash('sha256').update(`${identity}\u0000${repeat}`).digest('hex').slice(0, 32),
      // Every problem stops the commit from being published.
      severity: 'blocker',
      location: { path: problem.path, lines: { begin: problem.line } },
    };
  });
}

export interface JsonReport {
  passed: boolean;
  articles: number;
  datasets: number;
  seconds: number;
  problems: Problem[];
}
