// The text-damage rules applied to one article, with the exceptions a person
// recorded in its frontmatter (`reviewed:`). An exception accepts one spot of
// one rule: its quoted text must occur exactly once and still hold that damage.
import { damageLabel, findDamage, type DamageHit } from '../text/damage.ts';
import { isDamageRuleId, isReviewableRuleId, type ReviewableRuleId } from '../text/rule-ids.ts';
import { fieldOf } from '../files/frontmatter.ts';
import { messages } from '../messages/messages.ts';
import type { Problem } from './problem.ts';

export interface ReviewedEntry {
  rule: ReviewableRuleId;
  text: string;
  /** File line of the entry, for its own problems. */
  line: number;
}

/** The `reviewed:` block's lines (0-based, end exclusive): its quotes are not article text. */
function reviewedBlock(lines: readonly string[], frontmatterEnd: number): [number, number] | undefined {
  const start = lines.findIndex((line, index) => index > 0 && index < frontmatterEnd && /^["']?reviewed["']?\s*:/.test(line));
  if (start === -1) return undefined;
  // The block runs until the next top-level key: indented lines, list items and comments at column 0 belong to it.
  let end = start + 1;
  while (end < frontmatterEnd && /^(?:\s|-|#|$)/.test(lines[end]!)) end++;
  return [start, end];
}

/** Entries as written, read leniently: the schema reports malformed ones; well-formed ones still apply. */
export function readReviewed(data: unknown, lineOf: (path: readonly PropertyKey[]) => number): ReviewedEntry[] {
  const list = fieldOf(data, 'reviewed');
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, index) => {
    const rule = fieldOf(entry, 'rule');
    const text = fieldOf(entry, 'text');
    if (typeof rule !== 'string' || typeof text !== 'string' || !isReviewableRuleId(rule)) return [];
    return [{ rule, text, line: lineOf(['reviewed', index, 'text']) }];
  });
}

/** Every occurrence of `needle` in `haystack`, as offsets. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) found.push(index);
  return found;
}

/**
 * Damage problems in `text` (the whole file, `\n` line ends). `frontmatterEnd` is the
 * 0-based index of the closing `---` (0 when there is no frontmatter).
 */
export function checkTextDamage(path: string, text: string, frontmatterEnd: number, reviewed: readonly ReviewedEntry[]): Problem[] {
  const lines = text.split('\n');
  const block = reviewedBlock(lines, frontmatterEnd);
  const inFrontmatter = (index: number) => frontmatterEnd > 0 && index <= frontmatterEnd;
  const delimiter = (index: number) => frontmatterEnd > 0 && (index === 0 || index === frontmatterEnd);
  const scanned = lines.map((line, index) => ((block && index >= block[0] && index < block[1]) || delimiter(index) ? '' : line));
  // Furniture is a whole line of a page's body; a frontmatter line is `key: value`.
  const hits = findDamage(scanned).filter((hit) => !(hit.rule === 'furniture' && inFrontmatter(hit.lineIndex)));
  if (!hits.length && !reviewed.length) return [];

  // Offsets of each hit in the scanned text, to compare with the spans of the quotes.
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of scanned) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const scannedText = scanned.join('\n');
  const covered = new Set<DamageHit>();
  const problems: Problem[] = [];

  for (const entry of reviewed) {
    const found = occurrences(scannedText, entry.text);
    if (found.length === 0) {
      problems.push({ path, line: entry.line, field: 'reviewed', message: messages.reviewedNotFound(entry.text) });
      continue;
    }
    if (found.length > 1) {
      problems.push({ path, line: entry.line, field: 'reviewed', message: messages.reviewedAmbiguous(entry.text, found.length) });
      continue;
    }
    const [from, to] = [found[0]!, found[0]! + entry.text.length];
    const inSpan = hits.filter(
      (hit) => hit.rule === entry.rule && lineStarts[hit.lineIndex]! + hit.start >= from && lineStarts[hit.lineIndex]! + hit.end <= to,
    );
    inSpan.forEach((hit) => covered.add(hit));
    // A question from the importer has no rule to re-detect; a damage rule must still find its spot.
    if (!inSpan.length && isDamageRuleId(entry.rule)) {
      problems.push({
        path,
        line: entry.line,
        field: 'reviewed',
        message: messages.reviewedStale(entry.rule, damageLabel(entry.rule), entry.text),
      });
    }
  }

  for (const hit of hits) {
    if (covered.has(hit)) continue;
    const line = hit.lineIndex + 1;
    const field = hit.lineIndex < frontmatterEnd ? fieldAt(lines, hit.lineIndex) : '正文';
    problems.push({ path, line, field, message: messages.textDamage(hit) });
  }
  return problems;
}

/** The frontmatter field a line belongs to: its own key, or the key above a continued value. */
function fieldAt(lines: readonly string[], index: number): string | undefined {
  for (let i = index; i > 0; i--) {
    const key = /^([A-Za-z]\w*)\s*:/.exec(lines[i]!)?.[1];
    if (key) return key;
  }
  return undefined;
}
