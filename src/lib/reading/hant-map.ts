// The Simplified→Traditional map of only what this site says. OpenCC's own
// dictionary for Taiwan forms is about 1 MB; the site uses a small part of it.
// The build feeds every page's text through OpenCC's segmentation (its phrase
// dictionary, longest match) and keeps each phrase it met and each character
// outside a phrase, with OpenCC's conversion of it. A phrase that does not
// change is kept too: 皇后 must stay 皇后, not become 皇後 character by character.
// Converting a page with this map and longest-first matching (convert.ts)
// gives OpenCC's own result for the text the map was built from
// (tests/unit/reading.test.ts checks that).
import * as OpenCC from 'opencc-js';
import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset';
import type { HantMap } from './convert.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
const FIRST_CJK = 0x3400;

let segmenter: Trie | undefined;
/** OpenCC Simplified → Taiwan forms; the search index's variant map uses the same one (build-index.ts). */
export const toTaiwanForms = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** First characters of phrases that are not CJK (PN结, SQL注入): the only non-CJK positions a phrase can start at. */
let otherStarts: Set<string> | undefined;
function opencc(): { segmenter: Trie; otherStarts: Set<string> } {
  if (!segmenter || !otherStarts) {
    const config = configs['s2tw'];
    if (!config) throw new Error('opencc-js has no s2tw configuration');
    segmenter = new Trie();
    const dictionaries = config.segmentation;
    if (typeof dictionaries === 'string' || !Array.isArray(dictionaries) || typeof dictionaries[0] !== 'string')
      throw new Error('opencc-js s2tw: unexpected segmentation dictionary format');
    segmenter.loadDictGroup(dictionaries as readonly string[]);
    otherStarts = new Set();
    for (const dictionary of dictionaries as readonly string[])
      for (const entry of dictionary.split('|')) if (entry.charCodeAt(0) < FIRST_CJK) otherStarts.add(entry[0]!);
  }
  return { segmenter, otherStarts };
}

/** Text pieces go in (page text, attribute values); the map comes out. */
export class HantMapBuilder {
  private readonly seenPieces = new Set<string>();
  private readonly phrases = new Set<string>();
  private readonly characters = new Set<string>();

  add(text: string): void {
    if (!CJK.test(text) || this.seenPieces.has(text)) return;
    // Page furniture repeats on every page; each distinct piece is segmented once.
    if (text.length < 200) this.seenPieces.add(text);
    // OpenCC's segmentation (Trie.segment: the longest phrase at each position,
    // else one character), in one pass, trying only positions a phrase can start at.
    const { segmenter, otherStarts } = opencc();
    for (let i = 0; i < text.length;) {
      if (text.charCodeAt(i) < FIRST_CJK && !otherStarts.has(text[i]!)) {
        i++;
        continue;
      }
      const phrase = segmenter.matchPrefix(text, i);
      if (phrase) {
        this.phrases.add(text.slice(i, phrase.end));
        i = phrase.end;
        continue;
      }
      const char = String.fromCodePoint(text.codePointAt(i)!);
      if (CJK.test(char)) this.characters.add(char);
      i += char.length;
    }
  }

  /** Every page's text and attribute values from a built HTML page (scripts and styles left out). */
  addHtml(html: string): void {
    const withoutCode = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
    for (const match of withoutCode.matchAll(/\b(?:aria-label|placeholder|title|alt|content)="([^"]*)"/g)) this.add(match[1]!);
    for (const piece of withoutCode.split(/<[^>]*>/)) this.add(piece);
  }

  /** The Chinese in a script's string literals, cut at quotes and template holes. */
  addScript(code: string): void {
    for (const match of code.matchAll(/[\u3400-\u9fff][^"'`\n\\$]*/gu)) this.add(match[0]);
  }

  build(): HantMap {
    const map: Record<string, string> = {};
    for (const phrase of this.phrases) map[phrase] = toTaiwanForms(phrase);
    for (const char of this.characters) {
      const converted = toTaiwanForms(char);
      if (converted !== char) map[char] = converted;
    }
    return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
