// The site's Content Security Policy, written once: Base.astro puts it in every
// page's <meta http-equiv="content-security-policy">, and `npm run build`
// writes it, with the headers that only work as HTTP headers, to `_headers`
// (Netlify, Cloudflare Pages). README "Site" has the same lines for nginx.
//
// One policy for every page. Only the search page needs 'wasm-unsafe-eval'
// (Pagefind's WebAssembly) and the other shards' origins, but 'wasm-unsafe-eval'
// allows compiling WebAssembly only, not eval() or inline script: it gives a
// script that is already running nothing it could not get from 'self'. A
// single policy also keeps `_headers` to one `/*` rule: Netlify and Cloudflare
// apply every rule that matches a path, and two CSP headers are both enforced,
// so a per-page rule could only ever narrow the site-wide one.
//
// No inline script or style is allowed: the pages have none (Astro is told
// never to inline stylesheets or scripts, see astro.config.mjs), Chart.js
// styles its canvas through the CSSOM, which CSP does not restrict, and
// JSON-LD is a data block the browser never runs, so script-src does not apply
// to it. One inline script is needed: the <head> script that applies a
// reader's 关怀模式/繁體 choices before the first paint (an external one would
// cost a request before every first paint). It goes in by its hash
// (`inlineScripts`), computed at build time from the same text Base.astro inlines.
import { createHash } from 'node:crypto';
import { parseSearchShards } from '../search/shards.ts';
import { EARLY_SCRIPT } from '../reading/early-script.ts';

export type CspDelivery = 'meta' | 'header';

export interface CspOptions {
  /**
   * Origins other than the site's own that pages fetch from: the other shards'
   * search indexes (WEIJIAN_SEARCH_SHARDS entries with a full URL).
   */
  connectOrigins?: readonly string[];
  /** Exact text of inline <script> elements to allow, by SHA-256 hash, besides the reading-settings <head> script (always allowed). */
  inlineScripts?: readonly string[];
}

/** A CSP hash source for an inline script or style: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy's directives. `header` adds what a <meta> policy ignores
 * (frame-ancestors); everything else is the same for both deliveries, so the
 * page and the host never disagree.
 */
export function cspDirectives(options: CspOptions = {}, delivery: CspDelivery = 'meta'): string[] {
  const connect = [...new Set(options.connectOrigins ?? [])].sort();
  const hashes = [...new Set([EARLY_SCRIPT, ...(options.inlineScripts ?? [])].map(hashSource))];
  const directives = [
    // Anything not named below (fonts, media, frames, objects, manifests) is refused.
    "default-src 'none'",
    // Own bundles, Pagefind's pagefind.js; 'wasm-unsafe-eval' for Pagefind's WebAssembly.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self'",
    "img-src 'self'",
    // Pagefind's index (and other shards' indexes), /search/variants.json.
    ['connect-src', "'self'", ...connect].join(' '),
    // Pagefind searches in a worker (/pagefind/pagefind-worker.js); Chart.js draws in one (/_astro/chart-worker-….js).
    "worker-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
  ];
  if (delivery === 'header') directives.push("frame-ancestors 'none'");
  return directives;
}

export function contentSecurityPolicy(options: CspOptions = {}, delivery: CspDelivery = 'meta'): string {
  return cspDirectives(options, delivery).join('; ');
}

/** Origins of the shards given as full URLs; shards given as paths are on the site's own origin. */
export function shardOrigins(shards: readonly string[]): string[] {
  return [...new Set(shards.filter((shard) => /^https:\/\//.test(shard)).map((shard) => new URL(shard).origin))].sort();
}

/** The options for this build, from the same environment the search page reads. */
export function cspOptionsFromEnv(env: Record<string, string | undefined>): CspOptions {
  return { connectOrigins: shardOrigins(parseSearchShards(env.WEIJIAN_SEARCH_SHARDS)) };
}

/** Headers that only work as HTTP headers, besides the policy itself. */
export const HEADER_ONLY: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // The hosts that read `_headers` serve only HTTPS.
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Every HTTP header a host should send with every file of the site. */
export function securityHeaders(options: CspOptions = {}): [name: string, value: string][] {
  return [['Content-Security-Policy', contentSecurityPolicy(options, 'header')], ...Object.entries(HEADER_ONLY)];
}

/** The `_headers` file (Netlify and Cloudflare Pages format): one rule for every path. */
export function headersFile(options: CspOptions = {}): string {
  const lines = securityHeaders(options).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written by `npm run build` from src/lib/content/csp.ts.', '/*', ...lines, ''].join('\n');
}
