// `npm run check`: validate all content without building. Prints every problem
// as `path:line: field：message` and exits 1 if there is any.
// `npm run check -- --staged` (the pre-commit hook): only what is being committed,
// as staged in the git index; unstaged and untracked work in progress is left alone.
import { messages } from '../src/lib/messages/messages.ts';
import { runContentCheck, runStagedContentCheck } from '../src/lib/check/run.ts';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = args.find((arg) => arg !== '--staged');
if (unknown !== undefined) {
  console.error(messages.checkUsage(unknown));
  process.exit(2);
}
const passed = args.includes('--staged')
  ? runStagedContentCheck(process.cwd(), process.env)
  : Boolean(runContentCheck(process.cwd(), process.env, '没有发布任何内容。'));
if (!passed) process.exit(1);
