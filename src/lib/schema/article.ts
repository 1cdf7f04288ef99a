import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { suggestClosest } from '../messages/suggest.ts';
import { ARTICLE_TYPES, ARTICLE_TYPE_IDS } from './taxonomy.ts';
import { REVIEWABLE_RULE_IDS, REVIEWED_TEXT_MAX, REVIEWED_TEXT_MIN } from '../text/rule-ids.ts';
import { strictObject } from './strict-object.ts';
import { isoDate } from './iso-date.ts';
import { charCount, SUMMARY_MAX, SUMMARY_MIN, TITLE_MAX, TITLE_MIN, TOPICS_MAX, TOPICS_MIN } from './limits.ts';

/** What the article schema needs to know about the rest of the content. */
export interface ArticleSchemaContext {
  /** Known region ids; null when regions.json itself is broken (then any id passes here). */
  regionIds: readonly string[] | null;
  /** Known topic ids; null when topics.json itself is broken. */
  topicIds: readonly string[] | null;
  /** YYYY-MM-DD; dates after it are "in the future". */
  today: string;
}

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.missing(field) : messages.notText()) })
    .trim()
    .min(1, { error: messages.emptyText(field) });

function lengthBetween(min: number, max: number, message: (length: number) => string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const length = charCount(value);
    if (length < min || length > max) ctx.addIssue({ code: 'custom', message: message(length) });
  };
}

/** The frontmatter of one article. Built per site because regions and topics come from content files. */
export function createArticleSchema({ regionIds, topicIds, today }: ArticleSchemaContext) {
  const region = z
    .string({ error: (issue) => (issue.input === undefined ? messages.missing('region') : messages.unknownRegion(issue.input)) })
    .refine((id) => regionIds === null || regionIds.includes(id), {
      error: (issue) => messages.unknownRegion(issue.input, suggestClosest(issue.input, regionIds ?? [])),
    });

  const topic = z
    .string({ error: (issue) => messages.unknownTopic(issue.input) })
    .refine((id) => topicIds === null || topicIds.includes(id), {
      error: (issue) => messages.unknownTopic(issue.input, suggestClosest(issue.input, topicIds ?? [])),
    });

  const topics = z
    .array(topic, { error: (issue) => (issue.input === undefined ? messages.missing('topics') : messages.topicsNotList()) })
    .superRefine((ids, ctx) => {
      if (ids.length < TOPICS_MIN || ids.length > TOPICS_MAX) {
        ctx.addIssue({ code: 'custom', message: messages.topicsCount(ids.length, TOPICS_MIN, TOPICS_MAX) });
      }
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', path: [index], message: messages.duplicateTopic(id) });
      });
    });

  const type = z.enum(ARTICLE_TYPE_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? messages.missing('type')
        : messages.unknownType(issue.input, ARTICLE_TYPES, suggestClosest(issue.input, ARTICLE_TYPE_IDS)),
  });

  const correction = strictObject(
    {
      date: isoDate('date', today),
      note: z
        .string({ error: (issue) => (issue.input === undefined ? messages.correctionNoteMissing() : messages.notText()) })
        .trim()
        .min(1, { error: messages.correctionNoteMissing() }),
    },
    { notObject: messages.correctionsNotList },
  );

  // A person's record that one flagged spot is right as written (src/lib/check/text-damage.ts).
  const reviewedEntry = strictObject(
    {
      rule: z.enum(REVIEWABLE_RULE_IDS, {
        error: (issue) => (issue.input === undefined ? messages.missing('rule') : messages.reviewedRule(issue.input, REVIEWABLE_RULE_IDS)),
      }),
      text: z
        .string({ error: (issue) => (issue.input === undefined ? messages.missing('text') : messages.notText()) })
        .superRefine(
          lengthBetween(REVIEWED_TEXT_MIN, REVIEWED_TEXT_MAX, (length) =>
            messages.reviewedTextLength(length, REVIEWED_TEXT_MIN, REVIEWED_TEXT_MAX),
          ),
        ),
      note: z
        .string({ error: (issue) => (issue.input === undefined ? messages.reviewedNoteMissing() : messages.notText()) })
        .trim()
        .min(1, { error: messages.reviewedNoteMissing() }),
    },
    { notObject: messages.reviewedNotList },
  );

  const shape = {
    title: text('title').superRefine(lengthBetween(TITLE_MIN, TITLE_MAX, (length) => messages.titleTooLong(length, TITLE_MAX))),
    date: isoDate('date', today),
    region,
    topics,
    type,
    source: text('source'),
    summary: text('summary').superRefine(
      lengthBetween(SUMMARY_MIN, SUMMARY_MAX, (length) => messages.summaryLength(length, SUMMARY_MIN, SUMMARY_MAX)),
    ),
    originalUrl: z
      .string({ error: (issue) => messages.notUrl(issue.input) })
      .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, { error: (issue) => messages.notUrl(issue.input) })
      .optional(),
    corrections: z.array(correction, { error: messages.correctionsNotList() }).optional(),
    // The editor's date of the last change readers should know of; wins over git's (src/lib/content/history.ts).
    updated: isoDate('updated', today, messages.futureUpdate).optional(),
    draft: z.boolean({ error: messages.notBoolean('draft') }).optional(),
    indexNumber: text('indexNumber').optional(),
    documentNumber: text('documentNumber').optional(),
    writtenDate: isoDate('writtenDate', today).optional(),
    reviewed: z.array(reviewedEntry, { error: messages.reviewedNotList() }).optional(),
  };
  return strictObject(shape, { suggest: true, notObject: messages.frontmatterNotMapping }).superRefine((article, ctx) => {
    if (article.writtenDate && article.writtenDate > article.date) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: messages.writtenAfterPublished(article.writtenDate, article.date) });
    }
    if (article.updated && article.updated < article.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: messages.updatedBeforePublished(article.updated, article.date) });
    }
    article.corrections?.forEach((entry, index) => {
      if (entry.date < article.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: messages.correctionBeforePublished(entry.date, article.date),
        });
      }
    });
  });
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
export type ArticleFrontmatter = z.infer<ArticleSchema>;

/** The frontmatter fields, in the schema's order (the same for every context). */
export const ARTICLE_FIELDS = createArticleSchema({ regionIds: null, topicIds: null, today: '' }).keyof().options;
