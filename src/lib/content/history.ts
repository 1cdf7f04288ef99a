// The revision record of every content file, from git, in one pass: one
// `git rev-parse` and one `git log` for the whole content folder (not one
// process per file), parsed here. Pages show it as 修订记录 beside the
// editor's own 更正说明, and its newest date as 最后更新 unless the editor wrote
// `updated`.
//
// The rules, which the README's editor section repeats:
// - A revision is a commit that changed the file, dated by its committer date
//   (when it landed: a rebased or cherry-picked commit counts from then) on the
//   calendar in China (UTC+8), newest first by commit date (--date-order: still children before parents, which the rename tracking needs).
// - A commit whose subject starts with 维护：(or 维护:) is for the site's
//   keepers, not for readers (reformatting, a `reviewed` entry, moving files):
//   it is left out of the record and of 最后更新. Merge commits are left out
//   too; the commits they bring in are listed.
// - Renames are followed (git's rename detection, -M, at its default 50%
//   similarity): a renamed file keeps the record of its old name. A file
//   that is added again after being deleted, or one copied from another,
//   starts a new record. A rename into the content folder from outside it
//   counts as an addition.
// - A shallow clone has only part of the history, so its dates would be
//   made up (every file "changed" in the last fetched commit): then, as
//   when git or the repository is missing, no file has a record, and the
//   build prints one warning saying how to fetch the full history.
// - A file git does not track (never committed) has no record; a file with
//   uncommitted changes shows its committed record.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { todayInChina } from '../format/date.ts';

export interface Revision {
  /** The full commit hash. */
  commit: string;
  /** YYYY-MM-DD, the committer date in China. */
  date: string;
  /** The commit message's subject line. */
  subject: string;
}

/**
 * How the history was read: 'complete' is the only state that gives records;
 * the others give none (and a warning).
 */
export type HistoryStatus = 'complete' | 'shallow' | 'not-a-repository' | 'no-git' | 'failed';

export interface ContentHistory {
  status: HistoryStatus;
  /** Reader-facing revisions of a file, by its path inside the content folder ('articles/x.mdx'), newest first. */
  revisionsOf: (path: string) => Revision[];
  /** Commits that changed the content folder (hidden ones included), and files with a reader-facing record: for measuring. */
  commits: number;
  files: number;
  /** Milliseconds spent running git and parsing its output. */
  elapsedMs: number;
}

/** The subject prefix of commits readers don't care about, in both colon widths. */
export const HIDDEN_COMMIT_MARKERS = ['维护：', '维护:'] as const;

/** False for a commit the record leaves out (subject starting with 维护：). */
export function isReaderFacing(subject: string): boolean {
  const start = subject.trimStart();
  return !HIDDEN_COMMIT_MARKERS.some((marker) => start.startsWith(marker));
}

/** 最后更新: the editor's `updated` when written, else the newest reader-facing revision's date, else none. */
export function lastUpdated(editorDate: string | undefined, revisions: readonly Revision[]): string | undefined {
  return editorDate ?? revisions[0]?.date;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * The `git log` arguments whose output parseGitLog reads, run in the content
 * folder. --relative (changes inside the current folder, paths relative to
 * it) instead of a pathspec: a pathspec makes git diff every commit twice,
 * once to simplify history and once to list its files (4.0–4.8 s of CPU
 * instead of 1.2–1.9 s on 10,000 files in 3,000 commits); every other commit
 * of the repository is listed with no files, and costs one tree comparison.
 * Without a pathspec no merge simplification happens either: a side branch's
 * commit whose change a merge dropped is still listed.
 * -z: paths raw, NUL separated (no quoting of Chinese names); -c overrules a
 * user's configuration that would add to the output.
 */
export const GIT_LOG_ARGS = [
  '-c',
  'log.showSignature=false',
  'log',
  '-z',
  '--date-order',
  '--no-merges',
  '-M',
  '--name-status',
  '--relative',
  '--encoding=UTF-8',
  `--format=${RECORD}%H${FIELD}%ct${FIELD}%s`,
];

/**
 * Every file's revisions from the output of `git log GIT_LOG_ARGS`, by path
 * inside the folder it ran in. All commits, hidden ones included, newest
 * first; renames followed (see the top of this file). `prefix` is left out of
 * the paths, and paths without it are skipped: '' for GIT_LOG_ARGS, whose
 * paths are relative already; 'content/' for a log run at the top of the
 * repository (`git rev-parse --show-prefix` prints it).
 */
export function parseGitLog(output: string, prefix = ''): Map<string, Revision[]> {
  const byFile = new Map<string, Revision[]>();
  // A path in an older commit → the file (by its newest name) it is part of.
  // A name whose file began (was added, or renamed to it) maps to a key no file has.
  const alias = new Map<string, string>();
  const ended = (path: string, commit: string) => `\0ended:${path}:${commit}`;
  const tokens = output.split('\0');
  let revision: Revision | undefined;
  const record = (path: string) => {
    const key = alias.get(path) ?? path;
    if (revision && !key.startsWith('\0')) {
      const list = byFile.get(key) ?? [];
      if (list.at(-1) !== revision) list.push(revision);
      byFile.set(key, list);
    }
    return key;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!.replace(/^\n/, '');
    if (token === '') continue;
    if (token.startsWith(RECORD)) {
      const [commit = '', seconds = '', ...subject] = token.slice(1).split(FIELD);
      revision = { commit, date: todayInChina(new Date(Number(seconds) * 1000)), subject: subject.join(FIELD) };
      continue;
    }
    const status = token[0];
    if (status === 'R' || status === 'C') {
      const from = inFolder(tokens[++index], prefix);
      const to = inFolder(tokens[++index], prefix);
      if (to === undefined) continue;
      const key = record(to);
      alias.set(to, ended(to, revision?.commit ?? ''));
      if (status === 'R' && from !== undefined) alias.set(from, key);
    } else {
      const path = inFolder(tokens[++index], prefix);
      if (path === undefined) continue;
      record(path);
      if (status === 'A') alias.set(path, ended(path, revision?.commit ?? ''));
    }
  }
  return byFile;
}

function inFolder(path: string | undefined, prefix: string): string | undefined {
  return path !== undefined && path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/** The warning a build prints once when the history gives no records, in the editor's terms. */
export function historyWarning(status: Exclude<HistoryStatus, 'complete'>, contentDir: string, detail = ''): string {
  const effect = '文章和数据页面不显示修订记录和来自 git 的“最后更新”日期（编辑填写的 `updated` 照常显示）。';
  switch (status) {
    case 'shallow':
      return (
        `修订记录：${contentDir} 所在的 git 仓库是浅克隆（shallow clone），历史不完整，${effect}` +
        '请取得完整历史后重新生成：本地运行 `git fetch --unshallow`；GitHub Actions 在 actions/checkout 中设 `fetch-depth: 0`；GitLab CI 设变量 `GIT_DEPTH: 0`。' +
        ` (Shallow clone: no revision history. Run \`git fetch --unshallow\`, or set fetch-depth: 0 / GIT_DEPTH: 0 in CI.)`
      );
    case 'no-git':
      return `修订记录：找不到 git 命令，${effect}请安装 git（如 \`apt-get install git\`）后重新生成。`;
    case 'not-a-repository':
      return `修订记录：${contentDir} 不在 git 仓库中，${effect}`;
    case 'failed':
      return `修订记录：读取 git 历史失败（${detail}），${effect}`;
  }
}

// Variables that would point git at another repository or index than the
// content folder's own (a build started from a git hook has them set).
const REPOSITORY_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_PREFIX'];

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  missing: boolean;
}

function runGit(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolve) => {
    // 10,000 files in 3,000 commits print 0.6 MB; the buffer only caps runaway output.
    execFile('git', args, { cwd, env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({
        ok: !error,
        stdout: stdout.toString('utf8'),
        stderr: stderr.toString('utf8').trim(),
        missing: (error as NodeJS.ErrnoException | null)?.code === 'ENOENT',
      });
    });
  });
}

export interface ReadHistoryOptions {
  /** Called once when the history gives no records (shallow clone, no git, no repository); the build prints it. */
  warn?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** Every content file's revision record, from the git repository the content folder is in. */
export async function readContentHistory(contentDir: string, { warn = () => {}, env = process.env }: ReadHistoryOptions = {}): Promise<ContentHistory> {
  const started = performance.now();
  const gitEnv: NodeJS.ProcessEnv = { ...env, LC_ALL: 'C' };
  for (const name of REPOSITORY_VARIABLES) delete gitEnv[name];
  const none = (status: Exclude<HistoryStatus, 'complete'>, detail?: string): ContentHistory => {
    warn(historyWarning(status, contentDir, detail));
    return { status, revisionsOf: () => [], commits: 0, files: 0, elapsedMs: performance.now() - started };
  };
  if (!existsSync(contentDir)) return none('not-a-repository');

  const where = await runGit(['rev-parse', '--is-shallow-repository'], contentDir, gitEnv);
  if (where.missing) return none('no-git');
  if (!where.ok) return /not a git repository/i.test(where.stderr) ? none('not-a-repository') : none('failed', firstLine(where.stderr));
  const shallow = where.stdout.trim();
  if (shallow === 'true') return none('shallow');
  // Git before 2.15 echoes the option it does not know.
  if (shallow !== 'false') return none('failed', `git rev-parse printed ${shallow}: git 2.15 or later is needed`);

  const log = await runGit(GIT_LOG_ARGS, contentDir, gitEnv);
  let output = log.stdout;
  if (!log.ok) {
    // A repository with no commit yet has no history, and nothing is wrong.
    const head = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], contentDir, gitEnv);
    if (head.ok) return none('failed', firstLine(log.stderr));
    output = '';
  }
  const all = parseGitLog(output);
  const shown = new Map<string, Revision[]>();
  for (const [path, revisions] of all) {
    const readerFacing = revisions.filter((revision) => isReaderFacing(revision.subject));
    if (readerFacing.length) shown.set(path, readerFacing);
  }
  return {
    status: 'complete',
    revisionsOf: (path) => shown.get(path) ?? [],
    // Records with a file after the header line: the commits that changed the folder.
    commits: output.split(RECORD).filter((text) => /\0\n?[^\0\n]/.test(text)).length,
    files: shown.size,
    elapsedMs: performance.now() - started,
  };
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
