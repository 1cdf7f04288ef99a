import { parseSearchShards } from '../../src/lib/search/shards.ts';
import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js';
import { buildVariantMap, normaliseQuery } from '../../src/lib/search/variants.ts';
import { paramsFromState, stateFromParams } from '../../src/lib/search/filters.ts';
import { searchDocument } from '../../src/lib/search/document-html.ts';
import { searchableBodyHtml } from '../../src/lib/search/extract.ts';
import {
  articleSearchInput,
  articleSearchPage,
  datasetSearchInput,
  datasetSearchPage,
  newestCitations,
} from '../../src/lib/search/search-pages.ts';
import { paths } from '../../src/lib/content/paths.ts';
import { describeDataset } from '../../src/lib/stats/describe.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';

const toTraditional = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

describe('Traditional → Simplified for queries', () => {
  const map = buildVariantMap('医院卫生两癌筛查检查床位数，2019年', toTraditional);
  test('the map holds only the site’s characters that differ', () => {
    expect(map['醫']).toBe('医');
    expect(map['衛']).toBe('卫');
    expect(map['衞']).toBe('卫'); // Hong Kong form
    expect(map['兩']).toBe('两');
    expect(map['篩']).toBe('筛');
    expect(map['查']).toBeUndefined(); // same in both
    expect(map['龍']).toBeUndefined(); // not used by the site
  });
  test.each([
    ['醫院', '医院'],
    ['衛生', '卫生'],
    ['兩癌篩查', '两癌筛查'],
    ['  床位數，2019年 ', '床位数 2019年'],
    ['９８２００', '98200'],
    ['医院', '医院'],
    ['完成率83.86%', '完成率83.86%'],
  ])('%s → %s', (query, expected) => {
    const withDigits = buildVariantMap('医院卫生两癌筛查床位数', toTraditional);
    expect(normaliseQuery(query, { ...withDigits, 數: '数' })).toBe(expected);
  });
});

test('search state survives the URL round trip', () => {
  const state = stateFromParams(new URLSearchParams('q=两癌&region=yongzhou&year=2019&sort=date&unknown=1'));
  expect(state).toEqual({ query: '两癌', filters: { region: 'yongzhou', year: '2019' }, sort: 'date' });
  expect(paramsFromState(state).toString()).toBe(new URLSearchParams('q=两癌&region=yongzhou&year=2019&sort=date').toString());
  expect(stateFromParams(new URLSearchParams('sort=weird'))).toEqual({ query: '', filters: {}, sort: '' });
});

test('the index document carries filters and metadata as tags, content as text', () => {
  const html = searchDocument({
    title: '永州 <两癌>',
    summary: '摘要',
    bodyHtml: '<p>正文</p>',
    date: '2019-09-13',
    displayDate: '2019年9月13日',
    filters: { region: '永州市', topic: ['妇幼健康', '基层卫生'], year: '2019', type: '工作报告' },
  });
  expect(html).toContain('<meta data-pagefind-filter="region[content]" content="永州市">');
  expect(html.match(/data-pagefind-filter="topic\[content\]"/g)).toHaveLength(2);
  expect(html).toContain('<meta data-pagefind-sort="date[content]" content="2019-09-13">');
  expect(html).toContain('<h1 data-pagefind-meta="title">永州 &lt;两癌></h1>');
  expect(html).toContain('<p>正文</p>');
});

describe('search documents for articles and datasets', () => {
  const names = { regionNames: new Map([['yongzhou', '永州市']]), topicNames: new Map([['fuyou', '妇幼健康']]) };
  const article = {
    title: '两癌筛查进展',
    summary: '摘要',
    date: '2019-09-13',
    region: 'yongzhou',
    topics: ['fuyou', 'gone'],
    type: 'report' as const,
  };
  const dataset: Dataset = {
    id: 'liangai',
    title: '“两癌”检查',
    region: 'yongzhou',
    unit: '人',
    source: '永州市卫健委',
    chart: 'bar',
    series: [
      {
        name: '完成数',
        points: [
          { period: '2018-06', value: 1 },
          { period: '2019-07', value: 2 },
        ],
      },
    ],
  };

  test('an article: names for filters (ids kept when unknown), its year and type, the date as readers write it', () => {
    expect(articleSearchInput(article, '<p>正文</p>', names)).toEqual({
      title: '两癌筛查进展',
      summary: '摘要',
      bodyHtml: '<p>正文</p>',
      date: '2019-09-13',
      displayDate: '2019年9月13日',
      filters: { region: '永州市', topic: ['妇幼健康', 'gone'], year: '2019', type: '工作报告' },
    });
    expect(articleSearchPage('liangai-2019', article, '', names).url).toBe(paths.article('liangai-2019'));
  });

  test('a dataset: summary from its description, periods as a range, sorted by the newest article citing it', () => {
    const about = describeDataset(dataset);
    const input = datasetSearchInput(dataset, about, '<table></table>', names);
    expect(input).toMatchObject({ summary: about.summary, displayDate: '2018年6月至2019年7月', date: '2019-07-01' });
    expect(input.filters).toEqual({ region: '永州市', topic: [], year: '2019', type: '数据' });
    expect(datasetSearchInput(dataset, about, '', names, '2020-01-02').date).toBe('2020-01-02');
    expect(datasetSearchPage(dataset, about, '', names).url).toBe(paths.dataset('liangai'));
  });

  test('newest citation per dataset, drafts and unchecked articles left out', () => {
    const cited = newestCitations([
      { data: { date: '2019-09-13' }, citedDatasets: ['a', 'b'] },
      { data: { date: '2021-03-03' }, citedDatasets: ['a'] },
      { data: { date: '2023-01-01', draft: true }, citedDatasets: ['a', 'b'] },
      { citedDatasets: ['c'] },
    ]);
    expect([...cited]).toEqual([
      ['a', '2021-03-03'],
      ['b', '2019-09-13'],
    ]);
  });
});

test('chart machinery is not searchable text', () => {
  const page =
    '<div class="article-body"><p>正文</p><figure class="chart"><figcaption>图</figcaption><div class="chart-canvas"><canvas></canvas></div><td>—<sup><a>*</a></sup></td><ul class="downloads"><li>CSV 文件</li></ul></figure></div>';
  const body = searchableBodyHtml(page, '.article-body');
  expect(body).toContain('正文');
  expect(body).toContain('图');
  expect(body).not.toContain('CSV');
  expect(body).not.toContain('canvas');
  expect(body).not.toContain('*');
});

test('only <main> is searched: an element of the same class in the header or footer is not the body', () => {
  const page =
    '<header><div class="article-body">页眉</div></header><main id="main"><article><div class="article-body"><p>正文</p></div></article></main><footer>页脚</footer>';
  expect(searchableBodyHtml(page, '.article-body')).toBe('<p>正文</p>');
  // A page without <main> (a fixture, an old page) is read whole.
  expect(searchableBodyHtml('<div class="article-body"><p>正文</p></div>', '.article-body')).toBe('<p>正文</p>');
});

describe('search shards (WEIJIAN_SEARCH_SHARDS)', () => {
  test('a comma-separated list of bases, each ending in /', () => {
    expect(parseSearchShards(undefined)).toEqual([]);
    expect(parseSearchShards(' ')).toEqual([]);
    expect(parseSearchShards('/hunan/, /sichuan,https://cdn.example.cn/gansu/')).toEqual([
      '/hunan/',
      '/sichuan/',
      'https://cdn.example.cn/gansu/',
    ]);
  });
  test('a relative path or plain http is refused with a message naming it', () => {
    expect(() => parseSearchShards('hunan/')).toThrow('"hunan/"');
    expect(() => parseSearchShards('http://example.cn/x/')).toThrow('应以 / 或 https:// 开头');
  });
});
