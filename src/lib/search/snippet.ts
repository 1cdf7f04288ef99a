// A result's excerpt, made from the page's indexed text (Pagefind's fragment)
// rather than Pagefind's own excerpt, which starts mid-phrase, joins pieces
// with ". " and highlights the indexer's words (两 and 癌 apart, 中医 inside
// 中医院). Here each piece starts at the start of a clause near a match,
// pieces are joined with "……", and what is highlighted is a whole query
// word, found in the text itself: nothing the search filtered out as false.

export interface SnippetPiece {
  text: string;
  /** A query word. */
  mark: boolean;
}

export interface SnippetOptions {
  /** Characters per piece, about (a piece ends at a clause end when one is near). */
  pieceLength?: number;
  /** Pieces at most. */
  pieces?: number;
}

/** Where a clause may start: after these, or at a line start. */
const CLAUSE_END = /[。！？；：，、.!?;:\n]/u;
const SENTENCE_END = /[。！？；.!?\n]/u;
export const ELLIPSIS = '……';

interface Range {
  start: number;
  end: number;
}

/** Every occurrence of the words in `text`, longest word first where two overlap. */
export function findWords(text: string, words: readonly string[]): Range[] {
  const byLength = [...new Set(words.map((word) => word.replace(/[A-Z]/gu, (letter) => letter.toLowerCase())))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(text.length);
  const ranges: Range[] = [];
  // Latin letters in any case, as the search matched them (same length: ASCII case only).
  const lower = text.replace(/[A-Z]/gu, (letter) => letter.toLowerCase());
  for (const word of byLength) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (taken.subarray(at, end).some(Boolean)) continue;
      taken.fill(1, at, end);
      ranges.push({ start: at, end });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The start of the clause holding `at`: just after the nearest clause end before it, within `reach`. */
function clauseStart(text: string, at: number, reach: number): number {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return at - reach <= 0 ? 0 : at;
}

/** Where a piece from `start` ends: at a sentence end near `length`, else a clause end, else `length`. */
function pieceEnd(text: string, start: number, length: number, lastMatchEnd: number): number {
  const limit = Math.min(text.length, Math.max(start + length, lastMatchEnd));
  for (let i = limit - 1; i >= Math.max(lastMatchEnd, start + length * 0.6); i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  for (let i = limit - 1; i >= Math.max(lastMatchEnd, start + length * 0.6); i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return limit;
}

/**
 * Up to `pieces` passages of `text` around the query's words, the passages
 * with the most different words first (then the earliest), in page order.
 * Without a match, the start of the text.
 */
export function snippet(text: string, words: readonly string[], options: SnippetOptions = {}): SnippetPiece[] {
  const length = options.pieceLength ?? 60;
  const maxPieces = options.pieces ?? 2;
  const clean = text.replace(/\s+/gu, ' ').trim();
  const matches = findWords(clean, words);
  if (!matches.length) {
    const end = pieceEnd(clean, 0, length, 0);
    const cut = end < clean.length && !SENTENCE_END.test(clean[end - 1]!);
    return [{ text: clean.slice(0, end) + (cut ? ELLIPSIS : ''), mark: false }];
  }
  // Candidate passages: one from each match's clause start.
  const candidates = matches.map((match) => {
    const start = clauseStart(clean, match.start, length / 2);
    const inside = matches.filter((m) => m.start >= start && m.end <= start + length);
    const distinct = new Set(inside.map((m) => clean.slice(m.start, m.end))).size;
    return { start, distinct, lastEnd: Math.max(match.end, ...inside.map((m) => m.end)) };
  });
  const chosen: { start: number; end: number }[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.distinct - a.distinct || a.start - b.start)) {
    if (chosen.length >= maxPieces) break;
    const end = pieceEnd(clean, candidate.start, length, candidate.lastEnd);
    if (chosen.some((c) => candidate.start < c.end && end > c.start)) continue;
    chosen.push({ start: candidate.start, end });
  }
  chosen.sort((a, b) => a.start - b.start);
  const out: SnippetPiece[] = [];
  for (const [n, passage] of chosen.entries()) {
    // A passage that could not start at a clause (a very long one) says it is cut.
    if (n > 0 || (passage.start > 0 && !CLAUSE_END.test(clean[passage.start - 1]!) && clean[passage.start - 1] !== ' '))
      out.push({ text: ELLIPSIS, mark: false });
    let at = passage.start;
    for (const match of matches) {
      if (match.start < passage.start || match.end > passage.end) continue;
      if (match.start > at) out.push({ text: clean.slice(at, match.start), mark: false });
      out.push({ text: clean.slice(match.start, match.end), mark: true });
      at = match.end;
    }
    if (passage.end > at) out.push({ text: clean.slice(at, passage.end), mark: false });
    if (n === chosen.length - 1 && passage.end < clean.length && !SENTENCE_END.test(clean[passage.end - 1]!))
      out.push({ text: ELLIPSIS, mark: false });
  }
  return out;
}
