// One indicator across regions (src/lib/stats/indicator.ts): the join takes each
// region's own series; as one table it has a row per region and gaps as null.
import { expect, test } from 'vitest';
import {
  indicatorAsDataset,
  indicatorJson,
  indicatorPicture,
  indicatorSources,
  joinIndicators,
  PRESELECTED_REGIONS,
  preselectedRegions,
  splitRegionList,
} from '../../src/lib/stats/indicator.ts';
import { datasetTable } from '../../src/lib/stats/table.ts';
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

const names = new Map([
  ['jinzhong', '晋中市'],
  ['xianyang', '咸阳市'],
]);
const regionName = (id: string) => names.get(id) ?? id;

test('the comparison is one table with a row per region (named) and a column per period, null where a region has no figure', () => {
  const [view] = joinIndicators([funding], datasets, byOrder);
  const compared = indicatorAsDataset(view!, regionName);
  expect(compared).toMatchObject({ id: 'funding', title: funding.name, unit: '元', chart: 'line' });
  expect(compared.source).toBe('晋中市：jinzhong卫健委；咸阳市：xianyang卫健委');
  // The figures are still the regions' own points.
  expect(compared.series[1]!.points).toBe(datasets[0]!.series[0]!.points);
  expect(datasetTable(compared)).toEqual({
    periods: ['2010', '2015', '2020'],
    columns: [
      { name: '晋中市', cells: [15, 40, null] },
      { name: '咸阳市', cells: [null, 40, 65] },
    ],
    hasMissing: true,
  });
  // An article's <Chart indicator regions="xianyang">: only those regions, and only their periods.
  expect(datasetTable(indicatorAsDataset(view!, regionName, ['xianyang']))).toEqual({
    periods: ['2015', '2020'],
    columns: [{ name: '咸阳市', cells: [40, 65] }],
    hasMissing: false,
  });
  expect(indicatorSources(view!, regionName).map((source) => [source.regionName, source.datasetId])).toEqual([
    ['晋中市', 'jinzhong-funding'],
    ['咸阳市', 'xianyang-funding'],
  ]);
});

test('the first PRESELECTED_REGIONS regions are shown at first; region lists take either comma, 、 or spaces', () => {
  const many = Array.from({ length: PRESELECTED_REGIONS + 3 }, (_, index) =>
    file(`r${index}-funding`, `r${index}`, [{ name: '经费', indicator: 'funding', points: [{ period: '2015', value: index }] }]),
  );
  const [view] = joinIndicators([funding], many, (a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  expect(preselectedRegions(view!)).toEqual(many.slice(0, PRESELECTED_REGIONS).map((dataset) => dataset.region));
  expect(splitRegionList('xianyang,jinzhong')).toEqual(['xianyang', 'jinzhong']);
  expect(splitRegionList(' xianyang， jinzhong、yongzhou  qianjiang ')).toEqual(['xianyang', 'jinzhong', 'yongzhou', 'qianjiang']);
});

test('the PNG pictures the preselected regions, and says so under the chart when that is not all of them', () => {
  const many = Array.from({ length: PRESELECTED_REGIONS + 2 }, (_, index) =>
    file(`r${index}-funding`, `r${index}`, [{ name: '经费', indicator: 'funding', points: [{ period: '2015', value: index }] }]),
  );
  const name = (id: string) => `地区${id.slice(1)}`;
  const [view] = joinIndicators([funding], many, (a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const picture = indicatorPicture(view!, name)!;
  expect(picture.series.map((series) => series.name)).toEqual(preselectedRegions(view!).map(name));
  expect(picture.notes).toContain(`图中为全部 ${PRESELECTED_REGIONS + 2} 个地区中的 ${PRESELECTED_REGIONS} 个（地区0、地区1、`);
  expect(picture.notes).toContain('全部地区的数字见网页上的表格和 CSV、XLSX 下载');
  // Its source names only the pictured regions' sources.
  expect(picture.source).toContain('地区0：r0卫健委');
  expect(picture.source).not.toContain(`r${PRESELECTED_REGIONS}卫健委`);
  // Few regions: no picture of its own, the PNG draws the whole figure.
  const [two] = joinIndicators([funding], datasets, byOrder);
  expect(indicatorPicture(two!, regionName)).toBeUndefined();
});

test('the indicator’s JSON download: definition, licence and each region’s points with its file', () => {
  const [view] = joinIndicators([funding], datasets, byOrder);
  const json = JSON.parse(
    indicatorJson(view!, {
      regionName,
      url: { page: 'https://x/indicators/funding/', dataset: (id) => `https://x/data/${id}/` },
      license: 'CC BY 4.0',
    }),
  );
  expect(json).toMatchObject({
    id: 'funding',
    unit: '元',
    definition: funding.definition,
    license: 'CC BY 4.0',
    page: 'https://x/indicators/funding/',
  });
  expect(json.regions[1]).toEqual({
    region: 'xianyang',
    regionName: '咸阳市',
    dataset: 'xianyang-funding',
    datasetPage: 'https://x/data/xianyang-funding/',
    series: '人均经费',
    source: 'xianyang卫健委',
    points: [
      { period: '2015', value: 40 },
      { period: '2020', value: 65 },
    ],
  });
});
