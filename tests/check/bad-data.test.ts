// Bad statistic files and bad <Chart>/<Stat> uses: refused with path:line and the fix; nothing built.
import { describe, expect, test } from 'vitest';
import { article, makeContentRoot, runScript, type Files } from '../support/content-root.ts';
import { messages } from '../../src/lib/messages/messages.ts';

const DATA = 'content/data/beds.json';
const ARTICLE = 'content/articles/with-figures.mdx';

/** A statistic file with one field per line, so line numbers are predictable. */
function dataset(overrides: Record<string, string | undefined> = {}, series?: string): string {
  const fields: Record<string, string | undefined> = {
    title: '"咸阳市每千人口床位数"', // line 2
    region: '"xianyang"', // line 3
    unit: '"张"', // line 4
    source: '"咸阳日报"', // line 5
    chart: '"line"', // line 6
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  "${key}": ${value},`);
  const seriesText =
    series ??
    [
      '  "series": [',
      '    {',
      '      "name": "每千人口床位数",',
      '      "points": [',
      '        { "period": "2015", "value": 5.72 },',
      '        { "period": "2020", "value": 7.04 }',
      '      ]',
      '    }',
      '  ]',
    ].join('\n');
  return ['{', ...lines, seriesText, '}', ''].join('\n');
}
const pointsSeries = (...points: string[]) =>
  [
    '  "series": [',
    '    {',
    '      "name": "每千人口床位数",',
    '      "points": [',
    points.map((p) => `        ${p}`).join(',\n'),
    '      ]',
    '    }',
    '  ]',
  ].join('\n');

function expectRefused(files: Files, expected: string[]) {
  const result = runScript('build', makeContentRoot(files));
  expect(result.status).toBe(1);
  expect(result.wroteSite).toBe(false);
  expect(result.problems.sort()).toEqual([...expected].sort());
}

test('a valid statistic file and articles quoting it pass', () => {
  const result = runScript(
    'check',
    makeContentRoot({
      [DATA]: dataset(),
      [ARTICLE]: article(
        {},
        { body: '床位数由<Stat dataset="beds" period="2015" />增至<Stat dataset="beds" period="2020" />。\n\n<Chart dataset="beds" />' },
      ),
    }),
  );
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('1 篇文章、1 个数据文件');
});

describe('statistic files', () => {
  test('a JSON syntax error names its line', () => {
    const broken = dataset().replace('"unit": "张",', '"unit": "张"');
    const result = runScript('build', makeContentRoot({ [DATA]: broken }));
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^content\/data\/beds\.json:5: JSON 语法错误：.+/);
  });
  test('a number written with its unit', () => {
    expectRefused({ [DATA]: dataset({}, pointsSeries('{ "period": "2015", "value": "5.72张" }', '{ "period": "2020", "value": 7.04 }')) }, [
      'content/data/beds.json:11: series[0].points[0].value：“5.72张” 不是数字。数值只写数字（如 5.72），不加单位、引号或逗号；单位写在 `unit` 字段里。您是否想写 `5.72`？原文没有给出的数字请写 null。',
    ]);
  });
  test.each(['title', 'unit', 'source'])('missing %s', (field) => {
    expectRefused({ [DATA]: dataset({ [field]: undefined }) }, [`${DATA}:1: ${field}：${messages.missingInJson(field)}`]);
  });
  test('missing series', () => {
    expectRefused({ [DATA]: dataset({}, '  "notes": "无"') }, [`${DATA}:1: series：${messages.missingInJson('series')}`]);
  });
  test('empty series', () => {
    expectRefused({ [DATA]: dataset({}, '  "series": []') }, [`${DATA}:7: series：${messages.noSeries()}`]);
  });
  test('a series without points', () => {
    expectRefused({ [DATA]: dataset({}, pointsSeries()) }, [`${DATA}:10: series[0].points：${messages.noPoints()}`]);
  });
  test('an unknown region suggests the near one', () => {
    expectRefused({ [DATA]: dataset({ region: '"xianyan"' }) }, [`${DATA}:3: region：${messages.unknownRegion('xianyan', 'xianyang')}`]);
  });
  test.each(['2015年', '2015-13', '2019-02-30', '15'])('a bad period %s', (period) => {
    expectRefused({ [DATA]: dataset({}, pointsSeries(`{ "period": "${period}", "value": 5.72 }`)) }, [
      `${DATA}:11: series[0].points[0].period：${messages.badPeriod(period)}`,
    ]);
  });
  test('a repeated period', () => {
    expectRefused({ [DATA]: dataset({}, pointsSeries('{ "period": "2015", "value": 5.72 }', '{ "period": "2015", "value": 7.04 }')) }, [
      `${DATA}:12: series[0].points[1].period：${messages.duplicatePeriod('2015')}`,
    ]);
  });
  test('an unknown chart type', () => {
    expectRefused({ [DATA]: dataset({ chart: '"pie"' }) }, [`${DATA}:6: chart：${messages.unknownChart('pie')}`]);
    expectRefused({ [DATA]: dataset({ chart: '"bars"' }) }, [`${DATA}:6: chart：${messages.unknownChart('bars', 'bar')}`]);
  });
  test('a missing figure is null, never a string', () => {
    expectRefused({ [DATA]: dataset({}, pointsSeries('{ "period": "2015", "value": "" }')) }, [
      `${DATA}:11: series[0].points[0].value：${messages.notNumber('')}`,
    ]);
    const ok = runScript('check', makeContentRoot({ [DATA]: dataset({}, pointsSeries('{ "period": "2015", "value": null }')) }));
    expect(ok.status).toBe(0);
  });
});

describe('<Chart> and <Stat> in articles point at real data', () => {
  const body = (line: string) => `第一段。\n\n${line}`;
  test.each([
    ['an unknown dataset', '<Chart dataset="bed" />', messages.unknownDataset('bed', 'beds')],
    [
      'an unknown series',
      '<Stat dataset="beds" series="床位" period="2015" />',
      messages.unknownSeries('床位', 'beds', ['每千人口床位数']),
    ],
    ['an unknown period', '<Stat dataset="beds" period="2016" />', messages.unknownPeriod('2016', '每千人口床位数', ['2015', '2020'])],
    ['a change missing its end', '<Stat dataset="beds" from="2015" />', messages.statShape()],
    ['a misspelled component', '<Chrat dataset="beds" />', messages.unknownComponent('Chrat', 'Chart')],
    [
      'an unknown attribute',
      '<Chart dataset="beds" type="pie" />',
      messages.unknownAttribute('Chart', 'type', ['dataset', 'indicator', 'regions']),
    ],
    [
      'no dataset',
      '<Chart />',
      messages.chartSourceMissing(
        '<Chart dataset="yongzhou-liangai-2019" />',
        '<Chart indicator="basic-public-health-funding-per-capita" regions="xianyang,jinzhong" />',
      ),
    ],
  ])('%s fails on the component line of the .mdx file', (_name, use, message) => {
    expectRefused({ [DATA]: dataset(), [ARTICLE]: article({}, { body: body(use) }) }, [`${ARTICLE}:13: ${message}`]);
  });
  test('quoting a figure the source does not give', () => {
    expectRefused(
      {
        [DATA]: dataset({}, pointsSeries('{ "period": "2015", "value": null }', '{ "period": "2020", "value": 7.04 }')),
        [ARTICLE]: article({}, { body: body('由<Stat dataset="beds" period="2015" />增加') }),
      },
      [`${ARTICLE}:13: ${messages.missingValue('2015', '每千人口床位数')}`],
    );
  });
});
