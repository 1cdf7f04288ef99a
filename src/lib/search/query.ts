// What a reader's query asks for: its parts (split at spaces), each part's
// words, and whether it was quoted. The index holds Simplified Chinese, so
// the query is converted first (variants.ts). No DOM here and no engine: the
// search page, the tests and the bench read queries the same way.
import { normaliseQuery } from './variants.ts';

/** Quiet time after the last keystroke before the search page searches what is typed (the bench quotes it). */
export const TYPING_PAUSE_MS = 50;

/** Splits text into segments as Intl.Segmenter does ('word' granularity). */
export type Segment = (text: string) => { segment: string; isWordLike?: boolean }[];

export interface QueryPart {
  /** The part as typed (in Simplified), characters together: an exact match has it contiguous. */
  text: string;
  /** Its words: each must occur in a page for the page to match. */
  words: string[];
}

export interface ParsedQuery {
  /** The query as searched: Simplified, punctuation and spaces normalised. */
  simplified: string;
  /** "…": only pages with each part exactly as typed. */
  quoted: boolean;
  parts: QueryPart[];
  /** Every distinct word of every part, longest first (a snippet highlights the longest match). */
  words: string[];
}

const HAN = /^\p{Script=Han}$/u;
const isSingleHan = (segment: string) => Array.from(segment).length === 1 && HAN.test(segment);

/**
 * The words of one part. The segmenter (ICU's dictionary) knows everyday
 * words but cuts the sector's own into characters: 两癌筛查 → 两|癌|筛|查,
 * 医共体 → 医|共|体. A single character is rarely what a reader means, and
 * matching one would let 婚检 answer 核酸检测, so runs of lone characters are
 * paired: an odd run first gives its first character to the word before it
 * (永州|市|两|癌 → 永州市 两癌, 养老|院 → 养老院), or, at the start of the part,
 * its last one to its last pair (医|共|体 → 医共体) or to the word after it
 * (村|卫生 → 村卫生). A part that is one character stays one.
 */
export function partWords(text: string, segment: Segment): string[] {
  // Punctuation inside a part (卫生院/所) ends a word: lone characters are not joined across it.
  const stretches: string[][] = [[]];
  for (const piece of segment(text)) {
    if (piece.isWordLike === false || !piece.segment.trim()) {
      if (stretches.at(-1)!.length) stretches.push([]);
    } else stretches.at(-1)!.push(piece.segment);
  }
  return [...new Set(stretches.flatMap(joinLoneCharacters))];
}

function joinLoneCharacters(pieces: readonly string[]): string[] {
  const words: string[] = [];
  /** A lone character at the start, waiting for the word after it. */
  let pending = '';
  let run: string[] = [];
  const closeRun = (followedByWord: boolean) => {
    if (run.length % 2 && words.length) words[words.length - 1] += run.shift()!;
    if (run.length === 1) {
      if (followedByWord) pending = run[0]!;
      else words.push(run[0]!);
    } else {
      for (let i = 0; i + 1 < run.length; i += 2) words.push(run[i]! + run[i + 1]!);
      if (run.length % 2) words[words.length - 1] += run.at(-1)!;
    }
    run = [];
  };
  for (const piece of pieces) {
    if (isSingleHan(piece)) {
      run.push(piece);
      continue;
    }
    closeRun(true);
    words.push(pending + piece);
    pending = '';
  }
  closeRun(false);
  return words;
}

/** Reads a query: Traditional → Simplified, quotes, parts at spaces, words per part. */
export function parseQuery(raw: string, variants: Readonly<Record<string, string>>, segment: Segment): ParsedQuery {
  const trimmed = raw.trim();
  const quoted = /^["“”「『].+["“”」』]$/u.test(trimmed);
  const simplified = normaliseQuery(trimmed, variants);
  const parts = simplified
    .split(' ')
    .filter(Boolean)
    .map((text) => ({ text, words: partWords(text, segment) }))
    .filter((part) => part.words.length);
  const words = [...new Set(parts.flatMap((part) => part.words))].sort((a, b) => b.length - a.length);
  return { simplified, quoted, parts, words };
}

/** The browser's and Node's own word segmenter for Simplified Chinese. */
export function chineseSegmenter(): Segment {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)];
}

/**
 * Whether a page's text (Simplified) answers the query: every word of every
 * part occurs in it; `exact` if every part also occurs as typed. The ground
 * truth the tests and the bench measure the search against.
 */
export function textMatch(text: string, query: ParsedQuery): { all: boolean; exact: boolean } {
  // Pagefind matches Latin letters in any case.
  const lower = text.toLowerCase();
  const has = (word: string) => lower.includes(word.toLowerCase());
  const all = query.parts.length > 0 && query.parts.every((part) => part.words.every(has));
  const exact = all && query.parts.every((part) => has(part.text));
  return { all, exact };
}
