// A portal's bracketed 摘要 as the draft's summary. Portals print it as a teaser of
// the lead paragraph, often cut off with "…"; a cut one is completed from the lead
// it repeats, sentence by sentence, within the schema's length.
import { charCount, SUMMARY_MAX, SUMMARY_MIN } from '../schema/limits.ts';
import { findSpamRuns } from '../text/spam.ts';
import type { Paragraph } from './clean.ts';

const CUT = /(?:\.{2,}|…+|。{2,})$/;

export function summaryFromAbstract(abstract: string, paragraphs: readonly Paragraph[]): { text: string; fromLead: boolean } | undefined {
  if (findSpamRuns(abstract).length) return undefined;
  const text = abstract.replace(CUT, '').trim();
  if (CUT.test(abstract)) {
    const lead = paragraphs.find((paragraph) => !paragraph.text.startsWith('#') && paragraph.text.startsWith(text));
    if (lead) {
      let summary = '';
      for (const sentence of lead.text.split(/(?<=[。！？])/)) {
        if (charCount(summary + sentence) > SUMMARY_MAX) break;
        summary += sentence;
      }
      if (charCount(summary) >= SUMMARY_MIN) return { text: summary, fromLead: true };
    }
    // A cut teaser without its lead is a fragment: better a placeholder than half a sentence.
    return undefined;
  }
  const length = charCount(text);
  return length >= SUMMARY_MIN && length <= SUMMARY_MAX ? { text, fromLead: false } : undefined;
}
