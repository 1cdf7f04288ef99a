// Which pages of a word index hold a query's words, from the index alone
// (no page's fragment is fetched). Pagefind's own unquoted search answers a
// word it does not know with a shorter one (检测 → 检, so 婚检 answered
// 核酸检测) and drops a word it cannot find; its quoted search needs the
// browser to cut the phrase exactly as the indexer did, and the two
// segmenters differ (ICU in the browser, ICU4X in the indexer: 卫生院 can be
// one word to one and 卫生|院 to the other). So a word is looked for here as
// the index's own words: the ways of cutting it into words the index has
// (longest pieces first, as the indexer's segmenter cuts), each asked as an
// exact phrase; and, where it is one word to the browser, as the start of a
// longer word (卫生 in 卫生院).
// The engine adapter (src/client/search/engine.ts) puts Pagefind behind
// WordIndex; the unit tests put a small index of their own.

/** Page ids. */
export type Pages = ReadonlySet<string>;

export interface WordIndex {
  /** Pages with an index word exactly `term`. */
  exact(term: string): Promise<Pages>;
  /**
   * Pages with an index word starting with `term`, and only those: where the
   * engine would answer with a shorter word instead (Pagefind does, in an
   * index where no word starts with the term), the adapter must leave those out.
   */
  prefix(term: string): Promise<Pages>;
  /** Pages with these index words one after another. */
  phrase(terms: readonly string[]): Promise<Pages>;
  /** Whether the engine takes `term` as one search term (its query segmenter does not cut it). */
  isOneTerm(term: string): boolean;
  /** Whether the page's own text holds `text` (reads that one page). */
  holds(page: string, text: string): Promise<boolean>;
}

/** Pages read to settle a word that begins inside an index word, at most, per word. */
export const MAX_PAGES_READ = 12;

/** Ways of cutting a word into the index's words that are tried, at most, before it counts as absent (each is one phrase search). */
export const MAX_CUTS = 4;

/** The pages where `text` occurs, as one index word or a run of them (see the module comment). */
export async function pagesWith(index: WordIndex, text: string, { insideWords = false } = {}): Promise<Set<string>> {
  const chars = Array.from(text);
  if (!chars.length) return new Set();
  const known = new Map<string, Promise<boolean>>();
  // Whether a piece is a word of the index. A single character is taken to be
  // one (a run of them is then one phrase search, which finds nothing if it is not).
  const isWord = (piece: string) => {
    let found = known.get(piece);
    if (!found) {
      if (!index.isOneTerm(piece)) found = Promise.resolve(false);
      else if (Array.from(piece).length === 1) found = Promise.resolve(true);
      else found = index.exact(piece).then((pages) => pages.size > 0);
      known.set(piece, found);
    }
    return found;
  };
  const found = new Set<string>();
  const add = (pages: Pages) => pages.forEach((page) => found.add(page));
  // Or a run of two or more of the index's words: the cuts are tried longest
  // first piece first, as the indexer's segmenter cuts, until one finds pages
  // (so a word costs a few lookups, not one per way of cutting it). The
  // pieces from one point are asked about together: one wait, not one each.
  let tried = 0;
  const cut = async (start: number, pieces: string[]): Promise<boolean> => {
    if (start === chars.length) {
      if (pieces.length < 2 || tried >= MAX_CUTS) return false;
      tried++;
      const pages = await index.phrase(pieces);
      add(pages);
      return pages.size > 0;
    }
    const ends: number[] = [];
    for (let end = chars.length; end > start; end--) if (!(start === 0 && end === chars.length)) ends.push(end);
    const words = await Promise.all(ends.map((end) => isWord(chars.slice(start, end).join(''))));
    for (const [n, end] of ends.entries()) {
      if (tried >= MAX_CUTS) break;
      if (words[n] && (await cut(end, [...pieces, chars.slice(start, end).join('')]))) return true;
    }
    return false;
  };
  // One word to the browser: it may also begin a longer word of the index.
  // And a run of the index's words too: one part of the archive may hold it
  // as one word and another cut it (中医馆 and 中医|馆).
  const whole = index.isOneTerm(text) ? index.prefix(text).then(add) : undefined;
  await Promise.all([whole, chars.length > 1 ? cut(0, []) : undefined]);
  // A word may begin inside one of the index's words (中医馆 in 年中|医馆):
  // the pages that hold the rest of it (医馆) but were not found are few, and
  // each of them is read. Not for a rest of one character, held by most pages,
  // and only for the query's own words (a longer phrase would cost a lookup
  // per character).
  if (insideWords && chars.length >= 3) {
    const rest = await pagesWith(index, chars.slice(1).join(''));
    const unsure = [...rest].filter((page) => !found.has(page));
    if (unsure.length <= MAX_PAGES_READ) {
      const held = await Promise.all(unsure.map((page) => index.holds(page, text)));
      unsure.forEach((page, n) => held[n] && found.add(page));
    }
  }
  return found;
}

export interface QueryShape {
  quoted: boolean;
  parts: readonly { text: string; words: readonly string[] }[];
}

export interface Matches {
  /** Pages with every part exactly as typed. */
  exact: Set<string>;
  /** Pages with every word of every part (the exact ones included); for a quoted query, the exact ones only. */
  all: Set<string>;
}

/** A part of more words than this is taken as its words and as a whole only (its groupings would be too many lookups). */
const MAX_GROUPED_WORDS = 6;

/**
 * The pages holding every word of the query, and those holding every part
 * as typed. A part matches a page if its words, in some grouping of
 * neighbours, occur there: 每千|人口 finds 每千人口 though the indexer cut it
 * 每|千人|口 (no cut of 人口 alone lines up with that), and a page holding a
 * group holds each of its words, so nothing false gets in.
 */
export async function matchQuery(index: WordIndex, query: QueryShape): Promise<Matches> {
  if (!query.parts.length) return { exact: new Set(), all: new Set() };
  const cache = new Map<string, Promise<Set<string>>>();
  const words = new Set(query.parts.flatMap((part) => part.words));
  const pagesOf = (text: string) => {
    let pages = cache.get(text);
    if (!pages) {
      pages = pagesWith(index, text, { insideWords: words.has(text) });
      cache.set(text, pages);
    }
    return pages;
  };
  const intersect = (sets: Set<string>[]) => sets.reduce((a, b) => new Set([...a].filter((page) => b.has(page))));
  const phraseSets = await Promise.all(query.parts.map((part) => pagesOf(part.text)));
  const exact = intersect(phraseSets);
  if (query.quoted) return { exact, all: exact };
  const partSets = await Promise.all(
    query.parts.map(async (part, n) => {
      const found = new Set(phraseSets[n]);
      for (const grouping of part.words.length > MAX_GROUPED_WORDS ? [part.words] : groupings(part.words)) {
        const sets = await Promise.all(grouping.map(pagesOf));
        intersect(sets).forEach((page) => found.add(page));
      }
      return found;
    }),
  );
  const all = intersect(partSets);
  return { exact: new Set([...exact].filter((page) => all.has(page))), all };
}

/** Every way of joining neighbouring words into groups, finest first: [a, b, c], [a, bc], [ab, c], [abc]. */
export function groupings(words: readonly string[]): string[][] {
  if (words.length <= 1) return [words.slice()];
  const out: string[][] = [];
  for (let mask = 0; mask < 2 ** (words.length - 1); mask++) {
    const groups: string[] = [];
    for (const [i, word] of words.entries()) {
      if (i > 0 && mask & (1 << (i - 1))) groups.push(`${groups.pop()}${word}`);
      else groups.push(word);
    }
    out.push(groups);
  }
  return out;
}
