// Traditional → Simplified for text that is actually Traditional. OpenCC run
// over Simplified text changes a few characters that are also Simplified
// (乾县 → 干县), so a text is converted only when it has a character that can
// only be Traditional.
import * as OpenCC from 'opencc-js';

const converters = [
  OpenCC.Converter({ from: 'hk', to: 'cn' }),
  OpenCC.Converter({ from: 'tw', to: 'cn' }),
  OpenCC.Converter({ from: 't', to: 'cn' }),
];
const convert = (text: string) => converters.reduce((current, converter) => converter(current), text);

/** Characters OpenCC changes that are in everyday Simplified use too. */
const ALSO_SIMPLIFIED = new Set(Array.from('乾著於餘瞭纔隻藉蘋裏鍾麼夥佔嚮衝準彆'));

// Per character, remembered: a large archive asks about the same few thousand characters again and again.
const onlyTraditional = new Map<string, boolean>();
function isOnlyTraditional(char: string): boolean {
  let known = onlyTraditional.get(char);
  if (known === undefined) {
    known = !ALSO_SIMPLIFIED.has(char) && /[\u3400-\u9fff]/u.test(char) && convert(char) !== char;
    onlyTraditional.set(char, known);
  }
  return known;
}

export function looksTraditional(text: string): boolean {
  for (const char of text) if (isOnlyTraditional(char)) return true;
  return false;
}

export function simplifyIfTraditional(text: string): string {
  return looksTraditional(text) ? convert(text) : text;
}
