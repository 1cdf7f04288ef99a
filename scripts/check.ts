// `npm run check`: validate all content without building. Prints every problem
// as `path:line: field：message` and exits 1 if there is any.
import { runContentCheck } from '../src/lib/check/run.ts';

if (!runContentCheck(process.cwd(), process.env, '没有发布任何内容。')) process.exit(1);
