import { join, relative, resolve, sep } from 'node:path';
import { checkContent, type CheckResult } from './content.ts';
import { messages } from '../messages/messages.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';
import { GitError, GitRepo, gitSource } from './source.ts';
import { contentDirFrom } from '../content/content-dir.ts';

/**
 * Check all content under `root` and print the outcome, in Chinese, for an
 * editor's terminal or a CI log. Returns the result when the content may be
 * published (the build reuses it), undefined when it may not.
 */
export function runContentCheck(root: string, env: Record<string, string | undefined>, what: string): CheckResult | undefined {
  const started = performance.now();
  const result = checkContent({ root, contentDir: resolve(root, contentDirFrom(env)) });
  const { problems, articles, datasets } = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(
      `\n内容检查未通过：${problems.length} 个问题（检查了 ${articles.length} 篇文章、${datasets.length} 个数据文件，用时 ${seconds} 秒）。请按提示修改后再试；${what}`,
    );
    return undefined;
  }
  console.log(`内容检查通过：${articles.length} 篇文章、${datasets.length} 个数据文件，用时 ${seconds} 秒。`);
  return result;
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
