import { z } from 'astro/zod';
import { SLUG_PATTERN } from './slug.ts';
import { messages } from '../messages/messages.ts';
import { uniqueBy } from './unique.ts';

/** Article types, in the order listings show them, with their Chinese names. */
export const ARTICLE_TYPES = {
  news: '新闻动态',
  report: '工作报告',
  notice: '通知公告',
  interpretation: '政策解读',
  statistics: '统计数据',
} as const;
export type ArticleType = keyof typeof ARTICLE_TYPES;
export const ARTICLE_TYPE_IDS = Object.keys(ARTICLE_TYPES) as ArticleType[];

export const REGION_LEVELS = {
  province: '省级',
  city: '市级',
  county: '县级',
  district: '区级',
} as const;
export type RegionLevel = keyof typeof REGION_LEVELS;

const idField = z
  .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson('id') : messages.notText()) })
  .regex(SLUG_PATTERN, { error: messages.badId() });

const nameField = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson(field) : messages.notText()) })
    .trim()
    .min(1, { error: messages.emptyText(field) });

export const regionSchema = z.strictObject(
  {
    id: idField,
    name: nameField('name'),
    province: nameField('province'),
    level: z.enum(Object.keys(REGION_LEVELS) as [RegionLevel, ...RegionLevel[]], {
      error: (issue) =>
        issue.input === undefined ? messages.missingInJson('level') : messages.notOneOf(issue.input, Object.keys(REGION_LEVELS)),
    }),
  },
  { error: (issue) => messages.unknownKeys(issue, ['id', 'name', 'province', 'level']) },
);
export type Region = z.infer<typeof regionSchema>;

export const topicSchema = z.strictObject(
  {
    id: idField,
    name: nameField('name'),
    description: nameField('description'),
  },
  { error: (issue) => messages.unknownKeys(issue, ['id', 'name', 'description']) },
);
export type Topic = z.infer<typeof topicSchema>;

/** Taxonomy files are arrays whose ids must be unique. */
export function taxonomyListSchema<T extends z.ZodType<{ id: string }>>(item: T) {
  return z
    .array(item, { error: messages.taxonomyNotArray() })
    .min(1, { error: messages.taxonomyEmpty() })
    .superRefine(uniqueBy<{ id: string }, 'id'>('id', messages.duplicateId));
}
