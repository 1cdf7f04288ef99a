import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { dateToIsoText, isIsoDateShape, isRealDate } from '../format/date.ts';

/**
 * A YYYY-MM-DD date that exists and is not after today: every date an editor
 * writes (an article's `date`, `writtenDate`, `updated`, a correction's `date`,
 * a dataset's `updated`). `future` words the "after today" message for the field.
 */
export function isoDate(field: string, today: string, future: (value: string, today: string) => string = messages.futureDate) {
  return z.preprocess(
    dateToIsoText,
    z
      .string({ error: (issue) => (issue.input === undefined ? messages.missing(field) : messages.notDate(issue.input)) })
      .superRefine((value, ctx) => {
        if (!isIsoDateShape(value)) ctx.addIssue({ code: 'custom', message: messages.notDate(value) });
        else if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: messages.impossibleDate(value) });
        else if (value > today) ctx.addIssue({ code: 'custom', message: future(value, today) });
      }),
  );
}
