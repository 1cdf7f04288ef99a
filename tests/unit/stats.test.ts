import { describe, expect, test } from 'vitest';
import { decimalsOf, formatQuantity, roundTo } from '../../src/lib/format/number.ts';
import { comparePeriods, formatPeriod, formatPeriodRange, isoPeriodRange, isValidPeriod } from '../../src/lib/format/period.ts';
import { describeDifference, describePercentChange, difference, percentChange, share } from '../../src/lib/stats/change.ts';
import { datasetSummary } from '../../src/lib/stats/summary.ts';
import { describeDataset } from '../../src/lib/stats/describe.ts';
import { MAX_AXIS_PERIODS, periodGaps } from '../../src/lib/stats/spacing.ts';
import { datasetCsv, datasetJson, formatFileSize } from '../../src/lib/stats/csv.ts';
import { datasetTable } from '../../src/lib/stats/table.ts';
import { resolveStat } from '../../src/lib/stats/stat.ts';
import { DARK, LIGHT } from '../../src/lib/chart/palette.ts';
import { contrastRatio } from '../support/contrast.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';

const beds: Dataset = {
  id: 'beds',
  title: '每千人口床位数',
  region: 'xianyang',
  unit: '张',
  source: '咸阳日报',
  chart: 'line',
  series: [
    {
      name: '每千人口床位数',
      points: [
        { period: '2015', value: 5.72 },
        { period: '2020', value: 7.04 },
      ],
    },
  ],
};
const screening: Dataset = {
  id: 'liangai',
  title: '“两癌”检查',
  region: 'yongzhou',
  unit: '人',
  source: '永州市卫健委',
  chart: 'bar',
  series: [
    { name: '任务数', points: [{ period: '2019', value: 98200 }] },
    { name: '完成数', points: [{ period: '2019', value: 82353 }] },
  ],
};
const gappy: Dataset = {
  id: 'gappy',
  title: '门诊',
  region: 'x',
  unit: '人次',
  source: 's',
  chart: 'line',
  series: [
    {
      name: '门诊人次',
      points: [
        { period: '2017', value: 125000 },
        { period: '2019', value: null },
        { period: '2021', value: 1860000 },
      ],
    },
    { name: '急诊, "夜间"', points: [{ period: '2018', value: 20000 }] },
  ],
};

describe('numbers', () => {
  test('decimals as written, no float noise', () => {
    expect(decimalsOf(5.72)).toBe(2);
    expect(decimalsOf(98200)).toBe(0);
    expect(roundTo(7.04 - 5.72, 2)).toBe(1.32);
  });
  test.each([
    [98200, '人', '98200人'],
    [125000, '人次', '12.5万人次'],
    [1860000, '人次', '186万人次'],
    [123456789, '元', '1.23456789亿元'],
    [42.16, '亿元', '42.16亿元'],
    [270000, '万人', '270000万人'],
    [5.72, '张', '5.72张'],
    [-150000, '人', '-15万人'],
  ])('%d %s → %s', (value, unit, text) => expect(formatQuantity(value, unit)).toBe(text));
});

describe('periods', () => {
  test.each(['2019', '2019-07', '2019-07-31', '2020-02-29'])('%s is valid', (p) => expect(isValidPeriod(p)).toBe(true));
  test.each(['19', '2019-13', '2019-02-30', '2019/07', '2019-7', '2019年', ''])('%s is not', (p) => expect(isValidPeriod(p)).toBe(false));
  test('formatted the Chinese way and ordered', () => {
    expect(formatPeriod('2019')).toBe('2019年');
    expect(formatPeriod('2019-07')).toBe('2019年7月');
    expect(formatPeriod('2019-07-31')).toBe('2019年7月31日');
    expect(['2020', '2019-07', '2019'].sort(comparePeriods)).toEqual(['2019', '2019-07', '2020']);
  });
});

describe('change and share', () => {
  test('the figures journalists quote', () => {
    expect(percentChange(5.72, 7.04)).toBe(23.1);
    expect(difference(5.72, 7.04)).toBe(1.32);
    expect(describePercentChange(5.72, 7.04)).toBe('增长23.1%');
    expect(describePercentChange(21000, 1782)).toBe('下降91.5%');
    expect(describePercentChange(40, 40)).toBe('持平');
    expect(describeDifference(5.72, 7.04, '张')).toBe('增加1.32张');
    expect(describeDifference(21000, 1782, '人')).toBe('减少19218人');
    expect(share(82353, 98200)).toBe('83.86%');
    expect(share(3275, 4493)).toBe('72.89%');
    expect(() => percentChange(0, 5)).toThrow();
  });
});

describe('summary sentences', () => {
  test('a time series: from, to and change', () => {
    const yearly = {
      ...beds,
      series: [{ name: '每千人口床位数', points: ['2018', '2019', '2020'].map((period, i) => ({ period, value: 5.72 + i })) }],
    };
    expect(datasetSummary(yearly)).toBe('2018年至2020年，每千人口床位数由5.72张增至7.72张，增长35.0%。');
  });
  test('one period, several series', () => {
    expect(datasetSummary(screening)).toBe('2019年，任务数98200人，完成数82353人。');
  });
  test('two figures years apart: the summary says the years between are not in the data', () => {
    expect(datasetSummary(beds)).toBe('2015年至2020年，每千人口床位数由5.72张增至7.04张，增长23.1%。中间年份无数据。');
    expect(
      datasetSummary({
        ...beds,
        series: [
          {
            name: 'x',
            points: [
              { period: '2019-01', value: 1 },
              { period: '2019-07', value: 2 },
            ],
          },
        ],
      }),
    ).toBe('2019年1月至2019年7月，x由1张增至2张，增长100.0%。中间月份无数据。');
  });
  test('missing figures are said, never counted as 0', () => {
    const summary = datasetSummary(gappy);
    expect(summary).toBe(
      '2017年至2021年，门诊人次由12.5万人次增至186万人次，增长1388.0%。原始材料未给出2019年门诊人次的数据。中间年份无数据。',
    );
  });
});

describe('one description per dataset', () => {
  test('period ranges: in words, with a dash for tables, as ISO for JSON-LD; a single period stands alone', () => {
    expect(formatPeriodRange('2017', '2021')).toBe('2017年至2021年');
    expect(formatPeriodRange('2019-07', '2020-01', '—')).toBe('2019年7月—2020年1月');
    expect(formatPeriodRange('2019', '2019')).toBe('2019年');
    expect(isoPeriodRange('2017', '2021')).toBe('2017/2021');
    expect(isoPeriodRange('2019-07-31', '2019-07-31')).toBe('2019-07-31');
  });
  test('summary, abstract, periods and table from one call', () => {
    const about = describeDataset(gappy);
    expect(about.summary).toBe(datasetSummary(gappy));
    expect(about.abstract).toBe(about.summary);
    expect(about.table).toEqual(datasetTable(gappy));
    expect([about.firstPeriod, about.lastPeriod, about.periodRange, about.periodRangeInTable]).toEqual([
      '2017',
      '2021',
      '2017年至2021年',
      '2017年—2021年',
    ]);
    expect(describeDataset({ ...screening, description: '编辑写的说明。' }).abstract).toBe('编辑写的说明。');
    expect(describeDataset(screening).periodRange).toBe('2019年');
  });
  test("the gap note, once: in the summary, in the chart's name even when the editor's description leaves it out", () => {
    const about = describeDataset(beds);
    expect(about.gapNote).toBe('中间年份无数据。');
    expect(about.summary.endsWith(about.gapNote!)).toBe(true);
    expect(about.chartAbstract).toBe(about.summary);
    const described = describeDataset({ ...beds, description: '“十三五”首末的床位数。' });
    expect(described.abstract).toBe('“十三五”首末的床位数。');
    expect(described.chartAbstract).toBe('“十三五”首末的床位数。中间年份无数据。');
    expect(describeDataset(screening)).toMatchObject({ gapNote: undefined, chartAbstract: describeDataset(screening).summary });
  });
});

describe('period spacing (the two-point rule)', () => {
  const gaps = (...periods: string[]) => periodGaps(periods);
  test('the same day every year counts in years: year-end snapshots a year apart are regular, five years apart are gapped', () => {
    expect(gaps('2019-12-31', '2020-12-31')).toEqual({ gapped: false, note: undefined, axis: ['2019-12-31', '2020-12-31'], filled: true });
    expect(gaps('2018-06-30', '2019-06-30', '2020-06-30').gapped).toBe(false);
    const apart = gaps('2015-12-31', '2020-12-31');
    expect(apart.gapped).toBe(true);
    expect(apart.note).toBe('中间年份无数据。');
    expect(apart.axis).toEqual(['2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31']);
  });
  test('gapped: two periods with others between, or uneven steps; the axis gets the periods between', () => {
    expect(gaps('2015', '2020')).toEqual({
      gapped: true,
      note: '中间年份无数据。',
      axis: ['2015', '2016', '2017', '2018', '2019', '2020'],
      filled: true,
    });
    expect(gaps('2015', '2016', '2020')).toMatchObject({ gapped: true, axis: ['2015', '2016', '2017', '2018', '2019', '2020'] });
    expect(gaps('2019-11', '2020-02')).toMatchObject({ note: '中间月份无数据。', axis: ['2019-11', '2019-12', '2020-01', '2020-02'] });
    expect(gaps('2019-07-30', '2019-08-02')).toMatchObject({
      note: '中间日期无数据。',
      axis: ['2019-07-30', '2019-07-31', '2019-08-01', '2019-08-02'],
    });
  });
  test('not gapped: one period, neighbours, any regular step (yearly, every five years, monthly, quarterly, month ends)', () => {
    for (const periods of [
      ['2019'],
      ['2019', '2020'],
      ['2019', '2020', '2021'],
      ['2010', '2015', '2020'],
      ['2019-01', '2019-02', '2019-03'],
      ['2019-03', '2019-06', '2019-09', '2019-12'],
      ['2019-01-31', '2019-02-28', '2019-03-31', '2019-04-30'],
      ['2020-02-28', '2020-02-29', '2020-03-01'],
    ]) {
      expect(periodGaps(periods), periods.join()).toEqual({ gapped: false, note: undefined, axis: periods, filled: true });
    }
  });
  test('month-end dates with a month missing: a month gap, filled in as that month', () => {
    expect(gaps('2019-01-31', '2019-02-28', '2019-04-30')).toMatchObject({
      note: '中间月份无数据。',
      axis: ['2019-01-31', '2019-02-28', '2019-03', '2019-04-30'],
    });
  });
  test('unfillable: too many periods between, or mixed shapes', () => {
    expect(gaps('2019-01-01', '2019-01-02', '2019-12-31')).toMatchObject({ gapped: true, note: '中间日期无数据。', filled: false });
    expect(gaps('1900', `${1900 + MAX_AXIS_PERIODS}`)).toMatchObject({ gapped: true, axis: ['1900', '1960'], filled: false });
    expect(gaps('2019', '2019-07')).toEqual({ gapped: true, note: undefined, axis: ['2019', '2019-07'], filled: false });
  });
});

describe('table and CSV', () => {
  test('a period × series grid with nulls for figures not given', () => {
    const table = datasetTable(gappy);
    expect(table.periods).toEqual(['2017', '2018', '2019', '2021']);
    expect(table.columns[0]!.cells).toEqual([125000, null, null, 1860000]);
    expect(table.columns[1]!.cells).toEqual([null, 20000, null, null]);
    expect(table.hasMissing).toBe(true);
  });
  test('CSV: BOM, Chinese header with unit, CRLF, quoting, empty cell for missing', () => {
    const csv = datasetCsv(gappy);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '期间,门诊人次（人次）,"急诊, ""夜间""（人次）"',
      '2017,125000,',
      '2018,,20000',
      '2019,,',
      '2021,1860000,',
      '',
    ]);
  });
  test('JSON download keeps the editor field names with the id first', () => {
    const parsed = JSON.parse(datasetJson(beds));
    expect(Object.keys(parsed)).toEqual(['id', 'title', 'region', 'unit', 'source', 'chart', 'series']);
    expect(parsed.series[0].points[1]).toEqual({ period: '2020', value: 7.04 });
  });
  test('file sizes as statistics offices list them', () => {
    expect(formatFileSize(200)).toBe('1 KB');
    expect(formatFileSize(52_000)).toBe('51 KB');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('<Stat> resolution', () => {
  test('a value, a change, a difference and a share', () => {
    expect(resolveStat(screening, { dataset: 'liangai', series: '完成数', period: '2019' })).toEqual({
      ok: true,
      text: '82353人',
      value: '82353',
    });
    expect(resolveStat(beds, { dataset: 'beds', from: '2015', to: '2020' })).toEqual({ ok: true, text: '增长23.1%', value: '1.32' });
    expect(resolveStat(beds, { dataset: 'beds', from: '2015', to: '2020', as: 'difference' })).toMatchObject({ text: '增加1.32张' });
    expect(resolveStat(screening, { dataset: 'liangai', series: '完成数', of: '任务数', period: '2019' })).toMatchObject({
      text: '83.86%',
    });
  });
  test('reasons when the figure is not there', () => {
    const message = (attributes: Parameters<typeof resolveStat>[1], dataset = screening) => {
      const result = resolveStat(dataset, attributes);
      return result.ok ? '' : result.message;
    };
    expect(message({ dataset: 'liangai', period: '2019' })).toContain('有多个系列，请用 `series` 指明');
    expect(message({ dataset: 'liangai', series: '完成', period: '2019' })).toContain('没有名为 “完成” 的系列');
    expect(message({ dataset: 'liangai', series: '完成数', period: '2018' })).toContain('没有期间 “2018”。可用期间：“2019”');
    expect(message({ dataset: 'gappy', series: '门诊人次', period: '2019' }, gappy)).toContain('是 null（原文未给出）');
    expect(message({ dataset: 'beds', from: '2015' }, beds)).toContain('同时写 `from` 和 `to`');
    expect(message({ dataset: 'beds', from: '2015', to: '2020', as: 'ratio' }, beds)).toContain('`as` 只能是');
  });
});

test('series colours keep 3:1 contrast against the background in both schemes', () => {
  for (const palette of [LIGHT, DARK]) {
    for (const color of palette.series) expect(contrastRatio(color, palette.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5);
  }
});
