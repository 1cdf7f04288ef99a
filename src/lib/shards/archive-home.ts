// A shard's pages link back to the root page that lists every shard
// (assemble.ts writes it); the shard's build learns where it is from
// WEIJIAN_ARCHIVE_HOME, which `npm run shards` sets. A site of its own has none.
import { messages } from '../messages/messages.ts';

export const ARCHIVE_HOME_ENV = 'WEIJIAN_ARCHIVE_HOME';

/** The archive's root page (a path or an https URL, with a trailing slash), or undefined. */
export function archiveHomeFrom(value: string | undefined): string | undefined {
  const home = value?.trim();
  if (!home) return undefined;
  if (!/^(\/|https:\/\/)/.test(home)) throw new Error(messages.archiveHomeInvalid(home));
  return home.endsWith('/') ? home : `${home}/`;
}
