import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  CODE_QUALITY_FILE,
  codeQualityReport,
  githubAnnotation,
  githubBlobUrl,
  stepSummary,
  type CheckFormat,
  type JsonReport,
} from './ci-formats.ts';
import { checkContent, type CheckResult } from './content.ts';
import { messages } from '../messages/messages.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';
import { GitError, GitRepo, gitSource } from './source.ts';
import { contentDirFrom } from '../content/content-dir.ts';

export interface CheckOutput {
  format: CheckFormat;
  /** Where the GitLab Code Quality report goes (format gitlab); relative to `root`. */
  report?: string;
}

/**
 * Check all content under `root` and print the outcome: in Chinese for an
 * editor's terminal or a CI log, and in the form the CI shows on the lines
 * (ci-formats.ts). Returns the result when the content may be published (the
 * build reuses it), undefined when it may not.
 */
export function runContentCheck(
  root: string,
  env: Record<string, string | undefined>,
  what: string,
  output: CheckOutput = { format: 'text' },
): CheckResult | undefined {
  const started = performance.now();
  const result = checkContent({ root, contentDir: resolve(root, contentDirFrom(env)) });
  const { problems, articles, datasets } = result;
  const seconds = (performance.now() - started) / 1000;
  const counts = { articles: articles.length, datasets: datasets.length };
  const outcome = problems.length
    ? `\n内容检查未通过：${problems.length} 个问题（检查了 ${counts.articles} 篇文章、${counts.datasets} 个数据文件，用时 ${seconds.toFixed(2)} 秒）。请按提示修改后再试；${what}`
    : `内容检查通过：${counts.articles} 篇文章、${counts.datasets} 个数据文件，用时 ${seconds.toFixed(2)} 秒。`;
  const say = problems.length ? console.error : console.log;
  switch (output.format) {
    case 'json': {
      const report: JsonReport = { passed: !problems.length, ...counts, seconds: Number(seconds.toFixed(3)), problems };
      console.log(JSON.stringify(report, null, 2));
      break;
    }
    case 'github': {
      // Workflow commands are read from stdout; the plain list stays in the log, folded.
      for (const problem of problems) console.log(githubAnnotation(problem));
      if (problems.length) {
        console.log('::group::全部问题（文件:行）');
        for (const problem of problems) console.log(formatProblem(problem));
        console.log('::endgroup::');
      }
      say(outcome);
      if (env.GITHUB_STEP_SUMMARY)
        appendFileSync(env.GITHUB_STEP_SUMMARY, stepSummary(problems, { ...counts, blobUrl: githubBlobUrl(env) }));
      break;
    }
    case 'gitlab':
    case 'text': {
      for (const problem of problems) console.error(formatProblem(problem));
      say(outcome);
      if (output.format === 'gitlab') {
        const file = resolve(root, output.report ?? CODE_QUALITY_FILE);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(codeQualityReport(problems), null, 2)}\n`);
        console.log(messages.codeQualityWritten(relative(root, file).split(sep).join('/'), problems.length));
      }
      break;
    }
  }
  return problems.length ? undefined : result;
}

/**
 * The pre-commit hook, `npm run check -- --staged`: check what is being
 * committed (the index, not the working tree) and report the problems the
 * commit brings: those in the files it adds, changes or deletes, and those it
 * causes in other files (an article citing a dataset it deletes, an article it
 * re-posts). Work in progress outside the commit, and problems already in the
 * last commit in files it leaves alone, do not stop it. Returns whether the commit may go ahead.
 */
export function runStagedContentCheck(root: string, env: Record<string, string | undefined>): boolean {
  const started = performance.now();
  const contentDir = resolve(root, contentDirFrom(env));
  const repo = GitRepo.open(root);
  if (!repo) {
    console.error(messages.stagedNotInRepo());
    return false;
  }
  try {
    const scope = repo.gitPath(contentDir);
    const prefix = scope ? `${scope}/` : '';
    const staged = scope === undefined ? [] : repo.stagedPaths().filter((path) => path.startsWith(prefix));
    if (staged.length === 0) {
      console.log(messages.stagedNothing(contentDirFrom(env).replace(/[/\\]+$/, '')));
      return true;
    }
    // Problem paths are relative to `root`, as in every other message.
    // Spelled under the content folder as given (it may be a symlink), as the source lists them.
    const touched = new Set(
      staged.map((path) =>
        relative(root, join(contentDir, ...path.slice(prefix.length).split('/')))
          .split(sep)
          .join('/'),
      ),
    );
    const result = checkContent({ root, contentDir, source: gitSource(repo, 'index', contentDir) });
    const own = result.problems.filter((problem) => touched.has(problem.path));
    const elsewhere = result.problems.filter((problem) => !touched.has(problem.path));
    // A problem in an untouched file is the commit's doing unless the last commit has it too.
    let caused = elsewhere;
    if (elsewhere.length) {
      // Compared by place, not wording: a message may quote another file's path, a date or a similarity the commit changed.
      const place = (problem: Problem) => `${problem.path}\u0000${problem.line}\u0000${problem.field ?? ''}`;
      const before = new Set(checkContent({ root, contentDir, source: gitSource(repo, 'HEAD', contentDir) }).problems.map(place));
      caused = elsewhere.filter((problem) => !before.has(place(problem)));
    }
    const problems = sortProblems([...own, ...caused]);
    const preexisting = elsewhere.length - caused.length;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (problems.length) {
      for (const problem of problems) console.error(formatProblem(problem));
      console.error(`\n${messages.stagedRefused(problems.length, result.articles.length, result.datasets.length, seconds)}`);
      if (preexisting) console.error(messages.stagedPreexisting(preexisting));
      return false;
    }
    console.log(messages.stagedPassed(result.articles.length, result.datasets.length, seconds));
    if (preexisting) console.log(messages.stagedPreexisting(preexisting));
    return true;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    console.error(messages.stagedGitFailed(error.message));
    return false;
  }
}
