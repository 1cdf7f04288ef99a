import type { z } from 'astro/zod';

/**
 * A refinement for lists whose entries must differ in one field: every repeat
 * is reported on that field of the repeating entry (`[3].period`).
 */
export function uniqueBy<T, K extends keyof T & string>(key: K, message: (value: T[K]) => string) {
  return (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<T[K]>();
    list.forEach((entry, index) => {
      if (seen.has(entry[key])) ctx.addIssue({ code: 'custom', path: [index, key], message: message(entry[key]) });
      seen.add(entry[key]);
    });
  };
}
