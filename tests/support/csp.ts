// Content Security Policy in tests: the headers a built site's `_headers` asks
// for, and every violation a browser page (and its workers) reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The headers of the `/*` rule in a built site's `_headers`, by name. */
export function headersOf(dist: string): Record<string, string> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inRule = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (!/^\s/.test(line)) {
      inRule = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (inRule && match) headers[match[1]!] = match[2]!;
  }
  return headers;
}

/**
 * Serve every response of `context` with `headers` added (as a host reading
 * `_headers` would), and with `rewrite` applied to HTML bodies.
 */
export async function addHeaders(
  context: BrowserContext,
  headers: Record<string, string>,
  rewrite: (html: string) => string = (html) => html,
) {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    const body = isHtml ? Buffer.from(rewrite((await response.body()).toString('utf8'))) : await response.body();
    const merged = {
      ...response.headers(),
      ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])),
    };
    delete merged['content-length'];
    await route.fulfill({ response, body, headers: merged });
  });
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects CSP violations: `securitypolicyviolation` events on each document
 * (listened for before any page script runs) and Chromium's console reports,
 * which also come from workers, where no document listener can be.
 */
export async function watchViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const consoleReports = new WeakMap<Page, string[]>();
  const isReport = (text: string) => /Content Security Policy|Content-Security-Policy/i.test(text);
  const watch = (page: Page) => {
    const reports: string[] = [];
    consoleReports.set(page, reports);
    page.on('console', (message) => {
      if (isReport(message.text())) reports.push(`console: ${message.text()}`);
    });
    page.on('worker', (worker) =>
      worker.on('console', (message) => {
        if (isReport(message.text())) reports.push(`worker ${worker.url()}: ${message.text()}`);
      }),
    );
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return async (page) => {
    const events = await page.evaluate(() => window.__cspViolations ?? []);
    return [...events, ...(consoleReports.get(page) ?? [])];
  };
}
