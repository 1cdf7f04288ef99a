// `npm run check`: validate all content without building. Prints every problem
// as `path:line: field：message` and exits 1 if there is any.
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check/content.ts';
import { formatProblem } from '../src/lib/check/problem.ts';
import { contentDirFrom } from '../src/lib/content/paths.ts';

const root = process.cwd();
const started = performance.now();
const { problems, articles } = checkContent({ root, contentDir: resolve(root, contentDirFrom(process.env)) });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n内容检查未通过：${problems.length} 个问题（检查了 ${articles.length} 篇文章，用时 ${seconds} 秒）。请按提示修改后再试；网站没有生成。`);
  process.exit(1);
}
console.log(`内容检查通过：${articles.length} 篇文章，用时 ${seconds} 秒。`);
