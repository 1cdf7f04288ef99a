// A small site whose one indicator has statistic files from seven regions,
// more than an indicator page preselects (PRESELECTED_REGIONS): for the region
// picker's 更多地区. Built under a sub-path, by the real build, when a test asks.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestSite } from './build-sites.ts';
import { fixturesDir, repoRoot, type TestSite } from './paths.ts';

export const MANY_REGIONS_INDICATOR = 'hospital-beds-per-thousand';

/**
 * The regions, as regions.json lists them. The site lists them by name (one
 * province, one level: pinyin); neither this order, nor the ids', nor the
 * files' titles (numbered by id) sort that way, so a wrong order shows.
 */
export const MANY_REGIONS = [
  { id: 'r6', name: '咸阳市' },
  { id: 'r3', name: '宝鸡市' },
  { id: 'r4', name: '榆林市' },
  { id: 'r1', name: '渭南市' },
  { id: 'r2', name: '延安市' },
  { id: 'r5', name: '汉中市' },
  { id: 'r7', name: '安康市' },
];

const dir = join(repoRoot, 'tmp/test-sites/many-regions');

export const manyRegionsSite: TestSite = {
  name: 'many-regions',
  contentDir: join(dir, 'content'),
  dist: join(dir, 'dist'),
  base: '/compare/',
  site: 'https://example.org',
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function buildManyRegionsSite(): TestSite {
  const content = manyRegionsSite.contentDir;
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'data'), { recursive: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync(join(fixturesDir, 'content/topics.json'), join(content, 'topics.json'));
  cpSync(join(fixturesDir, 'content/links.json'), join(content, 'links.json'));
  writeFileSync(join(content, 'regions.json'), json(MANY_REGIONS.map(({ id, name }) => ({ id, name, province: '陕西省', level: 'city' }))));
  writeFileSync(
    join(content, 'indicators.json'),
    json([
      {
        id: MANY_REGIONS_INDICATOR,
        name: '每千人口医疗卫生机构床位数',
        unit: '张',
        definition: '年末医疗卫生机构实有床位数除以常住人口数（以千人计）。',
      },
    ]),
  );
  MANY_REGIONS.forEach(({ id, name }, index) =>
    writeFileSync(
      join(content, 'data', `${id}-beds.json`),
      json({
        title: `测试数据${id}：${name}每千人口医疗卫生机构床位数`,
        region: id,
        unit: '张',
        source: `${name}卫生健康委员会（测试数据）`,
        chart: 'line',
        series: [
          {
            name: '床位数',
            indicator: MANY_REGIONS_INDICATOR,
            points: [2019, 2020, 2021].map((year, n) => ({ period: String(year), value: Number((5 + index / 10 + n / 4).toFixed(2)) })),
          },
        ],
      }),
    ),
  );
  writeFileSync(
    join(content, 'articles', 'beds-comparison.mdx'),
    [
      '---',
      'title: 七市床位数比较（测试）',
      'date: 2022-03-01',
      'region: r6',
      'topics: [jiceng]',
      'type: statistics',
      'source: 测试市卫生健康委员会',
      'summary: 测试用文章：七个地区的每千人口床位数比较。',
      '---',
      '',
      '七个地区的床位数比较如下。',
      '',
    ].join('\n'),
  );
  buildTestSite(manyRegionsSite);
  return manyRegionsSite;
}
