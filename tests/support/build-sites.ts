// Vitest global setup for built-site and browser tests: builds the sample site
// and the fixture site with the real build command, once.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFixtureContent } from './fixture-content.ts';
import { fixtureSite, repoRoot, sampleSite, type TestSite } from './paths.ts';

/** One site built with the real build command (`npm run build`'s script); throws with its output when the build fails. */
export function buildTestSite(site: TestSite) {
  rmSync(site.dist, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      WEIJIAN_CONTENT_DIR: site.contentDir,
      WEIJIAN_OUT_DIR: site.dist,
      WEIJIAN_BASE: site.base,
      WEIJIAN_SITE: site.site,
      ...(site.searchBundlePages ? { WEIJIAN_SEARCH_BUNDLE_PAGES: String(site.searchBundlePages) } : {}),
    },
  });
  if (result.status !== 0) {
    throw new Error(`building the ${site.name} site failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`built ${site.name} site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export function setup() {
  writeFixtureContent(fixtureSite.contentDir);
  buildTestSite(fixtureSite);
  buildTestSite(sampleSite);
}
