// The words printed under the chart in its PNG download. A PNG travels alone
// (shared, pasted into a report), so it carries what the page says beside the
// chart: the dataset's notes, that the periods between are not in the data,
// that a gap is a missing figure, and the source.
import type { Dataset } from '../stats/dataset.ts';
import type { DatasetDescription } from '../stats/describe.ts';

/** The caption's paragraphs, before wrapping. */
export function pngCaption(
  dataset: Pick<Dataset, 'notes' | 'source' | 'sourceUrl'>,
  about: Pick<DatasetDescription, 'gapNote' | 'table'>,
): string[] {
  const lines: string[] = [];
  if (dataset.notes) lines.push(`说明：${dataset.notes}`);
  if (about.gapNote) lines.push(`注：${about.gapNote}`);
  if (about.table.hasMissing) lines.push('注：图中空缺处为原始材料未给出的数据，不作 0 处理。');
  lines.push(`来源：${dataset.source}${dataset.sourceUrl ? ` ${dataset.sourceUrl}` : ''}`);
  return lines;
}

// Punctuation that may not begin a line (a simple 禁则): it hangs at the end of the line before instead.
const NO_LINE_START = new Set('，。、；：？！）》」』”’】〕…—,.;:?!)]}%');

/**
 * Breaks a paragraph into lines no wider than `maxWidth` as `measure` counts
 * it. Chinese breaks between any two characters; a closing punctuation mark
 * stays with the character before it (hanging slightly past the width, into
 * the margin); a run of Latin letters and digits (a URL, a number) breaks only
 * where it has to.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (line === '' && char === ' ') continue;
    if (line === '' || NO_LINE_START.has(char) || measure(line + char) <= maxWidth) {
      line += char;
      continue;
    }
    // Keep a Latin word whole when it fits on a line of its own.
    const word = /[!-~]+$/.exec(line)?.[0] ?? '';
    if (/[!-~]/.test(char) && word && word.length < line.length && measure(word + char) <= maxWidth) {
      lines.push(line.slice(0, -word.length).trimEnd());
      line = word + char;
      continue;
    }
    lines.push(line.trimEnd());
    line = char === ' ' ? '' : char;
  }
  if (line) lines.push(line);
  return lines;
}
