import { z } from 'astro/zod';
import { messages } from '../messages/messages.ts';
import { strictObject } from './strict-object.ts';
import { uniqueBy } from './unique.ts';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function canonicalHost(value: string): string | undefined {
  try {
    return new URL(`http://${value}/`).hostname;
  } catch {
    return undefined;
  }
}

/** A lower-case ASCII host name of two labels or more (or an IP address), as the URL parser would write it. */
export function isListableDomain(value: string): boolean {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value) || value.startsWith('[')) return canonicalHost(value) === value;
  const labels = value.split('.');
  return (
    value.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/.test(labels.at(-1) ?? '') &&
    canonicalHost(value) === value
  );
}

/** What an editor probably meant: `https://www.gov.cn/x` → `www.gov.cn`, `GOV.CN.` → `gov.cn`. */
export function suggestDomain(value: string): string | undefined {
  const host = (() => {
    try {
      return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`).hostname;
    } catch {
      return undefined;
    }
  })()?.replace(/\.+$/, '');
  return host && host !== value && isListableDomain(host) ? host : undefined;
}

const domainField = z
  .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson('domain') : messages.linkDomainBad(issue.input)) })
  .refine(isListableDomain, { error: (issue) => messages.linkDomainBad(issue.input, suggestDomain(String(issue.input))) });

/**
 * content/links.json: the sites content may link to. A list of
 *   { "domain": "gov.cn", "note": "why it is trusted" }
 * with an optional `"exact": true` for a host whose subdomains belong to
 * other people (a shared host): then only that host itself is allowed.
 * Without it the domain and all its subdomains are allowed, so one entry
 * `gov.cn` covers every government portal. IP addresses (`10.1.2.3`,
 * `[2001:db8::1]`) may be listed too; they only ever match exactly.
 */
export const linkEntrySchema = strictObject({
  domain: domainField,
  note: z
    .string({ error: (issue) => (issue.input === undefined ? messages.missingInJson('note') : messages.notText()) })
    .trim()
    .min(1, { error: messages.emptyText('note') }),
  exact: z.boolean({ error: messages.notBoolean('exact') }).optional(),
});
export type LinkEntry = z.infer<typeof linkEntrySchema>;
export const LINK_ENTRY_FIELDS = linkEntrySchema.keyof().options;

/** An entry already allowed by a broader one (`www.gov.cn` under `gov.cn`) is reported on its domain. */
function noCoveredEntries(list: LinkEntry[], ctx: z.RefinementCtx) {
  const broad = new Set(list.filter((entry) => !entry.exact && !/^[\d[]/.test(entry.domain)).map((entry) => entry.domain));
  list.forEach((entry, index) => {
    const labels = entry.domain.split('.');
    for (let i = 1; i < labels.length - 1; i++) {
      const parent = labels.slice(i).join('.');
      if (broad.has(parent)) {
        ctx.addIssue({ code: 'custom', path: [index, 'domain'], message: messages.linkDomainCovered(entry.domain, parent) });
        return;
      }
    }
  });
}

/** The whole file: an array (possibly empty: then no external link is allowed) of unique, non-overlapping entries. */
export const linkListSchema = z
  .array(linkEntrySchema, { error: messages.taxonomyNotArray() })
  .superRefine(uniqueBy<LinkEntry, 'domain'>('domain', messages.linkDomainDuplicate))
  .superRefine(noCoveredEntries);

/**
 * The entries of a links.json that are each valid on their own, for the
 * policy to use while the file has problems (which the checker reports), so
 * one bad entry does not turn every link to the other domains into an error.
 */
export function usableLinkEntries(data: unknown): LinkEntry[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry) => {
    const parsed = linkEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
