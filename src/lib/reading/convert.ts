// Simplified → Traditional in the browser with the site's own phrase map
// (src/lib/reading/hant-map.ts builds it): longest match first, as OpenCC
// segments, so 头发 becomes 頭髮 and 发展 發展, and 乾县 stays 乾縣.

export type HantMap = Readonly<Record<string, string>>;

export interface HantConverter {
  (text: string): string;
}

export function hantConverter(map: HantMap): HantConverter {
  const table = new Map(Object.entries(map));
  let longest = 1;
  for (const key of table.keys()) longest = Math.max(longest, key.length);
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length;) {
      let matched = 0;
      for (let length = Math.min(longest, text.length - i); length > 0; length--) {
        const value = table.get(text.slice(i, i + length));
        if (value !== undefined) {
          out += value;
          matched = length;
          break;
        }
      }
      if (matched) i += matched;
      else {
        // One code point: a character outside the BMP is two UTF-16 units.
        const step = text.codePointAt(i)! > 0xffff ? 2 : 1;
        out += text.slice(i, i + step);
        i += step;
      }
    }
    return out;
  };
}
