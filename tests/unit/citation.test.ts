// Suggested citations (GB/T 7714-2015, electronic resources) and the licence sentence.
import { expect, test } from 'vitest';
import { citationParts, citationText } from '../../src/lib/content/citation.ts';
import { licenseStatement } from '../../src/lib/content/license.ts';
import { licenseUnchosen } from '../../src/lib/schema/site-config.ts';

const base = { author: '卫健编辑部', publisher: '卫健', url: 'https://example.org/data/beds/' };

test('a dataset: [DB/OL], publisher, year with the update date, the access date in brackets, the URL', () => {
  expect(citationText({ ...base, kind: 'data', title: '咸阳市每千人口床位数', modified: '2026-11-30' }, '2026-12-02')).toBe(
    '卫健编辑部. 咸阳市每千人口床位数[DB/OL]. 卫健, 2026(2026-11-30)[2026-12-02]. https://example.org/data/beds/.',
  );
});

test('an article: [EB/OL], the year it was published, dated by its last update; a title’s closing full stop is not doubled', () => {
  const input = {
    ...base,
    kind: 'article' as const,
    title: '咸阳市召开卫生健康工作会议。',
    published: '2021-03-03',
    modified: '2021-04-01',
  };
  expect(citationText(input, '2026-12-02')).toBe(
    '卫健编辑部. 咸阳市召开卫生健康工作会议[EB/OL]. 卫健, 2021(2021-04-01)[2026-12-02]. https://example.org/data/beds/.',
  );
  // Never updated: the publication date stands in the parentheses.
  expect(citationText({ ...input, modified: undefined }, '2026-12-02')).toContain('卫健, 2021(2021-03-03)[2026-12-02]');
});

test('without any date (no git history, no `updated`) the citation still has its access date and URL', () => {
  expect(citationText({ ...base, kind: 'data', title: '床位' }, '2026-12-02')).toBe(
    '卫健编辑部. 床位[DB/OL]. 卫健[2026-12-02]. https://example.org/data/beds/.',
  );
});

test('the page splits the citation around its access date, which the script replaces', () => {
  const { before, after } = citationParts({ ...base, kind: 'data', title: '床位', modified: '2026-11-30' });
  expect(before.endsWith('[')).toBe(true);
  expect(after.startsWith(']. ')).toBe(true);
});

test('a licence: granted, placeholder (said plainly, never claimed), or none', () => {
  const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
  expect(licenseStatement({ license })).toEqual({ text: 'CC BY 4.0', url: license.url, grantedUrl: license.url, granted: true });
  const placeholder = licenseStatement({ license: { ...license, placeholder: true } });
  expect(placeholder.granted).toBe(false);
  expect(placeholder.grantedUrl).toBeUndefined();
  expect(placeholder.text).toContain('尚未选定');
  expect(placeholder.text).toContain('占位');
  expect(licenseStatement({ license: null })).toMatchObject({ granted: false, text: expect.stringContaining('尚未选定') });
  expect([
    licenseUnchosen({ license: null }),
    licenseUnchosen({ license: { ...license, placeholder: true } }),
    licenseUnchosen({ license }),
  ]).toEqual([true, true, false]);
});
