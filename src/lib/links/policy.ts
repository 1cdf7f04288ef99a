// The link policy: which hosts content may link to (content/links.json) and
// the rules every external link must pass. Pure functions; the WHATWG URL
// parser does the parsing, as browsers do (userinfo, IDN to punycode, "\" as
// "/", full-width dots, tabs and newlines dropped).
import { domainToUnicode } from 'node:url';
import { messages } from '../messages/messages.ts';
import type { LinkEntry } from '../schema/links.ts';

/**
 * One allow-list entry as the policy needs it (content/links.json has a `note` too).
 * `exact`: only this host, not its subdomains (for shared hosts where anyone can get a subdomain).
 */
export type LinkPolicyEntry = Pick<LinkEntry, 'domain' | 'exact'>;

export interface LinkPolicy {
  /** Hosts allowed together with all their subdomains. */
  readonly domains: ReadonlySet<string>;
  /** Hosts allowed only as written: `exact` entries and IP addresses. */
  readonly exactHosts: ReadonlySet<string>;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
export const isIpHost = (host: string) => IPV4.test(host) || host.startsWith('[');

export function createLinkPolicy(entries: readonly LinkPolicyEntry[]): LinkPolicy {
  const domains = new Set<string>();
  const exactHosts = new Set<string>();
  for (const { domain, exact } of entries) {
    const host = domain.toLowerCase();
    (exact || isIpHost(host) ? exactHosts : domains).add(host);
  }
  return { domains, exactHosts };
}

/**
 * Whether a host (lower case, as `URL.hostname` gives it) is on the list: the
 * host itself, or a subdomain of a listed domain, label by label. So
 * `www.nhc.gov.cn` matches `gov.cn`, while `evilgov.cn` and `gov.cn.evil.com` do not.
 */
export function isAllowedHost(host: string, policy: LinkPolicy): boolean {
  if (policy.exactHosts.has(host) || policy.domains.has(host)) return true;
  if (isIpHost(host)) return false;
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    if (policy.domains.has(host.slice(dot + 1))) return true;
  }
  return false;
}

/** Stands in for the site when resolving relative links: whatever stays on it is internal. */
const SITE = 'https://site.internal.invalid';
const SITE_PAGE = `${SITE}/articles/page/`;

// What the URL parser itself ignores: leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
// eslint-disable-next-line no-control-regex -- the C0 controls are what the parser drops
const clean = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/**
 * An ASCII host directly followed by Chinese text or full-width punctuation
 * (`www.nhc.gov.cn。看`): GFM's bare-URL links run on to the next space, so the
 * text became part of the host. Full-width dots between labels are dots to the
 * parser (`www．gov．cn` is `www.gov.cn`), so only one before the text is skipped.
 */
const SWALLOWED =
  /^([a-z0-9-]+(?:[.\u3002\uff0e\uff61][a-z0-9-]+)+)[.\u3002\uff0e\uff61]?(?=(?![\u3002\uff0e\uff61])[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014])/iu;

export type LinkTarget =
  | { kind: 'internal' }
  | { kind: 'web'; url: URL; written: string }
  | { kind: 'mail'; addresses: string[] }
  | { kind: 'other'; scheme: string }
  | { kind: 'invalid' };

/** What a link points at, read as a browser reads an href on one of the site's pages. */
export function linkTarget(url: string): LinkTarget {
  const written = clean(url);
  const scheme = SCHEME.exec(written)?.[1]?.toLowerCase();
  if (scheme === 'mailto') {
    const addresses = mailAddresses(written);
    return addresses.length ? { kind: 'mail', addresses } : { kind: 'invalid' };
  }
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'other', scheme };
  let parsed: URL;
  try {
    // With a scheme the URL stands alone ("https:evil.com" is https://evil.com/, not a page of an https site).
    parsed = scheme ? new URL(written) : new URL(written, SITE_PAGE);
  } catch {
    return { kind: 'invalid' };
  }
  // "//host", "\\host", "/\host" all leave the site; "/data/x/", "#top", "../x" stay.
  if (!scheme && parsed.origin === SITE) return { kind: 'internal' };
  return { kind: 'web', url: parsed, written };
}

/** Every address a mailto: link sends to: the path and the to/cc/bcc fields. */
function mailAddresses(mailto: string): string[] {
  const rest = mailto.slice('mailto:'.length);
  const [path = '', query = ''] = rest.split('?', 2);
  const params = new URLSearchParams(query);
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return [decode(path), ...['to', 'cc', 'bcc'].flatMap((name) => params.getAll(name))]
    .flatMap((list) => list.split(','))
    .map((address) => address.trim())
    .filter(Boolean);
}

/** The host a web URL's authority was written with, before the parser normalised it. */
function writtenAuthority(written: string): string {
  const afterScheme = written.replace(SCHEME, '').replace(/^[/\\]*/, '');
  return /^[^/\\?#]*/.exec(afterScheme)?.[0] ?? '';
}

/** Trailing dot, IP address, allow-list and look-alikes: the rules for one host. */
function checkHost(host: string, policy: LinkPolicy, notAllowed: (host: string) => string): string | undefined {
  if (host.endsWith('.')) return messages.linkTrailingDot(host);
  if (isAllowedHost(host, policy)) return undefined;
  if (isIpHost(host)) return messages.linkIp(host);
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    const shown = domainToUnicode(host);
    if (shown && shown !== host) return messages.linkLookalike(shown, host);
  }
  return notAllowed(host);
}

/** The domain of an e-mail address, normalised like a host (lower case, punycode); undefined when it is none. */
function mailDomain(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  try {
    const host = new URL(`http://${address.slice(at + 1)}`).hostname;
    return host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The problem with one link target, as a Chinese message, or undefined when it
 * may stay: internal links always, http(s) to an allowed host, mailto: to
 * addresses at allowed domains. Refused: other schemes, userinfo
 * (`https://gov.cn@evil.com/`), trailing dots, IP addresses not listed, and
 * hosts not on the list, look-alikes included.
 */
export function checkUrl(url: string, policy: LinkPolicy): string | undefined {
  const target = linkTarget(url);
  switch (target.kind) {
    case 'internal':
      return /^www\./i.test(clean(url)) ? messages.linkMissingScheme(clean(url)) : undefined;
    case 'invalid':
      return messages.linkUnparseable(url);
    case 'other':
      return target.scheme === 'javascript' || target.scheme === 'vbscript'
        ? messages.unsafeUrl()
        : messages.linkScheme(`${target.scheme}:`);
    case 'mail':
      for (const address of target.addresses) {
        const domain = mailDomain(address);
        if (!domain) return messages.linkUnparseable(url);
        const problem = checkHost(domain, policy, () => messages.linkEmailNotAllowed(address, domain));
        if (problem) return problem;
      }
      return undefined;
    case 'web': {
      const authority = writtenAuthority(target.written);
      const host = target.url.hostname;
      if (authority.includes('@') || target.url.username || target.url.password) return messages.linkUserinfo(target.written, host);
      const swallowed = SWALLOWED.exec(authority.replace(/:\d*$/, ''))?.[1];
      if (swallowed)
        return messages.linkSwallowedText(
          target.written,
          `${target.url.protocol}//${swallowed.replace(/[\u3002\uff0e\uff61]/g, '.').toLowerCase()}`,
        );
      if (!host) return messages.linkUnparseable(url);
      return checkHost(host, policy, messages.linkNotAllowed);
    }
  }
}

const CHINESE_TEXT = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014]/u;

/**
 * For a bare URL (a GFM autolink literal, which runs on to the next space):
 * the message when Chinese text or full-width punctuation right after it
 * became part of its path (`https://www.gov.cn/x，详见`), else undefined. A
 * Chinese host is checkUrl's business; a link written as [text](url) may
 * have Chinese in its path.
 */
export function checkBareUrl(url: string): string | undefined {
  const at = url.search(CHINESE_TEXT);
  return at > 0 ? messages.linkSwallowedText(url, trimLikeGfm(url.slice(0, at))) : undefined;
}

/** What GFM leaves off a bare URL's end: trailing punctuation, and ")" that closes nothing. */
function trimLikeGfm(url: string): string {
  let end = url;
  for (;;) {
    const last = end.at(-1);
    if (last && '?!.,:*_~\'"'.includes(last)) end = end.slice(0, -1);
    else if (last === ')' && end.split(')').length > end.split('(').length) end = end.slice(0, -1);
    else return end;
  }
}

const NOT_HOST_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const HOST_CHAR = `(?:(?![${NOT_HOST_SCRIPTS}])[\\p{L}\\p{N}\\p{M}_-])`;
/** A URL, e-mail address or domain written in link text. */
const TEXT_HOST = new RegExp(`(?:[a-z][a-z0-9+.-]*:\\/\\/)?(?:[^\\s@/:]+@)?(${HOST_CHAR}+(?:\\.${HOST_CHAR}+)+)`, 'giu');
/**
 * Top-level domains that make a bare `name.tld` in link text read as a web
 * address. A list rather than "any letters", so file names (`附件1.docx`,
 * `index.html`) are not taken for hosts; text with a scheme, `www.` or an `@`
 * counts whatever its ending.
 */
const TEXT_TLDS = new Set(
  (
    'cn com net org gov edu int mil info biz top xyz site online vip shop club wang ltd ink pro name mobi asia ' +
    'app dev io co me cc tv hk mo tw uk us jp kr de fr ru sg au ca in eu'
  ).split(' '),
);

/** The hosts a reader would take the link text to name, normalised like URL hosts. */
export function hostsInText(text: string): string[] {
  // Full-width letters and dots read as ASCII to a reader, and to the URL parser.
  const normalised = text.normalize('NFKC').replace(/(?<=[\p{L}\p{N}])[。｡](?=[\p{L}\p{N}])/gu, '.');
  const hosts: string[] = [];
  for (const match of normalised.matchAll(TEXT_HOST)) {
    const written = match[1]!.replace(/\.+$/, '');
    const top = (written.split('.').at(-1) ?? '').toLowerCase();
    const plainlyAddress = match[0] !== match[1] || /^www\./i.test(written);
    if (!(plainlyAddress ? /^(?:\p{L}{2,63}|xn--[a-z0-9-]+)$/iu.test(top) : TEXT_TLDS.has(top) || top.startsWith('xn--'))) continue;
    let host = written.toLowerCase();
    try {
      host = new URL(`http://${written}`).hostname || host;
    } catch {
      // Keep the lower-case text: it still names something other than the target.
    }
    hosts.push(host);
  }
  return hosts;
}

const withoutWww = (host: string) => host.replace(/^www\./, '');

/**
 * Link text that shows a URL, domain or e-mail address must name the host the
 * link goes to (a leading `www.` aside): `[www.nhc.gov.cn](https://nhc.gov.cn.evil.com)`
 * is refused, `[国家卫健委](https://www.nhc.gov.cn/)` has nothing to compare and passes.
 */
export function checkLinkText(text: string, url: string): string | undefined {
  const shown = hostsInText(text);
  if (!shown.length) return undefined;
  const target = linkTarget(url);
  let targetHosts: string[];
  if (target.kind === 'web') targetHosts = [target.url.hostname];
  else if (target.kind === 'mail') targetHosts = target.addresses.map((address) => mailDomain(address) ?? '');
  // A target written without https:// ("www.…") has its own message from checkUrl.
  else if (target.kind === 'internal') return /^www\./i.test(clean(url)) ? undefined : messages.linkTextToSite(shown[0]!);
  else return undefined; // Refused by checkUrl already.
  const targets = new Set(targetHosts.map((host) => withoutWww(host.replace(/\.+$/, ''))));
  const wrong = shown.find((host) => !targets.has(withoutWww(host)));
  return wrong ? messages.linkTextMismatch(wrong, targetHosts[0]!) : undefined;
}
