import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { suggestClosest } from '../messages/suggest.ts';
import { isValidPeriod } from '../format/period.ts';
import { todayInChina } from '../format/date.ts';
import { isoDate } from './iso-date.ts';
import { strictObject } from './strict-object.ts';
import { uniqueBy } from './unique.ts';

export const DATASET_TITLE_MAX = 80;
export const CHART_TYPES = ['line', 'bar'] as const;

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson(field) : messages.notText()) })
    .trim()
    .min(1, { error: messages.emptyText(field) });

/** "5.72张" → 5.72: a number hidden in text, to suggest. */
function numberIn(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /-?\d+(?:\.\d+)?/.exec(value.replaceAll(',', '').replaceAll('，', ''));
  return match ? Number(match[0]) : undefined;
}

const value = z.union([z.number(), z.null()], {
  error: (issue) => (issue.input === undefined ? messages.missingInJson('value') : messages.notNumber(issue.input, numberIn(issue.input))),
});

const point = strictObject({
  period: z
    .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson('period') : messages.badPeriod(issue.input)) })
    .refine(isValidPeriod, { error: (issue) => messages.badPeriod(issue.input) }),
  value,
});

/** Dataset ids that would collide with the files /data/ also holds (index.json, datapackage.json). */
export const RESERVED_DATASET_IDS = ['index', 'datapackage'] as const;

const seriesSchema = (indicatorIds: readonly string[] | null) =>
  strictObject({
    name: text('name'),
    // The measure this series is (content/indicators.json), for comparing regions.
    indicator: z
      .string({ error: (issue) => messages.unknownIndicator(issue.input) })
      .refine((id) => indicatorIds === null || indicatorIds.includes(id), {
        error: (issue) => messages.unknownIndicator(issue.input, suggestClosest(issue.input, indicatorIds ?? [])),
      })
      .optional(),
    points: z
      .array(point, { error: (issue) => (issue.input === undefined ? messages.missingInJson('points') : messages.noPoints()) })
      .min(1, { error: messages.noPoints() })
      .superRefine(uniqueBy('period', messages.duplicatePeriod)),
  });

/**
 * A statistic file, content/data/<id>.json. Regions come from content/regions.json,
 * indicators from content/indicators.json (null: not checked here);
 * `today` (YYYY-MM-DD) bounds `updated`, China's today unless given.
 */
export function createDatasetSchema({
  regionIds,
  indicatorIds = null,
  today = todayInChina(),
}: {
  regionIds: readonly string[] | null;
  indicatorIds?: readonly string[] | null;
  today?: string;
}) {
  return strictObject(
    {
      title: text('title').refine((title) => Array.from(title).length <= DATASET_TITLE_MAX, {
        error: (issue) => messages.datasetTitleTooLong(Array.from(String(issue.input)).length, DATASET_TITLE_MAX),
      }),
      region: z
        .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson('region') : messages.unknownRegion(issue.input)) })
        .refine((id) => regionIds === null || regionIds.includes(id), {
          error: (issue) => messages.unknownRegion(issue.input, suggestClosest(issue.input, regionIds ?? [])),
        }),
      unit: text('unit'),
      source: text('source'),
      sourceUrl: z
        .string({ error: (issue) => messages.notUrl(issue.input) })
        .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, { error: (issue) => messages.notUrl(issue.input) })
        .optional(),
      notes: text('notes').optional(),
      description: text('description').optional(),
      // The editor's date of the last change readers should know of; wins over git's (src/lib/content/history.ts).
      updated: isoDate('updated', today, messages.futureUpdate).optional(),
      chart: z.enum(CHART_TYPES, {
        error: (issue) =>
          issue.input === undefined
            ? messages.missingInJson('chart')
            : messages.unknownChart(issue.input, suggestClosest(issue.input, CHART_TYPES)),
      }),
      series: z
        .array(seriesSchema(indicatorIds), {
          error: (issue) => (issue.input === undefined ? messages.missingInJson('series') : messages.noSeries()),
        })
        .min(1, { error: messages.noSeries() })
        .superRefine(uniqueBy('name', messages.duplicateSeries)),
    },
    { suggest: true, notObject: messages.jsonNotObject },
  );
}

export type DatasetSchema = ReturnType<typeof createDatasetSchema>;
export type DatasetFields = z.infer<DatasetSchema>;

/** The fields of a statistic file, in the schema's order. */
export const DATASET_FIELDS = createDatasetSchema({ regionIds: null }).keyof().options;
