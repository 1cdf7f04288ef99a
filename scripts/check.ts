// `npm run check`: validate all content without building. Prints every problem
// as `path:line: field：message` and exits 1 if there is any.
// `npm run check -- --format github|gitlab|json|text`: the same problems in the
// form a CI shows on their lines (chosen by itself inside GitHub Actions and
// GitLab CI); `--report FILE` moves GitLab's Code Quality report.
// `npm run check -- --staged` (the pre-commit hook): only what is being committed,
// as staged in the git index; unstaged and untracked work in progress is left alone.
import { parseArgs } from 'node:util';
import { messages } from '../src/lib/messages/messages.ts';
import { runContentCheck, runStagedContentCheck } from '../src/lib/check/run.ts';
import { CHECK_FORMATS, chooseCheckFormat, isCheckFormat } from '../src/lib/check/ci-formats.ts';

function usage(detail: string): never {
  console.error(messages.checkUsage(detail));
  process.exit(2);
}

let values: { staged?: boolean; format?: string; report?: string };
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { staged: { type: 'boolean' }, format: { type: 'string' }, report: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  const argument = /'([^']+)'/.exec(String((error as Error).message))?.[1] ?? String((error as Error).message);
  usage(messages.checkUnknownArgument(argument));
}
const asked = values.format;
if (asked !== undefined && !isCheckFormat(asked)) usage(messages.checkUnknownFormat(asked, CHECK_FORMATS));
if (values.staged && (asked !== undefined || values.report !== undefined)) usage(messages.checkStagedIsText());

const passed = values.staged
  ? runStagedContentCheck(process.cwd(), process.env)
  : Boolean(
      runContentCheck(process.cwd(), process.env, '没有发布任何内容。', {
        format: chooseCheckFormat(asked, process.env),
        report: values.report,
      }),
    );
if (!passed) process.exit(1);
