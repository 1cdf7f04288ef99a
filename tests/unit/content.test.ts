import { describe, expect, test } from 'vitest';
import {
  byNewest,
  byRegion,
  byTopic,
  byYear,
  publishedArticles,
  relatedArticlesFinder,
  yearsWithArticles,
  type ArticleRecord,
} from '../../src/lib/content/articles.ts';
import { feedItems, FEED_SIZE } from '../../src/lib/content/feed.ts';
import { datasetJsonLd, newsArticleJsonLd, serializeJsonLd } from '../../src/lib/content/json-ld.ts';
const SITE_NAME = '测试站';
import { describeDataset } from '../../src/lib/stats/describe.ts';
import { paths, withBase } from '../../src/lib/content/paths.ts';

const make = (slug: string, date: string, region: string, topics: string[], extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  slug,
  title: `标题${slug}`,
  date,
  region,
  topics,
  type: 'news',
  summary: '摘要',
  source: '机构',
  ...extra,
});
const a = make('a', '2019-09-13', 'yongzhou', ['fuyou']);
const b = make('b', '2021-03-03', 'xianyang', ['yigai', 'jiceng']);
const c = make('c', '2021-03-03', 'yongzhou', ['yigai']);
const d = make('d', '2023-06-19', 'qianjiang', ['jiankang'], { draft: true });

describe('listings', () => {
  test('drafts removed, newest first, same day by title', () => {
    expect(publishedArticles([a, b, c, d]).map((x) => x.slug)).toEqual(['b', 'c', 'a']);
    expect([c, b].sort(byNewest).map((x) => x.slug)).toEqual(['b', 'c']);
  });
  test('grouping keeps order and puts an article under each of its topics', () => {
    const list = publishedArticles([a, b, c]);
    expect([...byRegion(list)].map(([k, v]) => [k, v.map((x) => x.slug)])).toEqual([
      ['xianyang', ['b']],
      ['yongzhou', ['c', 'a']],
    ]);
    expect(
      byTopic(list)
        .get('yigai')
        ?.map((x) => x.slug),
    ).toEqual(['b', 'c']);
    expect([...byYear(list).keys()]).toEqual(['2021', '2019']);
    expect(yearsWithArticles([a, b, c])).toEqual(['2021', '2019']);
  });
  test('related: shared topics first, then same region, never itself or unrelated', () => {
    const e = make('e', '2018-01-01', 'xianyang', ['zhongyi']);
    expect(relatedArticlesFinder([a, b, c, e])(c).map((x) => x.slug)).toEqual(['b', 'a']);
    expect(relatedArticlesFinder([a, b, c, e], 1)(c).map((x) => x.slug)).toEqual(['b']);
  });
  test('related at scale: the prepared finder ranks exactly as sorting every candidate would', () => {
    const topics = Array.from({ length: 40 }, (_, i) => `t${i}`);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const many = Array.from({ length: 400 }, (_, i) =>
      make(
        `s${i}`,
        `20${10 + Math.floor(next() * 10)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
        `r${Math.floor(next() * 6)}`,
        [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => topics[Math.floor(next() * topics.length)]!))],
      ),
    );
    const naive = (article: ArticleRecord) => {
      const score = (o: ArticleRecord) =>
        o.topics.filter((t) => article.topics.includes(t)).length * 2 + (o.region === article.region ? 1 : 0);
      return many
        .filter((o) => o.slug !== article.slug && score(o) > 0)
        .sort((x, y) => score(y) - score(x) || byNewest(x, y))
        .slice(0, 5)
        .map((o) => o.slug);
    };
    const find = relatedArticlesFinder(many);
    for (const article of many)
      expect(
        find(article).map((o) => o.slug),
        article.slug,
      ).toEqual(naive(article));
  });
});

test('feed items: absolute links, China-midnight dates, capped', () => {
  const items = feedItems(
    [b, a],
    (slug) => `https://x.cn/articles/${slug}/`,
    (x) => [x.region],
  );
  expect(items[0]).toEqual({
    title: '标题b',
    link: 'https://x.cn/articles/b/',
    pubDate: new Date('2021-03-02T16:00:00Z'),
    description: '摘要',
    categories: ['xianyang'],
  });
  const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => make(`n${i}`, '2020-01-01', 'x', ['y']));
  expect(
    feedItems(
      many,
      (s) => s,
      () => [],
    ),
  ).toHaveLength(FEED_SIZE);
});

test('JSON-LD cannot close its script element', () => {
  const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
  expect(json).not.toContain('<');
  expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  const ld = newsArticleJsonLd({
    title: 't',
    summary: 's',
    date: '2019-09-13',
    url: 'u',
    source: 'src',
    regionName: '永州市',
    siteUrl: 'https://x/',
    siteName: SITE_NAME,
  });
  expect(ld['@type']).toBe('NewsArticle');
  expect(ld.datePublished).toBe('2019-09-13T00:00:00+08:00');
  expect(ld.publisher.name).toBe(SITE_NAME);
});

test('JSON-LD Dataset: periods as an ISO interval from the one description, downloads with media types', () => {
  const dataset = {
    id: 'beds',
    title: '床位数',
    region: 'xianyang',
    unit: '张',
    source: '统计局',
    chart: 'line' as const,
    series: [
      {
        name: '床位',
        points: [
          { period: '2015', value: 5.72 },
          { period: '2020', value: 7.04 },
        ],
      },
    ],
  };
  const ld = datasetJsonLd({
    dataset,
    about: describeDataset(dataset),
    url: 'u',
    regionName: '咸阳市',
    downloads: [{ format: 'CSV', url: 'c' }],
    siteName: SITE_NAME,
    license: 'https://creativecommons.org/licenses/by/4.0/',
  });
  expect(ld.temporalCoverage).toBe('2015/2020');
  expect(ld.description).toBe('床位数。单位：张。来源：统计局。');
  expect(ld.publisher.name).toBe(SITE_NAME);
  expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  expect(ld.distribution).toEqual([{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'c' }]);
  const single = { ...dataset, series: [{ name: '床位', points: [{ period: '2019-07', value: 1 }] }] };
  expect(
    datasetJsonLd({ dataset: single, about: describeDataset(single), url: 'u', regionName: '', downloads: [], siteName: SITE_NAME })
      .temporalCoverage,
  ).toBe('2019-07');
});

test('withBase joins any base with site paths', () => {
  expect(withBase('/', paths.article('a'))).toBe('/articles/a/');
  expect(withBase('/weijian/', paths.region('yongzhou', 2))).toBe('/weijian/regions/yongzhou/2/');
  expect(withBase('/weijian', paths.home())).toBe('/weijian/');
  expect(paths.topic('fuyou', 1)).toBe('/topics/fuyou/');
});
