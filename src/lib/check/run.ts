import { resolve } from 'node:path';
import { checkContent } from './content.ts';
import { formatProblem } from './problem.ts';
import { contentDirFrom } from '../content/paths.ts';

/**
 * Check all content under `root` and print the outcome, in Chinese, for an
 * editor's terminal or a CI log. Returns true when the content may be published.
 */
export function runContentCheck(root: string, env: Record<string, string | undefined>, what: string): boolean {
  const started = performance.now();
  const { problems, articles, datasets } = checkContent({ root, contentDir: resolve(root, contentDirFrom(env)) });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(
      `\n内容检查未通过：${problems.length} 个问题（检查了 ${articles.length} 篇文章、${datasets.length} 个数据文件，用时 ${seconds} 秒）。请按提示修改后再试；${what}`,
    );
    return false;
  }
  console.log(`内容检查通过：${articles.length} 篇文章、${datasets.length} 个数据文件，用时 ${seconds} 秒。`);
  return true;
}
