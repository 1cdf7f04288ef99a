import { describe, expect, test } from 'vitest';
import { createArticleSchema } from '../../src/lib/schema/article.ts';
import { regionSchema, taxonomyListSchema, topicSchema } from '../../src/lib/schema/taxonomy.ts';

const schema = createArticleSchema({ regionIds: ['xianyang', 'yongzhou'], topicIds: ['yigai', 'fuyou'], today: '2026-11-22' });
const valid = {
  title: '咸阳市召开卫生健康工作会议',
  date: '2021-03-03',
  region: 'xianyang',
  topics: ['yigai'],
  type: 'news',
  source: '咸阳市卫生健康委员会',
  summary: '会议回顾了五年来的卫生健康工作，并部署了今年的重点任务。',
};

describe('article schema', () => {
  test('accepts a valid article and normalises YAML Date objects to text', () => {
    const parsed = schema.parse({ ...valid, date: new Date('2021-03-03T00:00:00Z'), writtenDate: new Date('2021-03-01T00:00:00Z') });
    expect(parsed.date).toBe('2021-03-03');
    expect(parsed.writtenDate).toBe('2021-03-01');
  });
  test('counts characters, not UTF-16 units: 64 CJK-extension characters fit', () => {
    expect(schema.safeParse({ ...valid, title: '𠀀'.repeat(64) }).success).toBe(true);
    expect(schema.safeParse({ ...valid, title: '𠀀'.repeat(65) }).success).toBe(false);
  });
  test('today is allowed, tomorrow is not', () => {
    expect(schema.safeParse({ ...valid, date: '2026-11-22' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, date: '2026-11-23' }).success).toBe(false);
  });
  test('five topics pass, six do not', () => {
    const many = createArticleSchema({ regionIds: ['xianyang'], topicIds: ['a', 'b', 'c', 'd', 'e', 'f'], today: '2026-11-22' });
    expect(many.safeParse({ ...valid, topics: ['a', 'b', 'c', 'd', 'e'] }).success).toBe(true);
    expect(many.safeParse({ ...valid, topics: ['a', 'b', 'c', 'd', 'e', 'f'] }).success).toBe(false);
  });
  test('optional official fields and corrections', () => {
    const parsed = schema.parse({
      ...valid,
      indexNumber: '11610400-2021-00042',
      documentNumber: '咸卫发〔2021〕7号',
      originalUrl: 'https://www.xianyang.gov.cn/a.html',
      corrections: [{ date: '2021-03-05', note: '更正错字' }],
      draft: false,
    });
    expect(parsed.corrections).toEqual([{ date: '2021-03-05', note: '更正错字' }]);
  });
  test('unknown ids are refused with a suggestion; a broken taxonomy accepts any id', () => {
    const result = schema.safeParse({ ...valid, region: 'xianyan' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('您是否想写 `xianyang`');
    const lenient = createArticleSchema({ regionIds: null, topicIds: null, today: '2026-11-22' });
    expect(lenient.safeParse({ ...valid, region: 'anywhere', topics: ['x'] }).success).toBe(true);
  });
});

describe('taxonomy schemas', () => {
  test('regions need a known level and a pinyin id; ids are unique', () => {
    const regions = taxonomyListSchema(regionSchema);
    expect(regions.safeParse([{ id: 'yongzhou', name: '永州市', province: '湖南省', level: 'city' }]).success).toBe(true);
    expect(regions.safeParse([{ id: 'Yong Zhou', name: '永州市', province: '湖南省', level: 'city' }]).success).toBe(false);
    expect(regions.safeParse([{ id: 'yongzhou', name: '永州市', province: '湖南省', level: 'town' }]).success).toBe(false);
    const duplicate = regions.safeParse([
      { id: 'yongzhou', name: '永州市', province: '湖南省', level: 'city' },
      { id: 'yongzhou', name: '永州', province: '湖南省', level: 'city' },
    ]);
    expect(duplicate.error?.issues[0]?.path).toEqual([1, 'id']);
  });
  test('topics need a name and a description', () => {
    const topics = taxonomyListSchema(topicSchema);
    expect(topics.safeParse([{ id: 'fuyou', name: '妇幼健康', description: '说明' }]).success).toBe(true);
    expect(topics.safeParse([{ id: 'fuyou', name: '妇幼健康' }]).success).toBe(false);
    expect(topics.safeParse([]).success).toBe(false);
  });
});

test('dataset series names must differ', async () => {
  const { createDatasetSchema } = await import('../../src/lib/schema/dataset.ts');
  const schema = createDatasetSchema({ regionIds: ['xianyang'] });
  const result = schema.safeParse({
    title: '测试',
    region: 'xianyang',
    unit: '人',
    source: '来源',
    chart: 'bar',
    series: [
      { name: '任务数', points: [{ period: '2019', value: 1 }] },
      { name: '任务数', points: [{ period: '2019', value: 2 }] },
    ],
  });
  expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
    [['series', 1, 'name'], '系列名称 “任务数” 重复。每个系列的名称必须不同。'],
  ]);
});
