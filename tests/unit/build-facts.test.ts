// The facts the content check hands to the site build (src/lib/content/build-facts.ts):
// which datasets each article cites, found once by the checker.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFactsFrom, citedDatasetsBySlug, parseBuildFacts, serializeBuildFacts } from '../../src/lib/content/build-facts.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';

const root = mkdtempSync(join(tmpdir(), 'weijian-facts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('articles citing nothing are left out; each cited dataset once, in order of first use', () => {
  const facts = buildFactsFrom({
    articles: [{ slug: 'a', citedDatasets: ['beds', 'visits'] }, { slug: 'b', citedDatasets: [] }, { slug: 'c' }],
  });
  expect(facts).toEqual({ citations: [{ article: 'a', datasets: ['beds', 'visits'] }] });
  expect(citedDatasetsBySlug(facts).get('a')).toEqual(['beds', 'visits']);
  // A slug may be any word, `constructor` included.
  expect(citedDatasetsBySlug(facts).get('constructor')).toBeUndefined();
});

test('the facts file round-trips, and a file of another shape is refused', () => {
  const facts = { citations: [{ article: 'a', datasets: ['beds'] }] };
  expect(parseBuildFacts(serializeBuildFacts(facts))).toEqual(facts);
  expect(() => parseBuildFacts('{"citedDatasets":{}}')).toThrow();
  expect(() => parseBuildFacts('not json')).toThrow();
});

test('from the real check: <Chart> and <Stat> uses in the fixture articles', () => {
  const contentDir = join(root, 'content');
  writeFixtureContent(contentDir);
  const result = checkContent({ root, contentDir });
  expect(result.problems).toEqual([]);
  const cited = citedDatasetsBySlug(buildFactsFrom(result));
  expect([...cited]).toEqual([['clinic-statistics', ['test-clinic-visits', 'test-checkups']]]);
});
