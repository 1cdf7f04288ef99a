// How a query is read, how its words are found in a word index without any
// page's text, how a result's excerpt is cut and how the index is bundled:
// src/lib/search/query.ts, match.ts, snippet.ts and bundles.ts, on a small index of the tests' own that answers
// as Pagefind 1.6 does (a word it does not know is answered with the longest
// shorter word it knows).
import { describe, expect, test } from 'vitest';
import { chineseSegmenter, parseQuery, textMatch } from '../../src/lib/search/query.ts';
import { groupings, matchQuery, pagesWith, type Pages, type WordIndex } from '../../src/lib/search/match.ts';
import { ELLIPSIS, snippet } from '../../src/lib/search/snippet.ts';
import { DEFAULT_BUNDLE_PAGES, bundleEntry, bundlePages, bundlesInScope, planBundles } from '../../src/lib/search/bundles.ts';

const segment = chineseSegmenter();
const wordsOf = (query: string) => parseQuery(query, {}, segment).parts.map((part) => part.words);

describe('query words', () => {
  test.each([
    ['核酸检测', [['核酸', '检测']]],
    ['两癌筛查', [['两癌', '筛查']]],
    ['养老院', [['养老院']]],
    ['医共体建设', [['医共体', '建设']]],
    ['家庭医生签约', [['家庭', '医生', '签约']]],
    ['村卫生室', [['村卫生室']]],
    ['2019年', [['2019年']]],
    ['中医馆 针灸', [['中医馆'], ['针灸']]],
    ['癌', [['癌']]],
  ])('%s → %j', (query, words) => {
    expect(wordsOf(query)).toEqual(words);
  });

  test('punctuation inside a part ends a word; 『』 quote like “”; Latin letters match in any case', () => {
    expect(wordsOf('卫生院/所')).toEqual([['卫生院', '所']]);
    expect(parseQuery('『两癌筛查』', {}, segment)).toMatchObject({ quoted: true, parts: [{ text: '两癌筛查' }] });
    expect(textMatch('COVID-19 疫苗', parseQuery('covid', {}, segment)).all).toBe(true);
  });

  test('Traditional is read as Simplified; quotes make a phrase query; full-width spaces split parts', () => {
    const parsed = parseQuery('“兩癌”', { 兩: '两' }, segment);
    expect(parsed).toMatchObject({ quoted: true, simplified: '两癌', parts: [{ text: '两癌', words: ['两癌'] }] });
    expect(parseQuery('中医馆\u3000针灸', {}, segment).parts.map((part) => part.text)).toEqual(['中医馆', '针灸']);
    expect(parseQuery('  ', {}, segment).parts).toEqual([]);
  });

  test('the ground truth: every word for a match, every part as typed for an exact one', () => {
    const text = '妇女“两癌”免费检查，孕产妇产前筛查';
    expect(textMatch(text, parseQuery('两癌筛查', {}, segment))).toEqual({ all: true, exact: false });
    expect(textMatch(text, parseQuery('产前筛查', {}, segment))).toEqual({ all: true, exact: true });
    expect(textMatch('婚检、孕前优生检查', parseQuery('核酸检测', {}, segment))).toEqual({ all: false, exact: false });
  });
});

/**
 * An index of pages already cut into words, answering as the engine's
 * Pagefind adapter does: exact words, words beginning with a term, runs of
 * words. (Pagefind's own fallback to a shorter word, which made 婚检 answer
 * 核酸检测, is the adapter's to keep out; the browser tests check it.)
 */
function wordIndex(pages: Record<string, string[]>, log: string[] = []): WordIndex {
  const find = (test: (words: string[], at: number) => boolean): Pages =>
    new Set(Object.entries(pages).flatMap(([page, words]) => (words.some((_, at) => test(words, at)) ? [page] : [])));
  return {
    exact: async (term) => {
      log.push(`"${term}"`);
      return find((words, at) => words[at] === term);
    },
    // As the engine's adapter answers: words that begin with the term, never Pagefind's shorter-word fallback.
    prefix: async (term) => {
      log.push(term);
      return find((words, at) => words[at]!.startsWith(term));
    },
    phrase: async (terms) => {
      log.push(`"${terms.join(' ')}"`);
      return find((words, at) => terms.every((term, n) => words[at + n] === term));
    },
    isOneTerm: (term) => segment(term).filter((s) => s.isWordLike).length === 1,
    holds: async (page, text) => {
      log.push(`read ${page}`);
      return (pages[page] ?? []).join('').includes(text);
    },
  };
}

const pages = {
  yongzhou: ['婚', '检', '、', '孕前', '优生', '检查', '，', '妇女', '“', '两', '癌', '”', '免费', '检查', '和', '产前', '筛', '查'],
  clinic: ['乡镇', '卫生', '院', '和', '村', '卫生', '室'],
  homes: ['老', '年人', '和', '医', '院'],
  nursing: ['建设', '养老', '院', '三', '所'],
  lab: ['核酸', '检测', '站'],
};

describe('finding words in the index', () => {
  const index = wordIndex(pages);
  const match = (query: string) => matchQuery(index, parseQuery(query, {}, segment));

  test('核酸检测 does not match a page that only has 婚检 and 检查 (one shared character is not a word)', async () => {
    expect(await match('核酸检测')).toEqual({ all: new Set(['lab']), exact: new Set(['lab']) });
  });
  test('养老院 does not match a page with 老 and 院 apart', async () => {
    expect((await match('养老院')).all).toEqual(new Set(['nursing']));
  });
  test('两癌筛查 finds the page with 两癌 and 筛查 apart, but not as an exact match', async () => {
    expect(await match('两癌筛查')).toEqual({ all: new Set(['yongzhou']), exact: new Set() });
  });
  test('a quoted query matches the exact phrase only', async () => {
    expect((await match('"两癌筛查"')).all).toEqual(new Set());
    expect((await match('"产前筛查"')).all).toEqual(new Set(['yongzhou']));
  });
  test('a word the indexer cut in two is found as a run of its words; words apart are not a run', async () => {
    expect(await pagesWith(index, '卫生院')).toEqual(new Set(['clinic']));
    expect(await pagesWith(index, '村卫生室')).toEqual(new Set(['clinic']));
    expect(await pagesWith(index, '医院')).toEqual(new Set(['homes']));
    expect(await pagesWith(index, '和村')).toEqual(new Set(['clinic']));
    expect(await pagesWith(index, '院村')).toEqual(new Set());
  });
  test('a word that begins a longer word is found (检测 in 检测站); one that does not occur finds nothing', async () => {
    expect((await match('检测')).all).toEqual(new Set(['lab']));
    expect((await match('测站')).all).toEqual(new Set());
  });
  test('words the indexer cut across are found as a group: 每千|人口 in 每|千人|口', async () => {
    const cut = wordIndex({ beds: ['每', '千人', '口', '医疗', '床位', '数'], other: ['每', '年', '千人', '人口'] });
    const found = await matchQuery(cut, parseQuery('每千人口床位数', {}, segment));
    expect(found.all).toEqual(new Set(['beds']));
    expect(groupings(['a', 'b', 'c'])).toEqual([['a', 'b', 'c'], ['ab', 'c'], ['a', 'bc'], ['abc']]);
  });
  test('a word that begins inside an index word is found by reading the few pages that hold the rest of it', async () => {
    const log: string[] = [];
    // 村卫生 in 乡村|卫生: no run of index words starts with 村.
    const index = wordIndex({ notice: ['建设', '乡村', '卫生', '室'], other: ['公共', '卫生'], none: ['村', '和', '卫生'] }, log);
    expect(await pagesWith(index, '村卫生', { insideWords: true })).toEqual(new Set(['notice']));
    expect(await pagesWith(index, '村卫生')).toEqual(new Set());
    expect(log.filter((entry) => entry.startsWith('read')).sort()).toEqual(['read none', 'read notice', 'read other']);
  });
  test('a query with a space needs every part, anywhere', async () => {
    expect((await match('免费 婚检')).all).toEqual(new Set(['yongzhou']));
    expect((await match('免费 核酸')).all).toEqual(new Set());
  });
  test('a word costs a few lookups, not one per way of cutting it', async () => {
    const log: string[] = [];
    await pagesWith(wordIndex(pages, log), '村卫生室');
    expect(log.length).toBeLessThanOrEqual(8);
  });
});

describe('excerpts', () => {
  const text =
    '永州市今年前7个月的民生实事进展。涉及妇女“两癌”和孕产妇产前筛查两项免费服务、江永县人民医院创建二甲。“两癌”免费检查：全年任务98200人，已检查82353人。孕产妇免费产前筛查：全年任务38000人，已筛查25859人。';
  const render = (pieces: ReturnType<typeof snippet>) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  test('pieces start at a clause, are joined with ……, and highlight whole words', () => {
    const out = render(snippet(text, ['两癌', '筛查']));
    expect(out.startsWith('涉及妇女“[两癌]”和孕产妇产前[筛查]')).toBe(true);
    expect(out).toContain(ELLIPSIS);
    expect(out).not.toContain('. ');
    expect(out).not.toMatch(/\[两\]|\[癌\]/u);
  });
  test('only words that are in the text are marked; 医院 is not found inside 中医 alone', () => {
    const out = render(snippet('区中医馆和中心医院', ['医院']));
    expect(out).toBe('区中医馆和中心[医院]');
  });
  test('the longer of two overlapping words is marked', () => {
    expect(render(snippet('乡镇卫生院建设', ['卫生', '卫生院']))).toBe('乡镇[卫生院]建设');
  });
  test('without a match, the start of the text', () => {
    expect(render(snippet(text, ['核酸'], { pieceLength: 20 }))).toBe('永州市今年前7个月的民生实事进展。');
  });
});

describe('index bundles', () => {
  const documents = [
    { date: '2019-09-13', year: '2019', id: 'a' },
    { date: '2021-03-03', year: '2021', id: 'b' },
    { date: '2016-11-19', year: '2016', id: 'c' },
    { date: '2021-03-03', year: '2021', id: 'd' },
    { date: '2023-06-19', year: '2023', id: 'e' },
  ];
  test('newest first in runs of the bundle size; equal dates keep their order', () => {
    expect(planBundles(documents, 2).map((bundle) => bundle.map((document) => document.id))).toEqual([['e', 'b'], ['d', 'a'], ['c']]);
    expect(planBundles([], 2)).toEqual([]);
  });
  test('a bundle’s entry: where, how many, its dates and years; a year filter keeps the bundles that hold it', () => {
    const bundles = planBundles(documents, 2).map((bundle, n) => bundleEntry(n, bundle));
    expect(bundles[1]).toEqual({ path: 'pagefind-2/', pages: 2, newest: '2021-03-03', oldest: '2019-09-13', years: ['2021', '2019'] });
    expect(bundlesInScope(bundles, '2021').map((bundle) => bundle.path)).toEqual(['pagefind/', 'pagefind-2/']);
    expect(bundlesInScope(bundles, undefined)).toHaveLength(3);
    expect(bundlesInScope([{ ...bundles[0]!, years: [] }], '1999')).toHaveLength(1);
  });
  test('WEIJIAN_SEARCH_BUNDLE_PAGES: a positive whole number, else a message naming the value', () => {
    expect(bundlePages(undefined)).toBe(DEFAULT_BUNDLE_PAGES);
    expect(bundlePages('250')).toBe(250);
    expect(() => bundlePages('0')).toThrow(/“0” 应为正整数/u);
    expect(() => bundlePages('十')).toThrow(/WEIJIAN_SEARCH_BUNDLE_PAGES/u);
  });
});
