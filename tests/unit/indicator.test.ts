// One indicator across regions (src/lib/stats/indicator.ts): the join takes each
// region's own series, and the table pivots regions × periods with gaps as null.
import { expect, test } from 'vitest';
import { indicatorTable, joinIndicators } from '../../src/lib/stats/indicator.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';

const funding = { id: 'funding', name: '人均基本公共卫生服务经费', unit: '元', definition: '人均补助经费标准。' };
const beds = { id: 'beds', name: '每千人口床位数', unit: '张', definition: '每千人口床位。' };

const file = (id: string, region: string, series: Dataset['series']): Dataset => ({
  id,
  title: id,
  region,
  unit: '元',
  source: `${region}卫健委`,
  chart: 'line',
  series,
});

const datasets: Dataset[] = [
  file('xianyang-funding', 'xianyang', [
    {
      name: '人均经费',
      indicator: 'funding',
      points: [
        { period: '2015', value: 40 },
        { period: '2020', value: 65 },
      ],
    },
  ]),
  file('jinzhong-funding', 'jinzhong', [
    {
      name: '人均补助',
      indicator: 'funding',
      points: [
        { period: '2010', value: 15 },
        { period: '2015', value: 40 },
      ],
    },
    { name: '另一项', points: [{ period: '2015', value: 1 }] },
  ]),
  file('yongzhou-other', 'yongzhou', [{ name: '无指标', points: [{ period: '2019', value: 3 }] }]),
];
const order = ['jinzhong', 'xianyang', 'yongzhou'];
const byOrder = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);

test('an indicator gathers each region’s series from its own file, in the regions’ order; an indicator nobody uses is empty', () => {
  const [fundingView, bedsView] = joinIndicators([funding, beds], datasets, byOrder);
  expect(fundingView!.series.map((s) => [s.region, s.datasetId, s.seriesName, s.source])).toEqual([
    ['jinzhong', 'jinzhong-funding', '人均补助', 'jinzhong卫健委'],
    ['xianyang', 'xianyang-funding', '人均经费', 'xianyang卫健委'],
  ]);
  // The points are the file's own, not copies that could drift.
  expect(fundingView!.series[1]!.points).toBe(datasets[0]!.series[0]!.points);
  expect(fundingView!.periods).toEqual(['2010', '2015', '2020']);
  expect(bedsView).toEqual({ indicator: beds, series: [], periods: [] });
});

test('the table has regions as rows and every period as a column, null where a region has no figure', () => {
  const [view] = joinIndicators([funding], datasets, byOrder);
  expect(indicatorTable(view!)).toEqual({
    periods: ['2010', '2015', '2020'],
    rows: [
      { region: 'jinzhong', cells: [15, 40, null] },
      { region: 'xianyang', cells: [null, 40, 65] },
    ],
    hasMissing: true,
  });
  const full = indicatorTable({ periods: ['2015'], series: [{ ...view!.series[0]!, points: [{ period: '2015', value: null }] }] });
  expect(full).toEqual({ periods: ['2015'], rows: [{ region: 'jinzhong', cells: [null] }], hasMissing: true });
});
