import { z } from 'astro/zod';
import { SLUG_PATTERN } from './slug.ts';
import { messages } from '../messages/messages.ts';
import { strictObject } from './strict-object.ts';
import { uniqueBy } from './unique.ts';
import { keysOf } from '../util/keys.ts';
import { suggestClosest } from '../messages/suggest.ts';

/** Article types, in the order listings show them, with their Chinese names. */
export const ARTICLE_TYPES = {
  news: '新闻动态',
  report: '工作报告',
  notice: '通知公告',
  interpretation: '政策解读',
  statistics: '统计数据',
} as const;
export type ArticleType = keyof typeof ARTICLE_TYPES;
export const ARTICLE_TYPE_IDS = keysOf(ARTICLE_TYPES);

export const REGION_LEVELS = {
  province: '省级',
  city: '市级',
  county: '县级',
  district: '区级',
} as const;
// Object.keys is typed string[]; these are the keys of the literal above.
export const REGION_LEVEL_IDS = keysOf(REGION_LEVELS);
export type RegionLevel = keyof typeof REGION_LEVELS;

/**
 * The provincial-level divisions, by their official full names, in the national
 * order (GB/T 2260 administrative division codes: 北京市 11 … 新疆维吾尔自治区 65),
 * then 台湾省, 香港特别行政区 and 澳门特别行政区. A region's `province` is one of
 * these or PROVINCE_UNKNOWN; listings follow this order (src/lib/content/regions.ts).
 */
export const PROVINCES = [
  '北京市',
  '天津市',
  '河北省',
  '山西省',
  '内蒙古自治区',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '上海市',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '广西壮族自治区',
  '海南省',
  '重庆市',
  '四川省',
  '贵州省',
  '云南省',
  '西藏自治区',
  '陕西省',
  '甘肃省',
  '青海省',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '台湾省',
  '香港特别行政区',
  '澳门特别行政区',
] as const;
export type Province = (typeof PROVINCES)[number];

/** What an editor writes as `province` when the source does not say which province (such as an anonymised county). */
export const PROVINCE_UNKNOWN = '未具名';

export function isProvince(value: string): value is Province {
  return (PROVINCES as readonly string[]).includes(value);
}

/** A province's name without its 省/市/自治区/特别行政区 ending: 山西, 广西, 新疆, 香港. */
const shortName = (province: string) => province.replace(/(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市)$/, '');
/** Words editors use for “not known”, which the contract spells PROVINCE_UNKNOWN. */
const UNKNOWN_WORDS = ['未知', '不详', '不明', '未注明', '未具名省', '未具名省份', '其他'];

/**
 * The official name an editor most likely meant by a `province` that is not one:
 * a short or half-written name (山西, 广西自治区, 新疆) or a slip that fits one province only (甘肅省),
 * or PROVINCE_UNKNOWN for a word meaning “not known”.
 */
export function suggestProvince(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const written = value.replace(/\s+/g, '');
  if (UNKNOWN_WORDS.includes(written)) return PROVINCE_UNKNOWN;
  const shortened = PROVINCES.find((province) => written.startsWith(shortName(province)));
  if (shortened) return shortened;
  // A slip only when one province is that close: 陝西省 is one character from both 陕西省 and 山西省.
  const close = PROVINCES.filter((province) => suggestClosest(written, [province]) === province);
  return close.length === 1 ? close[0] : undefined;
}

const idField = z
  .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson('id') : messages.notText()) })
  .regex(SLUG_PATTERN, { error: messages.badId() });

const nameField = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson(field) : messages.notText()) })
    .trim()
    .min(1, { error: messages.emptyText(field) });

export const regionSchema = strictObject({
  id: idField,
  name: nameField('name'),
  // Surrounding spaces are trimmed, as for every name; anything else must be exact. An empty value has its
  // own message (nameField). Typed string, not the union of names: pages treat a value not in PROVINCES as “not given”.
  province: nameField('province').refine((value): boolean => value === '' || isProvince(value) || value === PROVINCE_UNKNOWN, {
    error: (issue) => messages.unknownProvince(issue.input, PROVINCE_UNKNOWN, suggestProvince(issue.input)),
  }),
  level: z.enum(REGION_LEVEL_IDS, {
    error: (issue) => (issue.input === undefined ? messages.missingInJson('level') : messages.notOneOf(issue.input, REGION_LEVEL_IDS)),
  }),
});
export type Region = z.infer<typeof regionSchema>;
export const REGION_FIELDS = regionSchema.keyof().options;

export const topicSchema = strictObject({
  id: idField,
  name: nameField('name'),
  description: nameField('description'),
});
export type Topic = z.infer<typeof topicSchema>;
export const TOPIC_FIELDS = topicSchema.keyof().options;

/**
 * content/indicators.json: what a statistic measures, so the same measure in
 * different regions' files can be shown side by side (/indicators/<id>/). A
 * series names its indicator; its file's unit must be the indicator's.
 */
export const indicatorSchema = strictObject({
  id: idField,
  name: nameField('name'),
  unit: nameField('unit'),
  definition: nameField('definition'),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const INDICATOR_FIELDS = indicatorSchema.keyof().options;

/** Taxonomy files are arrays whose ids must be unique. */
export function taxonomyListSchema<T extends z.ZodType<{ id: string }>>(item: T) {
  return z
    .array(item, { error: messages.taxonomyNotArray() })
    .min(1, { error: messages.taxonomyEmpty() })
    .superRefine(uniqueBy<{ id: string }, 'id'>('id', messages.duplicateId));
}

/**
 * The ids of a taxonomy file as read (before or without validation): every
 * entry's `id` that is text, so one broken entry does not hide the others.
 */
export function taxonomyIds(data: unknown): string[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}
