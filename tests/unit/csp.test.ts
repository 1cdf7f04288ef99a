// The Content Security Policy builder (src/lib/content/csp.ts): what the pages'
// <meta>, `_headers` and the README's nginx lines carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicy,
  cspDirectives,
  cspOptionsFromEnv,
  hashSource,
  headersFile,
  securityHeaders,
  shardOrigins,
} from '../../src/lib/content/csp.ts';
import { EARLY_SCRIPT } from '../../src/lib/reading/early-script.ts';
import { repoRoot } from '../support/paths.ts';

/** The headers as the README's nginx `add_header` lines. */
const nginxAddHeaders = () => securityHeaders().map(([name, value]) => `add_header ${name} "${value}" always;`);

// The one inline script allowed: the reading-settings <head> script, by its hash.
const META = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(EARLY_SCRIPT)}; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; form-action 'self'; base-uri 'none'`;

describe('the policy', () => {
  test('meta: strict, with WebAssembly for Pagefind and nothing inline', () => {
    expect(contentSecurityPolicy()).toBe(META);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes|\*|data:|blob:/);
  });

  test('header: the same plus frame-ancestors, which a <meta> policy ignores', () => {
    expect(contentSecurityPolicy({}, 'header')).toBe(`${META}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
  });

  test('each directive appears once', () => {
    const names = cspDirectives({ connectOrigins: ['https://a.example'] }, 'header').map((d) => d.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  test('an inline script goes in by its SHA-256 hash', () => {
    // SHA-256 of the empty string, base64.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const policy = contentSecurityPolicy({ inlineScripts: ['', ''] });
    expect(policy).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${hashSource(EARLY_SCRIPT)} 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; `,
    );
    expect(policy.match(/sha256-/g)).toHaveLength(2);
  });
});

describe('other shards’ origins', () => {
  test('only shards given as full URLs add an origin, each once', () => {
    expect(
      shardOrigins(['/shanxi/', 'https://cdn.example.cn/hunan/', 'https://cdn.example.cn/gx/', 'https://b.example.org:8443/x/']),
    ).toEqual(['https://b.example.org:8443', 'https://cdn.example.cn']);
    expect(shardOrigins(['/shanxi/'])).toEqual([]);
  });

  test('they join connect-src, from WEIJIAN_SEARCH_SHARDS, and nothing else changes', () => {
    const options = cspOptionsFromEnv({ WEIJIAN_SEARCH_SHARDS: '/shanxi/, https://cdn.example.cn/hunan/' });
    const policy = contentSecurityPolicy(options);
    expect(policy).toBe(META.replace("connect-src 'self'", "connect-src 'self' https://cdn.example.cn"));
    expect(contentSecurityPolicy(cspOptionsFromEnv({}))).toBe(META);
    expect(contentSecurityPolicy(cspOptionsFromEnv({ WEIJIAN_SEARCH_SHARDS: '/shanxi/' }))).toBe(META);
  });

  test('a shard that is neither a path nor https:// stops the build', () => {
    expect(() => cspOptionsFromEnv({ WEIJIAN_SEARCH_SHARDS: 'http://cdn.example.cn/hunan/' })).toThrow(/WEIJIAN_SEARCH_SHARDS/);
  });
});

describe('delivery', () => {
  test('_headers: one rule for every path, the policy with frame-ancestors and the header-only headers', () => {
    const file = headersFile({ connectOrigins: ['https://cdn.example.cn'] });
    const lines = file.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines[0]).toBe('/*');
    expect(lines.slice(1).every((line) => /^ {2}[A-Za-z-]+: \S/.test(line))).toBe(true);
    expect(lines).toContain(
      `  Content-Security-Policy: ${META.replace("connect-src 'self'", "connect-src 'self' https://cdn.example.cn")}; frame-ancestors 'none'`,
    );
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
    expect(lines.some((line) => line.startsWith('  Permissions-Policy: camera=()'))).toBe(true);
    expect(lines.some((line) => line.startsWith('  Strict-Transport-Security: max-age='))).toBe(true);
  });

  test('the README’s nginx lines are the policy’s', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const site = readme.slice(readme.indexOf('\n## Site'), readme.indexOf('\n## ', readme.indexOf('\n## Site') + 1));
    for (const line of nginxAddHeaders()) expect(site).toContain(line);
  });
});
