// A built test site served on loopback under its base path, uncompressed
// (the bench's server, which the sharding test and the bench also use).
import { serveDirectory, type Served } from '../../bench/lib/serve.ts';
import type { TestSite } from './paths.ts';

export type RunningServer = Served;

export function serveSite(site: TestSite): Promise<RunningServer> {
  return serveDirectory(site.dist, { base: site.base, gzip: false });
}
