import { closest, distance } from 'fastest-levenshtein';

/**
 * The closest valid value to a mistyped one, if it is close enough to be a
 * likely typo (a third of its length at most, never more than 3 edits).
 */
export function suggestClosest(value: unknown, candidates: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value === '' || candidates.length === 0) return undefined;
  const lower = value.trim().toLowerCase();
  const lowered = candidates.map((candidate) => candidate.toLowerCase());
  const best = closest(lower, lowered);
  const edits = distance(lower, best);
  return edits <= Math.min(3, Math.max(1, Math.ceil(lower.length / 3))) ? candidates[lowered.indexOf(best)] : undefined;
}
