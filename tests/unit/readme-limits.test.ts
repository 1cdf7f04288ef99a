// The editor's guide in README.md quotes the limits; it cannot import them, so
// this test holds it to the one place they are written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SUMMARY_MAX, SUMMARY_MIN, TITLE_MAX, TOPICS_MAX, TOPICS_MIN } from '../../src/lib/schema/limits.ts';
import { PAGE_SIZE } from '../../src/lib/content/site.ts';
import { DEFAULT_BUNDLE_PAGES, INDEX_CHUNK_POSITIONS } from '../../src/lib/search/bundles.ts';
import { repoRoot } from '../support/paths.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const fieldRow = (field: string) => readme.split('\n').find((line) => line.startsWith(`| \`${field}\` |`)) ?? '';

test('the field table quotes the schema limits', () => {
  expect(fieldRow('title')).toContain(`最多 ${TITLE_MAX} 个字`);
  expect(fieldRow('summary')).toContain(`${SUMMARY_MIN} 到 ${SUMMARY_MAX} 个字`);
  expect(fieldRow('topics')).toContain(`${TOPICS_MIN} 到 ${TOPICS_MAX} 个主题`);
});

test('the site description quotes the listing page size', () => {
  expect(readme).toContain(`with ${PAGE_SIZE} per page`);
});

test('the search description quotes the bundle size and the index chunk size', () => {
  expect(readme).toContain(`Pagefind indexes of ${DEFAULT_BUNDLE_PAGES} pages each`);
  expect(readme).toContain(`index chunks of ${INDEX_CHUNK_POSITIONS.toLocaleString('en')} word positions`);
});

test('the rules table of the editors’ guide has a row for every damage rule, with its Chinese name', async () => {
  const { DAMAGE_RULE_LABELS } = await import('../../src/lib/text/rule-ids.ts');
  for (const [rule, label] of Object.entries(DAMAGE_RULE_LABELS)) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${rule}\` `));
    expect(row, rule).toBeDefined();
    expect(row, rule).toContain(label);
  }
});
