import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = join(repoRoot, 'tests/fixtures');
const sitesDir = join(repoRoot, 'tmp/test-sites');

export interface TestSite {
  name: string;
  contentDir: string;
  dist: string;
  /** The sub-path it is built for. */
  base: string;
  site: string;
  /** Search documents per index bundle (WEIJIAN_SEARCH_BUNDLE_PAGES), when not the default. */
  searchBundlePages?: number;
}

/** The editors' sample content, built at the root path. */
export const sampleSite: TestSite = {
  name: 'sample',
  contentDir: join(repoRoot, 'content'),
  dist: join(sitesDir, 'sample/dist'),
  base: '/',
  site: 'https://weijian.example.cn',
};

/** Test fixtures plus generated filler (for pagination), built under a sub-path. */
export const fixtureSite: TestSite = {
  name: 'fixture',
  contentDir: join(sitesDir, 'fixture/content'),
  dist: join(sitesDir, 'fixture/dist'),
  base: '/weijian/',
  site: 'https://example.org',
  // Small bundles, so searches here go across several, as on a large archive.
  searchBundlePages: 8,
};

export const FILLER_COUNT = 23;
