// The built sites' Content Security Policy: every page carries it in a <meta>
// before anything it governs, nothing on a page needs an inline exception, and
// `_headers` carries the same policy plus what only works as an HTTP header.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../src/lib/content/csp.ts';
import { EARLY_SCRIPT } from '../../src/lib/reading/early-script.ts';
import { fixtureSite, sampleSite } from '../support/paths.ts';
import { htmlPages, urlOfFile } from '../support/dist.ts';
import { headersOf } from '../support/csp.ts';

describe.each([fixtureSite, sampleSite])('$name site', (site) => {
  const pages = htmlPages(site).map((file) => ({ url: urlOfFile(site, file), html: readFileSync(file, 'utf8') }));

  test('every page has one meta policy, first in <head>, strict, without frame-ancestors', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { url, html } of pages) {
      const head = parse(html).querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="content-security-policy"]');
      expect(metas, url).toHaveLength(1);
      // Only <meta charset> may come before it: a <meta> policy does not cover what precedes it.
      expect(head.childNodes.filter((node) => node.nodeType === 1)[1], url).toBe(metas[0]);
      const policy = metas[0]!.getAttribute('content')!;
      expect(policy, url).toBe(contentSecurityPolicy());
      expect(policy, url).not.toMatch(/'unsafe-inline'|'unsafe-eval'|frame-ancestors/);
      expect(policy, url).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashSource(EARLY_SCRIPT)};`);
    }
  });

  test('one inline exception, by hash: the reading-settings <head> script; else only JSON-LD, no <style>, no style or on… attributes', () => {
    let jsonLd = 0;
    for (const { url, html } of pages) {
      const root = parse(html);
      const inline = root.querySelectorAll('script').filter((script) => !script.getAttribute('src'));
      const code = inline.filter((script) => script.getAttribute('type') !== 'application/ld+json');
      // Exactly the text the policy's hash was computed from, once, in <head>.
      expect(
        code.map((script) => [script.parentNode?.tagName, script.textContent]),
        url,
      ).toEqual([['HEAD', EARLY_SCRIPT]]);
      jsonLd += inline.length - code.length;
      expect(root.querySelectorAll('style'), url).toHaveLength(0);
      for (const element of root.querySelectorAll('*')) {
        const names = Object.keys(element.attributes);
        expect(
          names.filter((name) => name === 'style' || /^on/.test(name)),
          `${url}: <${element.tagName.toLowerCase()}>`,
        ).toEqual([]);
        for (const name of ['href', 'src', 'action']) expect(element.getAttribute(name) ?? '', url).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(jsonLd).toBeGreaterThan(0);
  });

  test('_headers: the same policy with frame-ancestors, and the header-only headers, for every path', () => {
    const file = readFileSync(join(site.dist, '_headers'), 'utf8');
    expect(file).toMatch(/^\/\*$/m);
    expect(headersOf(site.dist)['Content-Security-Policy']).toBe(`${contentSecurityPolicy()}; frame-ancestors 'none'`);
    expect(file).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(file).toMatch(/^ {2}Referrer-Policy: \S+/m);
    expect(file).toMatch(/^ {2}Permissions-Policy: \S+/m);
    expect(file).toMatch(/^ {2}Strict-Transport-Security: max-age=\d+/m);
  });
});
