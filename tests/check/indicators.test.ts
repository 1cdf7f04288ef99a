// Indicators (content/indicators.json): a series names the measure it is, so
// regions' files can be compared. The check refuses an unknown indicator (with
// a suggestion), a unit that is not the indicator's, and a second series of one
// region for the same indicator; and dataset ids that /data/ uses itself.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { buildFactsFrom } from '../../src/lib/content/build-facts.ts';
import { article, makeContentRoot, runScript, type Files } from '../support/content-root.ts';
import { messages } from '../../src/lib/messages/messages.ts';

const INDICATORS = JSON.stringify(
  [
    { id: 'public-health-funding', name: '人均基本公共卫生服务经费', unit: '元', definition: '按服务人口计算的人均补助经费标准。' },
    { id: 'beds-per-thousand', name: '每千人口医疗机构床位数', unit: '张', definition: '每千名常住人口拥有的医疗机构床位数。' },
  ],
  null,
  2,
);

/** A statistic file whose series' `indicator` is on line 10 (first series) and 15 (second, when the first has one). */
function dataset({ region = 'xianyang', unit = '元', indicators = ['public-health-funding'] as (string | undefined)[] } = {}): string {
  const series = indicators.flatMap((indicator, index) => [
    '    {',
    `      "name": "系列${index + 1}",`,
    ...(indicator === undefined ? [] : [`      "indicator": "${indicator}",`]),
    '      "points": [{ "period": "2015", "value": 40 }]',
    `    }${index < indicators.length - 1 ? ',' : ''}`,
  ]);
  return [
    '{',
    '  "title": "人均基本公共卫生服务经费",',
    `  "region": "${region}",`,
    `  "unit": "${unit}",`,
    '  "source": "卫生健康委员会",',
    '  "chart": "line",',
    '  "series": [',
    ...series,
    '  ]',
    '}',
    '',
  ].join('\n');
}

function check(files: Files) {
  return runScript('check', makeContentRoot({ 'content/indicators.json': INDICATORS, ...files }));
}

test('the same indicator in two regions’ files passes; so does a file with one series of an indicator and one without', () => {
  const passed = check({
    'content/data/xianyang-funding.json': dataset(),
    'content/data/qianjiang-funding.json': dataset({ region: 'qianjiang' }),
    'content/data/xianyang-two.json': dataset({ unit: '张', indicators: ['beds-per-thousand', undefined] }),
  });
  expect(passed.stderr).toBe('');
  expect(passed.status).toBe(0);
  // No indicators.json at all: files that name no indicator are as before.
  expect(runScript('check', makeContentRoot({ 'content/data/a.json': dataset({ indicators: [undefined] }) })).status).toBe(0);
});

test('an unknown indicator is refused on its line, with the closest one suggested', () => {
  const result = check({ 'content/data/xianyang-funding.json': dataset({ indicators: ['public-health-fundin'] }) });
  expect(result.status).toBe(1);
  expect(result.problems).toEqual([
    `content/data/xianyang-funding.json:10: series[0].indicator：${messages.unknownIndicator('public-health-fundin', 'public-health-funding')}`,
  ]);
  // Without an indicators.json every indicator is unknown, and the message says where to add it.
  const none = runScript('check', makeContentRoot({ 'content/data/a.json': dataset() }));
  expect(none.problems).toEqual([`content/data/a.json:10: series[0].indicator：${messages.unknownIndicator('public-health-funding')}`]);
});

test('a unit that differs from the indicator’s is refused: the numbers could not be compared, and nothing is built', () => {
  const files = { 'content/indicators.json': INDICATORS, 'content/data/xianyang-funding.json': dataset({ unit: '万元' }) };
  const build = runScript('build', makeContentRoot(files));
  expect(build.status).toBe(1);
  expect(build.wroteSite).toBe(false);
  const result = check(files);
  expect(result.problems).toEqual([
    `content/data/xianyang-funding.json:10: series[0].indicator：${messages.indicatorUnitDiffers('public-health-funding', '万元', '元')}`,
  ]);
});

test('a second series of one region for one indicator is refused on the later file, naming the first', () => {
  const result = check({
    'content/data/a-funding.json': dataset(),
    'content/data/b-funding.json': dataset(),
    'content/data/c-twice.json': dataset({ region: 'qianjiang', indicators: ['public-health-funding', 'public-health-funding'] }),
  });
  expect(result.problems.sort()).toEqual(
    [
      `content/data/b-funding.json:10: series[0].indicator：${messages.indicatorRegionTwice('public-health-funding', 'xianyang', 'content/data/a-funding.json')}`,
      `content/data/c-twice.json:15: series[1].indicator：${messages.indicatorRegionTwice('public-health-funding', 'qianjiang', 'content/data/c-twice.json')}`,
    ].sort(),
  );
});

test('a bad indicators.json is refused like regions.json; dataset ids index and datapackage are refused', () => {
  const bad = runScript('check', makeContentRoot({ 'content/indicators.json': '[{ "id": "Funding", "name": "经费", "unit": "元" }]' }));
  expect(bad.status).toBe(1);
  expect(bad.problems.some((line) => line.startsWith('content/indicators.json:1: '))).toBe(true);
  expect(bad.problems.some((line) => line.includes(messages.missingInJson('definition')))).toBe(true);
  const reserved = check({ 'content/data/index.json': dataset(), 'content/data/datapackage.json': dataset({ region: 'qianjiang' }) });
  expect(reserved.problems.sort()).toEqual(
    [
      `content/data/datapackage.json:1: ${messages.reservedDatasetId('datapackage')}`,
      `content/data/index.json:1: ${messages.reservedDatasetId('index')}`,
    ].sort(),
  );
});

describe('<Chart indicator="…" regions="…"> in an article', () => {
  const ARTICLE = 'content/articles/compare.mdx';
  // The body starts on line 11: line 10 is the blank line after the frontmatter.
  const files = (use: string): Files => ({
    'content/data/xianyang-funding.json': dataset(),
    'content/data/qianjiang-funding.json': dataset({ region: 'qianjiang' }),
    [ARTICLE]: article({}, { body: `两地比较如下。\n\n${use}` }),
  });
  test.each([
    [
      'an unknown indicator',
      '<Chart indicator="public-health-fundin" />',
      messages.unknownIndicator('public-health-fundin', 'public-health-funding'),
    ],
    [
      'a region without a series of it',
      '<Chart indicator="public-health-funding" regions="xianyang,yongzhou" />',
      messages.indicatorRegionMissing('yongzhou', 'public-health-funding', ['qianjiang', 'xianyang']),
    ],
    [
      'a misspelled region',
      '<Chart indicator="public-health-funding" regions="xianyan" />',
      messages.indicatorRegionMissing('xianyan', 'public-health-funding', ['qianjiang', 'xianyang'], 'xianyang'),
    ],
    ['an indicator no file has yet', '<Chart indicator="beds-per-thousand" />', messages.indicatorWithoutData('beds-per-thousand')],
    [
      'both dataset and indicator',
      '<Chart dataset="xianyang-funding" indicator="public-health-funding" />',
      messages.chartDatasetOrIndicator(),
    ],
    ['regions without an indicator', '<Chart dataset="xianyang-funding" regions="xianyang" />', messages.regionsWithoutIndicator()],
  ])('%s is refused on the component line', (_name, use, message) => {
    const result = check(files(use));
    expect(result.status).toBe(1);
    expect(result.problems).toEqual([`${ARTICLE}:13: ${message}`]);
  });

  test('a refused comparison builds nothing', () => {
    const build = runScript(
      'build',
      makeContentRoot({
        'content/indicators.json': INDICATORS,
        ...files('<Chart indicator="public-health-funding" regions="yongzhou" />'),
      }),
    );
    expect(build.status).toBe(1);
    expect(build.wroteSite).toBe(false);
  });

  test('the article cites the file of each region it compares (all of them without `regions`), so each dataset page lists it', () => {
    const cited = (use: string) => {
      const root = makeContentRoot({ 'content/indicators.json': INDICATORS, ...files(use) });
      const result = checkContent({ root, contentDir: join(root, 'content') });
      expect(result.problems).toEqual([]);
      return buildFactsFrom(result).citations.map(({ article, datasets }) => ({ article, datasets: [...datasets].sort() }));
    };
    expect(cited('<Chart indicator="public-health-funding" />')).toEqual([
      { article: 'compare', datasets: ['qianjiang-funding', 'xianyang-funding'] },
    ]);
    expect(cited('<Chart indicator="public-health-funding" regions="xianyang" />')).toEqual([
      { article: 'compare', datasets: ['xianyang-funding'] },
    ]);
  });

  test('unusual but valid: all regions (no regions), full-width commas and spaces between ids', () => {
    expect(check(files('<Chart indicator="public-health-funding" />')).status).toBe(0);
    expect(check(files('<Chart indicator="public-health-funding" regions="qianjiang， xianyang" />')).status).toBe(0);
  });
});
