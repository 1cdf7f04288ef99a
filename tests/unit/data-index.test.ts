// /data/index.json's content (src/lib/content/data-index.ts): stable absolute
// addresses for every dataset and its downloads, and each indicator's regions.
import { expect, test } from 'vitest';
import { dataIndex } from '../../src/lib/content/data-index.ts';
import { joinIndicators } from '../../src/lib/stats/indicator.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';

const data: Dataset = {
  id: 'xianyang-funding',
  title: '咸阳市人均基本公共卫生服务经费',
  region: 'xianyang',
  unit: '元',
  source: '咸阳日报',
  chart: 'line',
  series: [
    {
      name: '人均经费',
      indicator: 'funding',
      points: [
        { period: '2015', value: 40 },
        { period: '2020', value: 65 },
      ],
    },
  ],
};
const funding = { id: 'funding', name: '人均基本公共卫生服务经费', unit: '元', definition: '人均补助经费标准。' };
const unused = { id: 'beds', name: '每千人口床位数', unit: '张', definition: '床位。' };

test('every dataset with its page and downloads under the site’s address; every indicator with the regions that have it', () => {
  const index = dataIndex({
    url: (path) => new URL(`/weijian${path}`, 'https://wsjkw.example.gov.cn').href,
    datasets: [{ data, firstPeriod: '2015', lastPeriod: '2020' }],
    indicators: joinIndicators([funding, unused], [data], () => 0),
    regionNames: new Map([['xianyang', '咸阳市']]),
  });
  expect(index.datasets).toEqual([
    {
      id: 'xianyang-funding',
      title: '咸阳市人均基本公共卫生服务经费',
      region: 'xianyang',
      regionName: '咸阳市',
      unit: '元',
      source: '咸阳日报',
      periods: { first: '2015', last: '2020' },
      series: [{ name: '人均经费', indicator: 'funding' }],
      page: 'https://wsjkw.example.gov.cn/weijian/data/xianyang-funding/',
      downloads: {
        csv: 'https://wsjkw.example.gov.cn/weijian/data/xianyang-funding.csv',
        xlsx: 'https://wsjkw.example.gov.cn/weijian/data/xianyang-funding.xlsx',
        json: 'https://wsjkw.example.gov.cn/weijian/data/xianyang-funding.json',
        png: 'https://wsjkw.example.gov.cn/weijian/data/xianyang-funding.png',
      },
    },
  ]);
  expect(index.indicators).toEqual([
    {
      ...funding,
      periods: { first: '2015', last: '2020' },
      page: 'https://wsjkw.example.gov.cn/weijian/indicators/funding/',
      downloads: {
        csv: 'https://wsjkw.example.gov.cn/weijian/indicators/funding.csv',
        xlsx: 'https://wsjkw.example.gov.cn/weijian/indicators/funding.xlsx',
        json: 'https://wsjkw.example.gov.cn/weijian/indicators/funding.json',
        png: 'https://wsjkw.example.gov.cn/weijian/indicators/funding.png',
      },
      regions: [{ region: 'xianyang', regionName: '咸阳市', dataset: 'xianyang-funding', series: '人均经费' }],
    },
    { ...unused, periods: null, page: null, downloads: null, regions: [] },
  ]);
  expect([index.dataPackage, index.archive]).toEqual([
    'https://wsjkw.example.gov.cn/weijian/data/datapackage.json',
    'https://wsjkw.example.gov.cn/weijian/data/weijian-data.zip',
  ]);
});
