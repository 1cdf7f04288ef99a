import { basename, extname } from 'node:path';
import { isValidSlug, suggestSlug } from '../schema/slug.ts';
import { DATASET_FIELDS, RESERVED_DATASET_IDS, type DatasetSchema } from '../schema/dataset.ts';
import type { Dataset } from '../stats/dataset.ts';
import { readJsonFile } from './json-file.ts';
import { messages } from '../messages/messages.ts';
import type { Problem } from './problem.ts';
import { suggestClosest } from '../messages/suggest.ts';
import { issuesToProblems } from './zod-issues.ts';
import { checkUrl, createLinkPolicy, type LinkPolicy } from '../links/policy.ts';

export interface CheckedDataset {
  id: string;
  problems: Problem[];
  data?: Dataset;
  /** The line of each series' `indicator` (by series index), for problems found across files. */
  indicatorLines?: number[];
}

/** One statistic file, content/data/<id>.json. */
export function checkDatasetFile(
  path: string,
  bytes: Uint8Array,
  schema: DatasetSchema,
  links: LinkPolicy = createLinkPolicy([]),
): CheckedDataset {
  const fileName = basename(path);
  const id = fileName.slice(0, -extname(fileName).length || undefined);
  if (extname(fileName) !== '.json') return { id, problems: [{ path, line: 1, message: messages.wrongDataExtension(fileName) }] };
  const problems: Problem[] = isValidSlug(id) ? [] : [{ path, line: 1, message: messages.badFileName(fileName, suggestSlug(id)) }];
  if ((RESERVED_DATASET_IDS as readonly string[]).includes(id)) problems.push({ path, line: 1, message: messages.reservedDatasetId(id) });
  const read = readJsonFile(path, bytes);
  if (!read.ok) return { id, problems: [...problems, ...read.problems] };
  const parsed = schema.safeParse(read.data);
  if (!parsed.success) {
    problems.push(
      ...issuesToProblems(parsed.error.issues, path, read.lines, (key) =>
        messages.unknownKey(key, DATASET_FIELDS, suggestClosest(key, DATASET_FIELDS)),
      ),
    );
    return { id, problems };
  }
  const { sourceUrl } = parsed.data;
  const linkProblem = sourceUrl === undefined ? undefined : checkUrl(sourceUrl, links);
  if (linkProblem) problems.push({ path, line: read.lines.lineOf(['sourceUrl']), field: 'sourceUrl', message: linkProblem });
  const indicatorLines = parsed.data.series.map((_, index) => read.lines.lineOf(['series', index, 'indicator']));
  return { id, problems, data: problems.length ? undefined : { id, ...parsed.data }, indicatorLines };
}
