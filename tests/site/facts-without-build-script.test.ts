// `astro dev` and a bare `astro build` get the checker's facts (which articles
// cite which dataset) without the facts file `npm run build` hands over: the
// site runs the same check itself. A bare build of the fixture content must
// list the same citing articles as the real build does.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { childEnvironment } from '../support/child-env.ts';
import { afterAll, expect, test } from 'vitest';
import { fixtureSite, repoRoot } from '../support/paths.ts';

const dist = join(repoRoot, 'tmp/test-sites/bare-astro/dist');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The citing-articles section of a dataset page. */
const citingSection = (html: string) => /<section aria-labelledby="citing-heading">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

test('a bare astro build lists the articles citing a dataset, as npm run build does', () => {
  // The facts file is what this test leaves out.
  const env = childEnvironment((name) => name === 'WEIJIAN_BUILD_FACTS', {
    ...process.env,
    WEIJIAN_CONTENT_DIR: fixtureSite.contentDir,
    WEIJIAN_OUT_DIR: dist,
    WEIJIAN_BASE: fixtureSite.base,
    WEIJIAN_SITE: fixtureSite.site,
  });
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
  });
  expect(result.status, result.stderr).toBe(0);

  const page = (root: string) => readFileSync(join(root, 'data/test-checkups/index.html'), 'utf8');
  const built = citingSection(page(fixtureSite.dist));
  expect(built).toContain('/weijian/articles/clinic-statistics/');
  expect(citingSection(page(dist))).toBe(built);
});
