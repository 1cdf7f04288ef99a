import { z } from 'astro/zod';
import { SLUG_PATTERN } from './slug.ts';
import { messages } from '../messages/messages.ts';
import { strictObject } from './strict-object.ts';
import { uniqueBy } from './unique.ts';
import { keysOf } from '../util/keys.ts';

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
const REGION_LEVEL_IDS = keysOf(REGION_LEVELS);

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
  province: nameField('province'),
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
