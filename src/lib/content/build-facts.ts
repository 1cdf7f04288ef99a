// What the content check finds that the site build needs too: which datasets
// each article cites. The check derives it once; `npm run build` hands it to the
// Astro build (a separate process, for memory: scripts/build.ts) in a small JSON
// file named by WEIJIAN_BUILD_FACTS, and the search index takes it from the
// check result itself. Without the file (`astro dev`, a direct `astro build`)
// the site runs the same check in-process (src/site/site.ts).
import { z } from 'astro/zod';

/** The environment variable holding the facts file's path. */
export const BUILD_FACTS_ENV = 'WEIJIAN_BUILD_FACTS';

const buildFactsSchema = z.object({
  /** Articles that cite datasets with <Chart> or <Stat>, by slug, with the ids they cite. */
  citations: z.array(z.object({ article: z.string(), datasets: z.array(z.string()) })),
});
export type BuildFacts = z.infer<typeof buildFactsSchema>;

/** The part of a content check's result (src/lib/check/content.ts, CheckResult) the facts come from. */
export interface CheckedCitations {
  articles: readonly { slug: string; citedDatasets?: readonly string[] }[];
}

/** The facts from a content check: articles citing nothing are left out. */
export function buildFactsFrom({ articles }: CheckedCitations): BuildFacts {
  return {
    citations: articles.flatMap(({ slug, citedDatasets }) => (citedDatasets?.length ? [{ article: slug, datasets: [...citedDatasets] }] : [])),
  };
}

export const serializeBuildFacts = (facts: BuildFacts): string => JSON.stringify(facts);

/** A facts file's text, checked: a file from another version of the build is refused rather than misread. */
export function parseBuildFacts(text: string): BuildFacts {
  return buildFactsSchema.parse(JSON.parse(text));
}

/** Article slug → the ids of the datasets it cites. */
export function citedDatasetsBySlug(facts: BuildFacts): Map<string, string[]> {
  return new Map(facts.citations.map(({ article, datasets }) => [article, datasets]));
}
