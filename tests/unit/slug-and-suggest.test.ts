import { expect, test } from 'vitest';
import { isValidSlug, suggestSlug } from '../../src/lib/schema/slug.ts';
import { suggestClosest } from '../../src/lib/messages/suggest.ts';

test.each(['yongzhou-liangai-2019', 'a', '2019', 'x1-y2'])('%s is a slug', (slug) => expect(isValidSlug(slug)).toBe(true));
test.each(['Yongzhou', 'two--hyphens', '-start', 'end-', 'under_score', 'space here', '卫健', 'a.b'])('%s is not', (slug) =>
  expect(isValidSlug(slug)).toBe(false),
);
test('suggestSlug repairs what it can', () => {
  expect(suggestSlug('Xianyang_Meeting 2021')).toBe('xianyang-meeting-2021');
  expect(suggestSlug('永州 report')).toBe('report');
});

test('suggestClosest offers near misses only', () => {
  const ids = ['xianyang', 'yongzhou', 'jinzhong', 'qianjiang'];
  expect(suggestClosest('xianyan', ids)).toBe('xianyang');
  expect(suggestClosest('Yongzou', ids)).toBe('yongzhou');
  expect(suggestClosest('beijing', ids)).toBeUndefined();
  expect(suggestClosest('', ids)).toBeUndefined();
  expect(suggestClosest(42, ids)).toBeUndefined();
});
