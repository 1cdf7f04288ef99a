// Text a wrong codec has already damaged. Found by what it is, not by a list of
// samples: a stretch of odd characters that, written back in the codec it was
// read with and read in another (GBK, Big5, UTF-8, Windows-1252), becomes ordinary
// Chinese. That is mojibake for certain, and it can be repaired; the replacement
// character U+FFFD cannot. Neither is ever accepted as reviewed.
import iconv from 'iconv-lite';
import { isEverydayHan, isHan, isOrdinaryHanCode, scriptOnly } from './ordinary-characters.ts';

export type MojibakeKind = 'replacement' | 'wrong-codec' | 'known-garbage';

export interface MojibakeHit {
  kind: MojibakeKind;
  /** 0-based line, and the damaged stretch in it (UTF-16 offsets). */
  lineIndex: number;
  start: number;
  end: number;
  match: string;
  /** What happened, in Chinese, for messages and reports. */
  label: string;
  /** For a wrong codec: the text as it was written. */
  repaired?: string;
}

/**
 * Text written in `written` and read as `read` is undone by writing it back in
 * `read` and reading it in `written`. UTF-8 is strict (few byte strings are valid),
 * GBK and Big5 are dense (almost any bytes read as something), so a dense
 * mix-up must give everyday characters in one script, not merely ordinary ones.
 */
const CODEC_MIXUPS: readonly { read: string; written: string; label: string }[] = [
  { read: 'gbk', written: 'utf8', label: 'UTF-8 文字被当作 GBK 读出的乱码' },
  { read: 'big5', written: 'utf8', label: 'UTF-8 文字被当作 Big5 读出的乱码' },
  { read: 'latin', written: 'utf8', label: 'UTF-8 文字被当作 Latin-1（Windows-1252）读出的乱码' },
  { read: 'big5', written: 'gbk', label: 'GBK 文字被当作 Big5 读出的乱码' },
  { read: 'gbk', written: 'big5', label: 'Big5 文字被当作 GBK 读出的乱码' },
];

/** Punctuation ordinary Chinese text uses (CJK and full-width forms, general punctuation such as “”—…). */
const isOrdinaryPunctuation = (code: number) =>
  (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || (code >= 0x2010 && code <= 0x2027) || code === 0x00b7;

/**
 * A character a wrong codec tends to leave: a Han character outside ordinary use,
 * private-use code points, Latin-1 letters and symbols, kana, Hangul, Greek,
 * Cyrillic and box drawing. Ordinary Chinese text has none of them in a row.
 */
export function isSuspect(code: number): boolean {
  if (code < 0x80) return false;
  if (isHan(code)) return !isOrdinaryHanCode(code);
  if (isOrdinaryPunctuation(code)) return false;
  return (
    (code >= 0x80 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x4ff) ||
    (code >= 0x2500 && code <= 0x257f) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xe000 && code <= 0xf8ff) ||
    code === 0x20ac ||
    code === 0x2122
  );
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes a browser read as this Latin text: Latin-1 for U+0000–U+00FF (browsers
 * map Windows-1252's five undefined bytes to those C1 controls), Windows-1252 for
 * its symbols (€, “, …). Undefined when a character is neither.
 */
function latinBytes(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0xff) bytes.push(code);
    else {
      const encoded = iconv.encode(char, 'windows-1252');
      if (encoded.length !== 1 || iconv.decode(encoded, 'windows-1252') !== char) return undefined;
      bytes.push(encoded[0]!);
    }
  }
  return Uint8Array.from(bytes);
}

/** The bytes `read` wrote this text as, when every character of it exists there. */
function bytesIn(text: string, read: string): Uint8Array | undefined {
  if (read === 'latin') return latinBytes(text);
  const bytes = iconv.encode(text, read);
  return iconv.decode(bytes, read) === text ? bytes : undefined;
}

/** Everyday characters: the table's first level (3,500 常用字) and their Traditional forms. */

/** A control character (not a tab or line break) or U+FFFD: no text is written with them. */
const isControlOrLost = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;

/** What re-read Chinese may hold: ASCII, ordinary Han characters and the punctuation Chinese uses. */
const isChineseTextChar = (code: number) =>
  (code >= 0x20 && code < 0x7f) ||
  (isHan(code) && isOrdinaryHanCode(code)) ||
  isOrdinaryPunctuation(code) ||
  (code >= 0x2030 && code <= 0x205e);

/**
 * Whether re-read text looks like what was written. From a Latin mix-up: real
 * letters and punctuation (å, “), nothing from another alphabet (×” read back is
 * Hebrew). Otherwise Chinese: it starts with a character or a Chinese punctuation
 * mark (not a stray ·), holds nothing but ordinary characters and punctuation, and —
 * for a dense mix-up — at least four everyday characters in one script.
 */
function readsAsWritten(text: string, dense: boolean, latin: boolean): boolean {
  const codes = [...text].map((char) => char.codePointAt(0)!);
  if (latin) return codes.every((code) => !isControlOrLost(code) && (code < 0x250 || isChineseTextChar(code)));
  const first = codes.find((code) => code > 0x20);
  if (
    first === undefined ||
    !(isHan(first) || (first >= 0x3000 && first <= 0x303f) || (first >= 0xff01 && first <= 0xff5e) || first === 0x201c)
  )
    return false;
  let han = 0;
  const scripts = new Set<string>();
  for (const code of codes) {
    if (!isChineseTextChar(code)) return false;
    if (!isHan(code)) continue;
    han++;
    const char = String.fromCodePoint(code);
    if (dense && !isEverydayHan(char)) return false;
    const script = scriptOnly(char);
    if (script) scripts.add(script);
  }
  if (scripts.size > 1) return false;
  // Strict UTF-8 rarely holds by chance: one character is enough there.
  return han >= (dense ? 4 : 1);
}

/**
 * A dense mix-up garbles every character, so odd ones are a good part of the
 * stretch (a quarter or more, and three, or half of a short one); a Greek letter
 * or two among Chinese (γ干扰素, α和β受体) is not one.
 */
const mostlyOdd = (stretch: string) => {
  const chars = [...stretch];
  const odd = chars.filter((char) => isSuspect(char.codePointAt(0)!)).length;
  return odd >= 2 && odd * 4 >= chars.length && (odd >= 3 || odd * 2 >= chars.length);
};

/** The stretch re-read with the codec pair that turns it back into ordinary text, if one does. */
export function redecode(stretch: string, denseOnly = false): { text: string; label: string } | undefined {
  for (const { read, written, label } of CODEC_MIXUPS) {
    if (denseOnly && written === 'utf8') continue;
    const bytes = bytesIn(stretch, read);
    if (!bytes) continue;
    let text: string;
    try {
      text = written === 'utf8' ? strictUtf8.decode(bytes) : iconv.decode(Buffer.from(bytes), written);
    } catch {
      continue;
    }
    const dense = written !== 'utf8';
    if (text !== stretch && (!dense || mostlyOdd(stretch)) && readsAsWritten(text, dense, read === 'latin')) return { text, label };
  }
  return undefined;
}

// Made of ordinary characters, so no statistic finds them: 锟斤拷 is U+FFFD written
// as UTF-8 and read as GBK; 烫烫烫 and 屯屯屯 are uninitialised memory printed as GBK.
const KNOWN_GARBAGE = /(?:锟斤拷)+|烫{3,}|屯{3,}/g;

/** Whether the text holds a suspect character, read by code unit (the check reads every line of 10,000 articles). */
export function hasSuspect(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) code = text.codePointAt(index++)!;
    if (isSuspect(code)) return true;
  }
  return false;
}

/** Odd characters this close together belong to one damaged stretch. */
const CLUSTER_GAP = 6;
/** How many characters around a cluster may belong to it too (a wrong codec also yields ordinary ones). */
const EXTEND_LIMIT = 6;

type Spot = { start: number; end: number; repaired: string; label: string };

/** Length of the valid UTF-8 sequence starting at `at`, or 0 (overlong forms and surrogates are not valid). */
function utf8SequenceAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length || at + length > bytes.length) return 0;
  const second = bytes[at + 1]!;
  const [low, high] =
    lead === 0xe0
      ? [0xa0, 0xbf]
      : lead === 0xed
        ? [0x80, 0x9f]
        : lead === 0xf0
          ? [0x90, 0xbf]
          : lead === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  if (second < low || second > high) return 0;
  for (let i = 2; i < length; i++) if ((bytes[at + i]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** Longest stretch tried as one piece of UTF-8 read with a wrong codec (a paragraph's worth). */
const UTF8_STRETCH_MAX = 400;

/**
 * UTF-8 read with a wrong codec, found in one pass per start: each character written
 * back in that codec, then the longest run of whole characters whose bytes are valid
 * UTF-8 and read as written. (Only part of a line may be damaged, and a partial
 * character at the end of it is lost.)
 */
function utf8ReadAs(
  chars: readonly string[],
  read: string,
  label: string,
): { from: number; to: number; repaired: string; label: string }[] {
  const spans: { from: number; to: number; repaired: string; label: string }[] = [];
  const bytesOf = chars.map((char) => bytesIn(char, read));
  const suspect = chars.map((char) => isSuspect(char.codePointAt(0)!));
  let from = 0;
  while (from < chars.length) {
    // Boundaries where the bytes from `from` are whole UTF-8, up to the first invalid byte.
    const goodEnds: number[] = [];
    const window: number[] = [];
    let windowEnd = from;
    while (windowEnd < chars.length && windowEnd - from < UTF8_STRETCH_MAX && bytesOf[windowEnd]) window.push(...bytesOf[windowEnd++]!);
    const bytes = Uint8Array.from(window);
    let offset = 0;
    let charEnd = from;
    let charBytes = 0;
    while (offset < bytes.length) {
      const length = utf8SequenceAt(bytes, offset);
      if (!length) break;
      offset += length;
      while (charEnd < windowEnd && charBytes + bytesOf[charEnd]!.length <= offset) charBytes += bytesOf[charEnd++]!.length;
      if (charBytes === offset) goodEnds.push(charEnd);
    }
    // The longest stretch that reads as written (correct text after it may be valid UTF-8 by chance); a few tries.
    const decode = (to: number) =>
      strictUtf8.decode(
        bytes.subarray(
          0,
          bytesOf.slice(from, to).reduce((sum, b) => sum + b!.length, 0),
        ),
      );
    const hasOdd = (to: number) => suspect.slice(from, to).some(Boolean);
    const end = goodEnds
      .filter((to) => to - from >= 2)
      .reverse()
      .slice(0, 6)
      .find((to) => hasOdd(to) && readsAsWritten(decode(to), false, read === 'latin'));
    if (end !== undefined) {
      spans.push({ from, to: end, repaired: decode(end), label });
      from = end;
    } else from++;
  }
  return spans;
}

/** GBK read as Big5 or the reverse: each cluster of odd characters, with up to EXTEND_LIMIT neighbours each side, the longest first. */
function denseReadAs(chars: readonly string[]): { from: number; to: number; repaired: string; label: string }[] {
  const spans: { from: number; to: number; repaired: string; label: string }[] = [];
  const clusters: [number, number][] = [];
  chars.forEach((char, index) => {
    if (!isSuspect(char.codePointAt(0)!)) return;
    const last = clusters.at(-1);
    if (last && index - last[1] <= CLUSTER_GAP) last[1] = index + 1;
    else clusters.push([index, index + 1]);
  });
  let taken = 0;
  for (const [first, end] of clusters) {
    if (first < taken) continue;
    const [low, high] = [Math.max(taken, first - EXTEND_LIMIT), Math.min(chars.length, end + EXTEND_LIMIT)];
    let best: { from: number; to: number; repaired: string; label: string } | undefined;
    for (let length = high - low; length >= Math.max(2, end - first) && !best; length--) {
      for (let from = Math.max(low, end - length); from <= Math.min(first, high - length) && !best; from++) {
        const result = redecode(chars.slice(from, from + length).join(''), true);
        if (result) best = { from, to: from + length, repaired: result.text, label: result.label };
      }
    }
    if (!best) continue;
    taken = best.to;
    spans.push(best);
  }
  return spans;
}

/** The certain mojibake in one line: stretches that re-decode to ordinary text. */
function wrongCodecIn(line: string): Spot[] {
  const found: Spot[] = [];
  // Stretches of non-ASCII text (ASCII is the same in every codec here). U+FFFD is a
  // byte already lost: it is reported on its own and never re-read.
  for (const segment of line.matchAll(/[\u0080-\ufffc\ufffe\uffff]+/g)) {
    if (!hasSuspect(segment[0])) continue;
    const chars = Array.from(segment[0]);
    const offsets = [0];
    for (const char of chars) offsets.push(offsets.at(-1)! + char.length);
    let spans: { from: number; to: number; repaired: string; label: string }[] = [];
    for (const { read, written, label } of CODEC_MIXUPS) {
      if (written === 'utf8') spans = utf8ReadAs(chars, read, label);
      if (spans.length) break;
    }
    if (!spans.length) spans = denseReadAs(chars);
    for (const span of spans)
      found.push({
        start: segment.index + offsets[span.from]!,
        end: segment.index + offsets[span.to]!,
        repaired: span.repaired,
        label: span.label,
      });
  }
  return found;
}

/** Every certain spot of mojibake in `lines`, in line order. */
export function findMojibake(lines: readonly string[]): MojibakeHit[] {
  const hits: MojibakeHit[] = [];
  lines.forEach((line, lineIndex) => {
    const add = (kind: MojibakeKind, start: number, end: number, label: string, repaired?: string) =>
      hits.push({ kind, lineIndex, start, end, match: line.slice(start, end), label, ...(repaired !== undefined && { repaired }) });
    for (let index = line.indexOf('\uFFFD'); index !== -1; index = line.indexOf('\uFFFD', index + 1))
      add('replacement', index, index + 1, '乱码替换符 U+FFFD');
    KNOWN_GARBAGE.lastIndex = 0;
    for (let m = KNOWN_GARBAGE.exec(line); m; m = KNOWN_GARBAGE.exec(line))
      add('known-garbage', m.index, m.index + m[0].length, 'GBK 与 UTF-8 互转造成的乱码');
    if (hasSuspect(line)) for (const spot of wrongCodecIn(line)) add('wrong-codec', spot.start, spot.end, spot.label, spot.repaired);
  });
  return hits.sort((a, b) => a.lineIndex - b.lineIndex || a.start - b.start);
}

/** The line with every stretch that re-decodes cleanly put back as it was written. */
export function repairMojibake(line: string): { text: string; repairs: { damaged: string; repaired: string; label: string }[] } {
  const spots = findMojibake([line]).filter((hit) => hit.kind === 'wrong-codec');
  let text = line;
  for (const spot of [...spots].reverse()) text = text.slice(0, spot.start) + spot.repaired! + text.slice(spot.end);
  return { text, repairs: spots.map((spot) => ({ damaged: spot.match, repaired: spot.repaired!, label: spot.label })) };
}
