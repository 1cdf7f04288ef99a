// Text that was already damaged before it reached the editor: the replacement
// character, the classic GBK/UTF-8 round-trip garbage, and UTF-8 read as Latin-1.

export interface MojibakeHit {
  line: number;
  sample: string;
  kind: 'replacement' | 'gbk-roundtrip' | 'latin1';
}

const PATTERNS: { kind: MojibakeHit['kind']; pattern: RegExp; label: string }[] = [
  { kind: 'replacement', pattern: /\uFFFD/u, label: 'U+FFFD' },
  // 锟斤拷 comes from U+FFFD written as UTF-8 and read as GBK; 烫烫烫 and 屯屯屯
  // are uninitialised memory printed as GBK.
  { kind: 'gbk-roundtrip', pattern: /锟斤拷|烫烫烫|屯屯屯|鐨勬|锛屾/u, label: 'GBK 与 UTF-8 互转造成的乱码' },
  // A UTF-8 lead byte (Â–ô) followed by a continuation byte shown as Latin-1 or
  // Windows-1252: "Ã¥", "å®", "â€œ".
  {
    kind: 'latin1',
    pattern:
      /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u,
    label: 'UTF-8 被当作 Latin-1 读出的乱码',
  },
];

// Object.fromEntries is typed with string keys; PATTERNS has one entry per kind.
export const MOJIBAKE_LABELS: Record<MojibakeHit['kind'], string> = Object.fromEntries(
  PATTERNS.map(({ kind, label }) => [kind, label]),
) as Record<MojibakeHit['kind'], string>;

/** One hit per line that contains damaged text, first kind found. */
export function findMojibake(text: string): MojibakeHit[] {
  const hits: MojibakeHit[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const { kind, pattern } of PATTERNS) {
      const match = pattern.exec(lineText);
      if (match) {
        hits.push({ line: index + 1, sample: lineText.slice(match.index, match.index + 6), kind });
        break;
      }
    }
  });
  return hits;
}
