// `node scripts/ci-preview-note.ts github|gitlab <artifact> <base>`: how to
// view a pull/merge request's preview (src/lib/ci/preview-note.ts).
import { previewNote } from '../src/lib/ci/preview-note.ts';

const [host, artifact = 'preview', base = '/'] = process.argv.slice(2);
if (host !== 'github' && host !== 'gitlab') {
  console.error('用法：node scripts/ci-preview-note.ts github|gitlab <附件名> <网址路径>');
  process.exit(2);
}
process.stdout.write(previewNote(host, artifact, base));
