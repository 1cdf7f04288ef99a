// Characters ordinary Chinese almost never uses, where they cluster: what a wrong
// codec leaves when the text cannot be re-read (the mojibake rule repairs what can).
// One rare character is a name or a chemical (亳州, 喆, 䓬); three in a row, or two
// beside the "?" or "�" a failed conversion writes, are damage until a person says not.
import { isRareHanCode, scriptOnly } from './ordinary-characters.ts';
import { redecode } from './mojibake.ts';

/** Rare characters in a row that are damage. */
export const RARE_RUN_MIN = 3;
/** Odd characters within this many of a "?" or "�" that are damage. */
export const MARKER_WINDOW = 6;
export const MARKER_ODD_MIN = 2;

const isPrivateUse = (code: number) => code >= 0xe000 && code <= 0xf8ff;
const isRare = (code: number) => code >= 0x3400 && (isRareHanCode(code) || isPrivateUse(code));
const isHanCode = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

type Span = { start: number; end: number };

/** Runs of RARE_RUN_MIN or more rare characters (code-unit offsets into `text`). */
function rareRuns(text: string): Span[] {
  const found: Span[] = [];
  let runStart = -1;
  let runLength = 0;
  const close = (end: number) => {
    if (runLength >= RARE_RUN_MIN && !redecode(text.slice(runStart, end))) found.push({ start: runStart, end });
    runStart = -1;
    runLength = 0;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    if (isRare(code)) {
      if (runStart === -1) runStart = index;
      runLength++;
    } else if (runStart !== -1) close(index);
    index += width - 1;
  }
  if (runStart !== -1) close(text.length);
  return found;
}

/** The script a line is written in, by the characters only one script has. */
function lineScript(line: string): 'simplified' | 'traditional' | undefined {
  let [simplified, traditional] = [0, 0];
  for (const char of line) {
    const script = scriptOnly(char);
    if (script === 'simplified') simplified++;
    else if (script === 'traditional') traditional++;
  }
  if (simplified === traditional) return undefined;
  return simplified > traditional ? 'simplified' : 'traditional';
}

/**
 * Beside a "?" or "�" (what a failed conversion writes for a character it could not
 * map): characters that do not belong there — rare ones, the other script's (凤 in
 * Traditional text), and ASCII symbols wedged between characters ("凤@示").
 */
function besideMarkers(text: string): Span[] {
  const found: Span[] = [];
  const marker = /[?\uFFFD]/g;
  // Each line is cut out and its script judged once, however many markers it has.
  let current: { start: number; end: number; line: string; script?: ReturnType<typeof lineScript> | null } | undefined;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    if (!current || m.index >= current.end) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const newline = text.indexOf('\n', m.index);
      const end = newline === -1 ? text.length : newline;
      current = { start, end, line: text.slice(start, end), script: null };
    }
    const { line, start: lineStart } = current;
    const lineOf = current;
    const at = m.index - lineStart;
    const odd = (position: number): boolean => {
      const code = line.charCodeAt(position);
      if (isRare(code)) return true;
      if (isHanCode(code)) {
        const own = scriptOnly(line[position]!);
        if (!own) return false;
        if (lineOf.script === null) lineOf.script = lineScript(line);
        return lineOf.script !== undefined && own !== lineOf.script;
      }
      // An ASCII symbol wedged between two characters ("凤@示"); a table's "|" is a cell border.
      return /[@#$^~`\\]/.test(line[position]!) && isHanCode(line.charCodeAt(position - 1)) && isHanCode(line.charCodeAt(position + 1));
    };
    const positions: number[] = [];
    for (let step = 1; step <= MARKER_WINDOW; step++) {
      for (const position of [at - step, at + step]) {
        if (position < 0 || position >= line.length || /\s/.test(line[position]!)) continue;
        if (odd(position)) positions.push(position);
      }
    }
    if (positions.length >= MARKER_ODD_MIN) {
      const [from, to] = [Math.min(at, ...positions), Math.max(at, ...positions) + 1];
      const span = { start: lineStart + from, end: lineStart + to };
      const last = found.at(-1);
      if (!last || last.end <= span.start) found.push(span);
      else last.end = Math.max(last.end, span.end);
    }
  }
  return found;
}

/** Every cluster of rare characters in `text`: runs, and odd characters beside "?" or "�". */
export function findRareCharacters(text: string): Span[] {
  const runs = rareRuns(text);
  const markers = /[?\uFFFD]/.test(text)
    ? besideMarkers(text).filter((span) => !runs.some((run) => run.start < span.end && span.start < run.end))
    : [];
  return [...runs, ...markers].sort((a, b) => a.start - b.start);
}
