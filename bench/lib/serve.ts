// A static host on loopback for a built site, for the bench and the tests:
// serves `root` under `base` (as a host serving the site under a sub-path
// would), answers missing pages with the site's 404.html, and, with `gzip`,
// caches and compresses text as a CDN does so that transferred bytes are what a reader
// pays. Pagefind's index files are already compressed and are sent as they are.
import { DOWNLOAD_MEDIA_TYPES } from '../../src/lib/stats/media-types.ts';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': DOWNLOAD_MEDIA_TYPES.XLSX,
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.csv', '.txt']);

export interface Served {
  origin: string;
  close: () => Promise<void>;
  /** Every response, in order: the path, the body bytes sent (as compressed), and when it was sent (Date.now()). */
  sent: { path: string; bytes: number; at: number }[];
}
export interface ServeOptions {
  base?: string;
  gzip?: boolean;
}

/** The file a request path resolves to under `root`, or undefined. */
function fileFor(root: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  let file = join(root, normalize(path.slice(base.length)));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveDirectory(root: string, { base = '/', gzip = true }: ServeOptions = {}): Promise<Served> {
  const sent: Served['sent'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    let bytes = 0;
    response.on('finish', () => sent.push({ path, bytes, at: Date.now() }));
    const file = fileFor(root, base, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      const missing = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('not found');
      bytes = missing.length;
      return response.end(missing);
    }
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    // As a CDN would; tests leave both off so each request reaches the server as written.
    if (gzip) headers['cache-control'] = 'public, max-age=600';
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    bytes = body.length;
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())), sent };
}
