// The order regions are listed in, the provinces a region may name, and the
// order of the home page's latest statistics.
import { describe, expect, test } from 'vitest';
import { compareRegions, groupByProvince, regionFullName, sortRegions } from '../../src/lib/content/regions.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import { PROVINCES, PROVINCE_UNKNOWN, regionSchema, suggestProvince, type Region } from '../../src/lib/schema/taxonomy.ts';
import { compareLatestFirst, latestFirst, periodEnd } from '../../src/lib/stats/latest.ts';

const region = (name: string, province: string, level: Region['level'] = 'city'): Region => ({ id: 'x', name, province, level });
const names = (regions: Region[]) => regions.map((r) => r.name);

describe('the province list', () => {
  test('is the 34 provincial-level divisions, once each, in code order from 北京市 to 澳门特别行政区', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES).size).toBe(34);
    expect(PROVINCES.slice(0, 4)).toEqual(['北京市', '天津市', '河北省', '山西省']);
    expect(PROVINCES.indexOf('重庆市')).toBe(PROVINCES.indexOf('海南省') + 1);
    expect(PROVINCES.indexOf('陕西省')).toBe(PROVINCES.indexOf('西藏自治区') + 1);
    expect(PROVINCES.slice(-4)).toEqual(['新疆维吾尔自治区', '台湾省', '香港特别行政区', '澳门特别行政区']);
  });
});

describe('region order', () => {
  test('provinces in the national order, not the file order or the pinyin of their names', () => {
    const sorted = sortRegions([
      region('永州市', '湖南省'),
      region('咸阳市', '陕西省'),
      region('黔江区', '重庆市', 'district'),
      region('晋中市', '山西省'),
      region('朝阳区', '北京市', 'district'),
      region('乌鲁木齐市', '新疆维吾尔自治区'),
      region('湾仔区', '香港特别行政区', 'district'),
    ]);
    expect(names(sorted)).toEqual(['朝阳区', '晋中市', '永州市', '黔江区', '咸阳市', '乌鲁木齐市', '湾仔区']);
  });

  test('within a province: the province itself, then cities, then counties and districts together, each by name', () => {
    const sorted = sortRegions([
      region('祁阳县', '湖南省', 'county'),
      region('零陵区', '湖南省', 'district'),
      region('永州市', '湖南省', 'city'),
      region('湖南省', '湖南省', 'province'),
      region('郴州市', '湖南省', 'city'),
      region('东安县', '湖南省', 'county'),
    ]);
    // 郴州 (chēn) before 永州 (yǒng); 东安 (dōng), 零陵 (líng), 祁阳 (qí): pinyin order, not code points.
    expect(names(sorted)).toEqual(['湖南省', '郴州市', '永州市', '东安县', '零陵区', '祁阳县']);
  });

  test('a region whose province is not known goes after every province, whatever its level', () => {
    const unknown = region('未具名县区', PROVINCE_UNKNOWN, 'district');
    const sorted = sortRegions([unknown, region('澳门特别行政区', '澳门特别行政区', 'province'), region('晋中市', '山西省')]);
    expect(names(sorted)).toEqual(['晋中市', '澳门特别行政区', '未具名县区']);
    expect(compareRegions(unknown, region('某县', '澳门特别行政区', 'county'))).toBeGreaterThan(0);
  });

  test('sorting copies: the input keeps its order', () => {
    const input = [region('咸阳市', '陕西省'), region('晋中市', '山西省')];
    sortRegions(input);
    expect(names(input)).toEqual(['咸阳市', '晋中市']);
  });
});

describe('grouping by province', () => {
  test('the sample regions: one group per province in order, the unnamed county last in a group with no province', () => {
    const groups = groupByProvince([
      region('晋中市', '山西省'),
      region('咸阳市', '陕西省'),
      region('黔江区', '重庆市', 'district'),
      region('永州市', '湖南省'),
      region('未具名县区', PROVINCE_UNKNOWN, 'district'),
    ]);
    expect(groups.map((g) => [g.province, names(g.regions)])).toEqual([
      ['山西省', ['晋中市']],
      ['湖南省', ['永州市']],
      ['重庆市', ['黔江区']],
      ['陕西省', ['咸阳市']],
      [undefined, ['未具名县区']],
    ]);
  });

  test('regions of one province stay in one group; no group at all when there is no unknown province', () => {
    const groups = groupByProvince([
      region('铜川市', '陕西省'),
      region('西安市', '陕西省', 'city'),
      region('陕西省', '陕西省', 'province'),
    ]);
    expect(groups).toHaveLength(1);
    expect(names(groups[0]!.regions)).toEqual(['陕西省', '铜川市', '西安市']);
    expect(groupByProvince([])).toEqual([]);
  });
});

describe('a region’s province (content/regions.json)', () => {
  const parse = (province: unknown) => regionSchema.safeParse({ id: 'x', name: '某地', province, level: 'city' });

  test.each([...PROVINCES, PROVINCE_UNKNOWN])('accepts %s', (province) => {
    expect(parse(province).success).toBe(true);
  });

  test('surrounding spaces are trimmed, as for every name, so the region is still listed under its province', () => {
    const parsed = parse(' 陕西省 ');
    expect(parsed.success).toBe(true);
    expect(parsed.data?.province).toBe('陕西省');
  });

  test.each([
    ['山西', '山西省'],
    ['陕西', '陕西省'],
    ['陕西 省', '陕西省'],
    ['甘肅省', '甘肃省'],
    ['广西自治区', '广西壮族自治区'],
    ['新疆', '新疆维吾尔自治区'],
    ['内蒙古', '内蒙古自治区'],
    ['香港', '香港特别行政区'],
    ['重庆', '重庆市'],
    ['未知', PROVINCE_UNKNOWN],
    ['不详', PROVINCE_UNKNOWN],
  ])('refuses %s and suggests %s', (written, suggestion) => {
    const parsed = parse(written);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['province'], messages.unknownProvince(written.trim(), PROVINCE_UNKNOWN, suggestion)],
    ]);
    expect(suggestProvince(written)).toBe(suggestion);
  });

  test.each(['火星', '陝西省'])('refuses %s without a guess: no province, or two as close (陕西省 and 山西省)', (written) => {
    const parsed = parse(written);
    expect(parsed.error?.issues[0]?.message).toBe(messages.unknownProvince(written, PROVINCE_UNKNOWN, undefined));
    expect(suggestProvince(written)).toBeUndefined();
  });

  test('an empty province gets the one message for an empty field, not a second one', () => {
    expect(parse(' ').error?.issues.map((issue) => issue.message)).toEqual([messages.emptyText('province')]);
  });

  test('the message names the field, shows the full names to write and the marker for an unknown province', () => {
    expect(messages.unknownProvince('山西', PROVINCE_UNKNOWN, '山西省')).toBe(
      '省份 “山西” 不是省级行政区的规范全称。`province` 请照写全称，如 `山西省`、`重庆市`、`广西壮族自治区`、`香港特别行政区`（不要只写“山西”“广西”）；原文没有写明省份时，请写 `未具名`。您是否想写 `山西省`？',
    );
  });
});

describe('latest statistics first', () => {
  test('a period ends on its last day: a year on 31 December, a month on its last day', () => {
    expect(periodEnd('2019')).toBe('2019-12-31');
    expect(periodEnd('2019-07')).toBe('2019-07-31');
    expect(periodEnd('2019-02')).toBe('2019-02-28');
    expect(periodEnd('2020-02')).toBe('2020-02-29');
    expect(periodEnd('2019-07-15')).toBe('2019-07-15');
  });

  test('by the end of the latest period, then by title (zh-CN)', () => {
    const datasets = [
      { title: '永州市消除村卫生室“空白村”进度', lastPeriod: '2019-07' },
      { title: '永州市2019年“两癌”免费检查进度', lastPeriod: '2019' },
      { title: '咸阳市每千人口医疗机构床位数', lastPeriod: '2020' },
      { title: '晋中市基本公共卫生服务经费人均补助', lastPeriod: '2015' },
      { title: '咸阳市医疗卫生机构固定资产', lastPeriod: '2020' },
      { title: '永州市7月15日快报', lastPeriod: '2019-07-15' },
    ];
    expect(latestFirst(datasets, (d) => d).map((d) => d.title)).toEqual([
      '咸阳市每千人口医疗机构床位数', // 2020, and 每 (měi) before 医 (yī)
      '咸阳市医疗卫生机构固定资产',
      '永州市2019年“两癌”免费检查进度', // the year 2019 runs to December: later than July 2019
      '永州市消除村卫生室“空白村”进度',
      '永州市7月15日快报',
      '晋中市基本公共卫生服务经费人均补助',
    ]);
  });

  test('a year and the day it ends are as recent as each other: the title decides', () => {
    expect(compareLatestFirst({ title: '乙', lastPeriod: '2019' }, { title: '甲', lastPeriod: '2019-12-31' })).toBeGreaterThan(0);
    expect(compareLatestFirst({ title: '甲', lastPeriod: '2019-12' }, { title: '乙', lastPeriod: '2019' })).toBeLessThan(0);
  });
});

describe('a region’s full name (page descriptions, feed titles)', () => {
  test('province and name, a province alone, and a region whose province is not given by its own name', () => {
    expect(regionFullName({ name: '咸阳市', province: '陕西省', level: 'city' })).toBe('陕西省咸阳市');
    expect(regionFullName({ name: '北京市', province: '北京市', level: 'province' })).toBe('北京市');
    expect(regionFullName({ name: '未具名县区', province: '未具名', level: 'district' })).toBe('未具名县区');
  });
});
