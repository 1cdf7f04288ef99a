import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { strictObject } from './strict-object.ts';
import { uniqueBy } from './unique.ts';

/** A shard's id is the last part of its address: `/<base>/<id>/`. */
const SHARD_ID = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

/**
 * `shards.json`: the archive split into shards (docs/scaling.md), each an
 * ordinary content folder built on its own and served under `/<id>/`.
 */
export const shardListSchema = strictObject({
  $comment: z.string().optional(),
  shards: z
    .array(
      strictObject({
        id: z.string().regex(SHARD_ID, messages.shardId()),
        /** How the root page names it: the provinces it holds. */
        title: z.string().min(1, messages.shardTitle()),
        /** Its content folder, relative to shards.json: articles/, data/, regions.json, topics.json. */
        content: z.string().min(1, messages.shardContent()),
      }),
    )
    .min(2, messages.shardsTooFew())
    .superRefine(uniqueBy('id', messages.shardDuplicate)),
});
export type ShardList = z.infer<typeof shardListSchema>;
