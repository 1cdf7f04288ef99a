import type { ParsedYaml } from '../files/frontmatter.ts';
import { fieldName, type Problem } from './problem.ts';

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/**
 * Turn schema issues into located problems. An unknown key is reported on its
 * own line, once per key, so "titel:" points at the typo.
 */
export function issuesToProblems(
  issues: readonly ZodIssueLike[],
  path: string,
  yaml: Pick<ParsedYaml, 'lineOf'>,
  messageForKey: (key: string) => string,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => {
        const keyPath = [...issue.path, key];
        // A nested object (a correction, a reviewed entry, a dataset's series) has fields of its
        // own: its schema's message lists them; messageForKey knows only the top level's.
        const message = issue.path.length ? issue.message : messageForKey(key);
        return { path, line: yaml.lineOf(keyPath), field: fieldName(keyPath), message };
      });
    }
    return [{ path, line: yaml.lineOf(issue.path), field: fieldName(issue.path), message: issue.message }];
  });
}
