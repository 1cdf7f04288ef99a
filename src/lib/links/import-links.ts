// Links found on a saved portal page, sorted for the import report: those the
// allow-list admits, and those dropped with the host and the reason.
import { checkLinkText, checkUrl, type LinkPolicy } from './policy.ts';

export interface PageLink {
  text: string;
  href: string;
}

export interface DroppedLink extends PageLink {
  /** The host as the URL parser reads it (lower case, punycode), or the href when it does not parse. */
  host: string;
  /** Why it was dropped, the same message `npm run check` would give. */
  reason: string;
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname || href;
  } catch {
    return href;
  }
}

/** Split a page's links by the link policy (target and link text), keeping their order. */
export function partitionLinks(links: readonly PageLink[], policy: LinkPolicy): { allowed: PageLink[]; dropped: DroppedLink[] } {
  const allowed: PageLink[] = [];
  const dropped: DroppedLink[] = [];
  for (const link of links) {
    const reason = checkUrl(link.href, policy) ?? checkLinkText(link.text, link.href);
    if (reason) dropped.push({ ...link, host: hostOf(link.href), reason });
    else allowed.push(link);
  }
  return { allowed, dropped };
}
