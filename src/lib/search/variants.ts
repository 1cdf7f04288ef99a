// Traditional ↔ Simplified for search. The index holds Simplified text (pages
// written in Traditional are converted when indexed), and a reader's query is
// converted in the browser with a small map built from only the characters the
// site uses — a few KB instead of a full conversion dictionary.

/** A converter from the build (opencc-js): Simplified text → one Traditional form. */
export type Converter = (text: string) => string;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Traditional (and Taiwan/Hong Kong) forms of every Simplified character in
 * `text`, mapped back to Simplified. Characters that are the same in both are left out.
 */
export function buildVariantMap(text: string, toTraditional: readonly Converter[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const simplified of new Set(Array.from(text).filter((char) => CJK.test(char)))) {
    for (const convert of toTraditional) {
      const traditional = convert(simplified);
      if (traditional !== simplified && Array.from(traditional).length === 1) map[traditional] = simplified;
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

/** A query as the index spells it: Traditional characters to Simplified, full-width spaces and punctuation to spaces. */
export function normaliseQuery(query: string, map: Readonly<Record<string, string>>): string {
  return Array.from(query.normalize('NFKC'))
    .map((char) => map[char] ?? char)
    .join('')
    .replace(/[\s,;:?!"'()[\]，。、；：？！“”‘’「」『』《》（）【】]+/gu, ' ')
    .trim();
}
