import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { suggestClosest } from '../messages/suggest.ts';

export interface StrictObjectMessages {
  /** Add "did you mean" to an unknown key close to a field. */
  suggest?: boolean;
  /** The message for a value that is no object at all (zod's own when not given). */
  notObject?: () => string;
}

/**
 * An object schema that refuses keys it does not have, with a message listing
 * the fields of its own shape, so the list can never drift from the schema.
 */
export function strictObject<T extends Record<string, z.ZodType>>(shape: T, { suggest = false, notObject }: StrictObjectMessages = {}) {
  const fields = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => messages.unknownKeys(issue, fields, suggest ? (key) => suggestClosest(key, fields) : undefined) ?? notObject?.(),
  });
}
