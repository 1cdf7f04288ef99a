// Re-post detection: an article whose text is nearly the same as another's in
// the same region within a few weeks of its date. Content farms copy a
// bureau's report, add a banner, rewrite the opening and swap a few words,
// then re-date it; the checker should refuse the copy and name the original,
// and the importer should warn when the page it imports is already published.
//
// Pure: no file system, no clock; the same input always gives the same
// result (the module keeps only scratch buffers and a table of what each
// character normalises to, filled in as characters are met).
//
// Similarity. Each body is normalised (Markdown/MDX syntax, whitespace and
// punctuation dropped) and cut into overlapping 4-character shingles, hashed
// to 32-bit integers; two bodies are compared by the Jaccard similarity of
// their shingle sets, |A ∩ B| / |A ∪ B|. Two bodies are the same text when
// that is at least REPOST_THRESHOLD *and* they quote the same figures (see
// FIGURE_OVERLAP): a farm keeps the original's facts, while two issues of a
// templated monthly bulletin share nearly every sentence but no figures.
//
// Speed. Articles are grouped by region and sorted by date, and each is
// compared only with the earlier articles of its region inside the date
// window (a sliding window, never all pairs). Each article is fingerprinted
// once, in one pass over its body and without sorting: a one-permutation
// MinHash sketch (the smallest shingle hash in each of SKETCH_SIZE bins). A
// pair is first compared on sketches, in O(SKETCH_SIZE); only a pair whose
// estimate comes near the threshold gets the exact comparison, on full
// shingle sets and figures built lazily and kept. So the cost is one pass
// over each body plus O(SKETCH_SIZE) per pair in a window, also when a region
// is dense (a city posting every day puts ~40 articles in each window).

/** One article as the checker or importer knows it. */
export interface RepostCandidate {
  /** Repository-relative path, named in the report (e.g. `content/articles/x.mdx`). */
  path: string;
  /** Region id from the frontmatter. */
  region: string;
  /** Publication date, YYYY-MM-DD. An article whose date does not parse is skipped (the date check reports it). */
  date: string;
  /** The MDX body, without frontmatter (the title, summary and source are not compared). */
  body: string;
  /** Line to report on, e.g. the `title:` line. */
  line: number;
}

export interface Repost {
  /** The later article: the one the checker refuses. */
  path: string;
  line: number;
  /** The earliest earlier article in the window that it nearly equals. */
  otherPath: string;
  /** Jaccard similarity of the two bodies' shingle sets, 0–1 (exact, not the sketch's estimate). */
  similarity: number;
}

export interface RepostOptions {
  /** Default REPOST_WINDOW_DAYS. */
  windowDays?: number;
  /** Default REPOST_THRESHOLD. */
  threshold?: number;
  /** Default REPOST_MIN_CHARACTERS. */
  minCharacters?: number;
}

/**
 * Two articles are compared only when their dates are at most this many days
 * apart (inclusive). Farm copies are re-dated "within a few weeks" of the
 * original; six weeks covers a copy posted a month later, plus slack. It is
 * well short of a quarter (~91 days) and of a year, so a quarterly, half-yearly
 * or yearly report that repeats last time's wording is not refused: repeating
 * oneself months later is an editorial matter, not a farm copy. Monthly
 * reports of one series (28–31 days apart) do fall inside the window; the
 * threshold and the figures, not the window, keep those apart.
 */
export const REPOST_WINDOW_DAYS = 42;

/**
 * Jaccard similarity of shingle sets at or above which two bodies can be the
 * same text (the figures must agree too). Measured (tests/unit/reposts.test.ts
 * fixtures, 4-character shingles): a farm copy of an 850-character report
 * with a banner, a rewritten opening, lost markup, 医院→病院 in five places
 * and a few words changed scores 0.66; a farm copy of a 250-character news
 * item, reordered, its first sentence replaced, its last dropped and 医院→病院
 * in eight places, 0.51. Two different monthly reports of one bureau from one
 * template (the same "为深入贯彻落实……" opening, agency, township list and
 * closing) score 0.23; of the 11,606 pairs of same-region articles within the
 * window in the synthetic archive (10,000 articles, seed 1), written from one
 * small vocabulary, the most similar scores 0.27 and 99% are under 0.23;
 * unrelated texts score about 0.01. 0.4 sits in the gap, about 0.1 from each side.
 */
export const REPOST_THRESHOLD = 0.4;

/**
 * A body with fewer characters than this after normalising is never a
 * re-post. Short bodies are one-line notices ("本周六门诊照常开放") that
 * legitimately repeat word for word; and with fewer than ~50 shingles a few
 * shared words (the agency name, a date) decide the score, so it would mean
 * nothing. An empty body is the empty-body check's business.
 */
export const REPOST_MIN_CHARACTERS = 50;

/**
 * Shingle length in characters. Chinese words are mostly two characters, so a
 * 4-gram spans two words or more: specific enough that texts on the same
 * subject rarely share many by chance, short enough that one swapped
 * character (病院 for 医院) destroys only four shingles. Measured on the
 * fixtures and the synthetic archive for lengths 3–8: shared boilerplate
 * scores the same at every length (it shares whole sentences), the farm
 * copies score lower the longer the shingle (0.56 → 0.33 for the short one,
 * 3 → 8), and vocabulary-level overlap between different articles higher the
 * shorter (synthetic maximum 0.34 at 3, 0.27 at 4, 0.22 at 5); 4 leaves the
 * widest gap around the threshold.
 */
export const SHINGLE_LENGTH = 4;

/**
 * When both bodies quote at least FIGURE_MIN distinct figures (runs of digits,
 * with a decimal point), at least this share of the smaller set of figures
 * must be in the other for the two to count as the same text. A copy keeps
 * the facts — even when the original quotes some through <Stat> and the copy
 * has them as text, or the copy drops a paragraph — while two issues of a
 * templated bulletin ("全县医疗卫生机构总诊疗人次为…万人次，同比增长…%")
 * share their sentences but hardly a figure besides the year.
 */
export const FIGURE_OVERLAP = 0.5;
/** Below this many distinct figures in either body, figures are not compared (too few to tell; dates and a count or two). */
export const FIGURE_MIN = 5;

/** Bins in a sketch (a power of two: a hash's top bits choose its bin); 1 KB per article. */
const SKETCH_SIZE = 256;
const SKETCH_SHIFT = 32 - Math.log2(SKETCH_SIZE);
/**
 * How far below the threshold a sketch estimate may fall and still get the
 * exact comparison. The estimate's standard deviation is about √(J(1−J)/k),
 * ≤ 0.031 at k = 256 bins and J near the threshold, so 0.12 is about four
 * deviations: a pair at the threshold is practically never skipped (a real
 * copy, further above it, never), while ordinary pairs of one region (≈0.17
 * in the synthetic archive) rarely reach the exact comparison.
 */
const SKETCH_MARGIN = 0.12;

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------
// Normalising

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const fromCodePoint = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');

/** Markdown and MDX constructs whose text is not the article's: removed by pattern, each only when its trigger is present. */
function stripMarkup(body: string): string {
  let text = body;
  if (text.includes('port')) text = text.replace(/^[ \t]*(?:import|export)\b.*$/gm, ''); // MDX ESM lines are code
  if (text.includes('<')) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      // Component and HTML tags with their attributes: <Stat dataset="…" period="2019" />, </Note>, <br>.
      .replace(/<\/?[A-Za-z][\w.:-]*(?:\s(?:[^"'{}<>]|"[^"]*"|'[^']*'|\{[^{}]*\})*)?\/?>/g, ' ')
      .replace(/<(?:https?|ftp|mailto):[^>\s]*>/gi, ' ');
  }
  if (text.includes('{')) {
    // {/* comments */} and {expressions}, innermost first, twice for one level of nesting.
    text = text
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/\{[^{}]*\}/g, ' ');
  }
  if (text.includes('[')) {
    // Links and images keep their text and lose their URL; reference definitions go.
    text = text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^[ \t]*\[[^\]]+\]:[ \t]*\S.*$/gm, '');
  }
  if (/https?:|ftp:|www\./i.test(text)) text = text.replace(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi, ' ');
  if (text.includes('&')) {
    text = text.replace(ENTITY, (_, decimal?: string, hex?: string) =>
      decimal ? fromCodePoint(Number(decimal)) : hex ? fromCodePoint(parseInt(hex, 16)) : ' ',
    );
  }
  return text;
}

/** What a character becomes: NFKC (full-width forms as ASCII, compatibility ideographs unified), lower case, letters and digits only. */
function keptFrom(code: number): number[] {
  const kept: number[] = [];
  for (const ch of String.fromCodePoint(code).normalize('NFKC').toLowerCase()) {
    const point = ch.codePointAt(0);
    if (point !== undefined && /[\p{L}\p{N}]/u.test(ch)) kept.push(point);
  }
  return kept;
}

// keptFrom for every BMP character, filled in as characters are first met:
// 0 not yet known, DROP, MANY (several characters: see `several`), else the one kept code + 1.
const DROP = -1;
const MANY = -2;
const bmp = new Int32Array(0x10000);
const several = new Map<number, number[]>();
function classify(code: number): number {
  const kept = keptFrom(code);
  const value = kept.length === 0 ? DROP : kept.length === 1 ? kept[0]! + 1 : MANY;
  if (value === MANY) several.set(code, kept);
  if (code <= 0xffff) bmp[code] = value;
  return value;
}
// ASCII up front (its letters and digits are most of what is not Han), and the Han blocks as themselves.
for (let code = 0; code < 128; code++) classify(code);
for (let code = 0x3400; code < 0x4dc0; code++) bmp[code] = code + 1;
for (let code = 0x4e00; code < 0xa000; code++) bmp[code] = code + 1;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isPoint = (code: number) => code === 46 || code === 0xff0e; // . and ．

interface Scanned {
  /** The normalised text as code points; a view of a shared buffer, valid until the next scan. */
  codes: Int32Array;
  /** Distinct figures, each hashed to 32 bits, sorted; empty unless asked for. */
  figures: Uint32Array;
}

let scratchCodes = new Int32Array(4096);
const FIGURE_SEED = 0x811c9dc5;

/**
 * One pass over the text: keeps letters and digits (full-width forms as ASCII,
 * Latin in lower case; punctuation, whitespace, heading, list, quote and
 * emphasis markers dropped, an ordered list's "1." too) and, when asked,
 * collects figures (runs of digits, with one decimal point).
 */
function scan(text: string, withFigures: boolean): Scanned {
  // NFKC may turn one character into a few (㈠ → (一)): room for that, in a buffer reused between calls.
  if (scratchCodes.length < text.length * 3) scratchCodes = new Int32Array(text.length * 3);
  const codes = scratchCodes;
  let length = 0;
  const figures: number[] = [];
  let figure = FIGURE_SEED; // FNV-1a of the current figure's characters
  let inFigure = false;
  let hasPoint = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most of a Chinese text: the main Han block, kept as it is.
    if (code >= 0x4e00 && code <= 0x9fff) {
      codes[length++] = code;
      lineStart = false;
      if (inFigure) {
        figures.push(figure >>> 0);
        figure = FIGURE_SEED;
        inFigure = hasPoint = false;
      }
      continue;
    }
    if (code === 10) {
      lineStart = true;
      if (inFigure) {
        figures.push(figure >>> 0);
        figure = FIGURE_SEED;
        inFigure = hasPoint = false;
      }
      continue;
    }
    if (lineStart) {
      if (code === 32 || code === 9 || code === 62 /* > */) continue;
      lineStart = false;
      // An ordered list marker, "1. " or "12) ".
      if (isDigit(code)) {
        let end = i;
        while (end < text.length && isDigit(text.charCodeAt(end))) end++;
        const after = text.charCodeAt(end);
        const space = text.charCodeAt(end + 1);
        if (end - i <= 9 && (after === 46 || after === 41) && (space === 32 || space === 9)) {
          i = end + 1;
          continue;
        }
      }
    }
    let value = bmp[code]!;
    if (value === 0) value = classify(code);
    const kept = value - 1;
    if (kept >= 48 && kept <= 57) {
      codes[length++] = kept;
      if (withFigures) {
        figure = Math.imul(figure ^ kept, 0x01000193);
        inFigure = true;
      }
      continue;
    }
    if (inFigure) {
      // A decimal point inside a figure (41.6, ４１．６) is part of the figure, not of the text.
      const next = text.charCodeAt(i + 1);
      if (!hasPoint && isPoint(code) && (isDigit(next) || (next >= 0xff10 && next <= 0xff19))) {
        figure = Math.imul(figure ^ 46, 0x01000193);
        hasPoint = true;
        continue;
      }
      figures.push(figure >>> 0);
      figure = FIGURE_SEED;
      inFigure = hasPoint = false;
    }
    if (value > 0) codes[length++] = kept;
    else if (value === MANY)
      for (const k of several.get(code) ?? [])
        if (length < codes.length) codes[length++] = k;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          // A character outside the BMP (rare Han characters, emoji): not cached.
          const point = text.codePointAt(i) ?? code;
          if (point > 0xffff) {
            i++;
            for (const k of keptFrom(point)) if (length < codes.length) codes[length++] = k;
          }
        }
  }
  if (inFigure) figures.push(figure >>> 0);
  return { codes: codes.subarray(0, length), figures: sortedUnique(Uint32Array.from(figures)) };
}

/**
 * The text of an MDX body as compared: Markdown and MDX syntax removed (ESM
 * lines, comments, component and HTML tags with their attributes, {expressions},
 * link and image URLs, bare URLs, heading, list, quote and emphasis markers),
 * full-width digits and letters as ASCII, lower case, and only letters and
 * digits kept — whitespace and punctuation go, so a copy re-wrapped or
 * re-punctuated is still the same text.
 */
export function normaliseForShingles(body: string): string {
  const { codes } = scan(stripMarkup(body), false);
  let text = '';
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCodePoint(...codes.subarray(start, start + 8192));
  return text;
}

// ---------------------------------------------------------------------------
// Shingles

// Shingle hashes: a polynomial rolling hash of the SHINGLE_LENGTH code points
// (one multiply-add per character instead of one per character per shingle),
// then murmur3's finaliser, so that every bit — in particular the top bits
// that choose a sketch bin — is uniform.
const BASE = 0x01000193;
const power = (n: number) => {
  let result = 1;
  for (let i = 0; i < n; i++) result = Math.imul(result, BASE);
  return result;
};
const BASE_TO_LENGTH = power(SHINGLE_LENGTH);
const BASE_TO_LENGTH_MINUS_ONE = power(SHINGLE_LENGTH - 1);
const mix = (h: number) => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Hashes of every shingle (with repeats), in text order, as a new array. */
function shingleHashes(codes: Int32Array): Uint32Array {
  const count = codes.length - SHINGLE_LENGTH + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  let h = 0;
  for (let i = 0; i < SHINGLE_LENGTH; i++) h = (Math.imul(h, BASE) + codes[i]!) | 0;
  hashes[0] = mix(h);
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h, BASE) - Math.imul(codes[i - 1]!, BASE_TO_LENGTH) + codes[i + SHINGLE_LENGTH - 1]!) | 0;
    hashes[i] = mix(h);
  }
  return hashes;
}

/** Sorts in place and returns the distinct values, a view of `values`. */
function sortedUnique(values: Uint32Array): Uint32Array {
  values.sort();
  let unique = 0;
  for (let i = 0; i < values.length; i++) if (unique === 0 || values[i] !== values[unique - 1]) values[unique++] = values[i]!;
  return values.subarray(0, unique);
}

/** The sorted, distinct 32-bit hashes of a normalised text's shingles. */
export function shingleSet(normalised: string): Uint32Array {
  return sortedUnique(shingleHashes(Int32Array.from(Array.from(normalised, (ch) => ch.codePointAt(0) ?? 0))));
}

/**
 * A one-permutation MinHash sketch: the hash range is cut into SKETCH_SIZE
 * bins by its top bits, and each bin keeps the smallest hash of the text that
 * falls into it (EMPTY when none does). One pass over the shingles, no sort.
 */
const EMPTY = 0xffffffff;
function sketchOf(codes: Int32Array): Uint32Array {
  const sketch = new Uint32Array(SKETCH_SIZE).fill(EMPTY);
  const count = codes.length - SHINGLE_LENGTH + 1;
  let h = 0;
  for (let i = 0; i < SHINGLE_LENGTH - 1; i++) h = (Math.imul(h, BASE) + codes[i]!) | 0;
  for (let i = 0; i < count; i++) {
    h = (Math.imul(h, BASE) + codes[i + SHINGLE_LENGTH - 1]!) | 0;
    const value = mix(h);
    const bin = value >>> SKETCH_SHIFT;
    if (value < sketch[bin]!) sketch[bin] = value;
    // Drop the shingle's first character, for the next one.
    h = (h - Math.imul(codes[i]!, BASE_TO_LENGTH_MINUS_ONE)) | 0;
  }
  return sketch;
}

/**
 * The sketch's estimate of Jaccard: among bins that either text fills, the
 * share where both hold the same minimum (the one-permutation estimator).
 */
function sketchSimilarity(a: Uint32Array, b: Uint32Array): number {
  let filled = 0;
  let same = 0;
  for (let i = 0; i < SKETCH_SIZE; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) {
      if (x !== EMPTY) {
        filled++;
        same++;
      }
    } else filled++;
  }
  return filled === 0 ? 0 : same / filled;
}

/** Exact Jaccard similarity of two sorted sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Share of the smaller set of figures found in the other; 1 when either has too few to tell. */
function figureOverlap(a: Uint32Array, b: Uint32Array): number {
  if (a.length < FIGURE_MIN || b.length < FIGURE_MIN) return 1;
  return sharedCount(a, b) / Math.min(a.length, b.length);
}

/**
 * What is kept of one body: its sketch, enough to tell most pairs apart; the
 * full shingle set and the figures are made again from the body the first
 * time a pair gets that far (few do), and then kept.
 */
class Fingerprint {
  readonly sketch: Uint32Array;
  private readonly body: string;
  private detail?: { shingles: Uint32Array; figures: Uint32Array };
  private constructor(body: string, sketch: Uint32Array) {
    this.body = body;
    this.sketch = sketch;
  }
  /** undefined when the body is too short to be a re-post. */
  static of(body: string, minCharacters: number): Fingerprint | undefined {
    const { codes } = scan(stripMarkup(body), false);
    // Counted in code points: a rare Han character outside the BMP is one character.
    if (codes.length < minCharacters || codes.length < SHINGLE_LENGTH) return undefined;
    return new Fingerprint(body, sketchOf(codes));
  }
  details(): { shingles: Uint32Array; figures: Uint32Array } {
    if (!this.detail) {
      const { codes, figures } = scan(stripMarkup(this.body), true);
      this.detail = { shingles: sortedUnique(shingleHashes(codes)), figures };
    }
    return this.detail;
  }
}

/** The exact similarity when the two are the same text (threshold and figures), otherwise undefined. */
function sameText(a: Fingerprint, b: Fingerprint, threshold: number): number | undefined {
  if (sketchSimilarity(a.sketch, b.sketch) < threshold - SKETCH_MARGIN) return undefined;
  const mine = a.details();
  const theirs = b.details();
  const similarity = jaccard(mine.shingles, theirs.shingles);
  if (similarity < threshold || figureOverlap(mine.figures, theirs.figures) < FIGURE_OVERLAP) return undefined;
  return similarity;
}

/** Days since 1970-01-01 for a valid YYYY-MM-DD, else undefined. */
function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------
// The checker: re-posts across the archive

/**
 * Every article whose body nearly equals an earlier article's in the same
 * region within the window. Reported on the LATER one (by date, then by path),
 * naming the EARLIEST such article in its window: with three copies A, B, C
 * the result is B→A and C→A — one report per copy, each naming the likely
 * original. So each pair is reported at most once, and each article at most
 * once. Sorted by path.
 */
export function findReposts(articles: readonly RepostCandidate[], options: RepostOptions = {}): Repost[] {
  const windowDays = options.windowDays ?? REPOST_WINDOW_DAYS;
  const threshold = options.threshold ?? REPOST_THRESHOLD;
  const minCharacters = options.minCharacters ?? REPOST_MIN_CHARACTERS;

  interface Entry {
    article: RepostCandidate;
    day: number;
    fingerprint?: Fingerprint | null;
  }
  const regions = new Map<string, Entry[]>();
  for (const article of articles) {
    const day = dayNumber(article.date);
    if (day === undefined) continue;
    const list = regions.get(article.region);
    if (list) list.push({ article, day });
    else regions.set(article.region, [{ article, day }]);
  }
  // Made once each, and only for articles with a neighbour in the window.
  const fingerprintOf = (entry: Entry) => (entry.fingerprint ??= Fingerprint.of(entry.article.body, minCharacters) ?? null);

  const reposts: Repost[] = [];
  for (const entries of regions.values()) {
    entries.sort((a, b) => a.day - b.day || comparePaths(a.article.path, b.article.path));
    let start = 0;
    for (let i = 1; i < entries.length; i++) {
      const later = entries[i]!;
      while (later.day - entries[start]!.day > windowDays) start++;
      if (start === i) continue;
      const mine = fingerprintOf(later);
      if (!mine) continue;
      // Earliest first: the first match is the one to name.
      for (let j = start; j < i; j++) {
        const earlier = entries[j]!;
        const theirs = fingerprintOf(earlier);
        const similarity = theirs && sameText(mine, theirs, threshold);
        if (similarity !== undefined && similarity !== null) {
          reposts.push({ path: later.article.path, line: later.article.line, otherPath: earlier.article.path, similarity });
          break;
        }
      }
    }
  }
  return reposts.sort((a, b) => comparePaths(a.path, b.path) || a.line - b.line);
}

// ---------------------------------------------------------------------------
// The importer: is this page already published?

/**
 * The published article most similar to a draft, if any is the same text
 * (threshold and figures, as for findReposts). A known region limits the
 * search to that region, and a known date to the window around it; each that
 * is unknown (the importer could not find it) lifts its limit, so with neither
 * the draft is compared with every article. The draft is one text: linear in
 * the archive, one fingerprint per article compared.
 */
export function findPublishedCopy(
  draft: { body: string; region?: string; date?: string },
  published: readonly RepostCandidate[],
  options: RepostOptions = {},
): { path: string; similarity: number } | undefined {
  const windowDays = options.windowDays ?? REPOST_WINDOW_DAYS;
  const threshold = options.threshold ?? REPOST_THRESHOLD;
  const minCharacters = options.minCharacters ?? REPOST_MIN_CHARACTERS;
  const mine = Fingerprint.of(draft.body, minCharacters);
  if (!mine) return undefined;
  const draftDay = draft.date === undefined ? undefined : dayNumber(draft.date);
  const region = draft.region === '' ? undefined : draft.region;

  let best: { path: string; similarity: number } | undefined;
  for (const article of published) {
    if (region !== undefined && article.region !== region) continue;
    if (draftDay !== undefined) {
      const day = dayNumber(article.date);
      if (day === undefined || Math.abs(day - draftDay) > windowDays) continue;
    }
    const theirs = Fingerprint.of(article.body, minCharacters);
    const similarity = theirs && sameText(mine, theirs, threshold);
    if (similarity === undefined || similarity === null) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && article.path < best.path)) {
      best = { path: article.path, similarity };
    }
  }
  return best;
}
