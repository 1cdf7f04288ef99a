// content/links.json: the allow-list every external link in content is held to.
import { createLinkPolicy, type LinkPolicy } from '../links/policy.ts';
import { LINK_ENTRY_FIELDS, linkListSchema, usableLinkEntries } from '../schema/links.ts';
import { readJsonFile } from './json-file.ts';
import { messages } from '../messages/messages.ts';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './zod-issues.ts';

/** The policy from the file's valid entries, and the file's own problems (a missing file allows no external link). */
export function readLinkPolicy(path: string, bytes: Uint8Array | undefined): { policy: LinkPolicy; problems: Problem[] } {
  if (!bytes) return { policy: createLinkPolicy([]), problems: [{ path, line: 1, message: messages.fileMissing(path) }] };
  const read = readJsonFile(path, bytes);
  if (!read.ok) return { policy: createLinkPolicy([]), problems: read.problems };
  const parsed = linkListSchema.safeParse(read.data);
  const problems = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues, path, read.lines, (key) => messages.unknownKey(key, LINK_ENTRY_FIELDS));
  return { policy: createLinkPolicy(usableLinkEntries(read.data)), problems };
}
