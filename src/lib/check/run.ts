import { resolve } from 'node:path';
import { checkContent, type CheckResult } from './content.ts';
import { formatProblem } from './problem.ts';
import { contentDirFrom } from '../content/paths.ts';

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
