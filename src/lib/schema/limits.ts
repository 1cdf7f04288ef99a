// The article limits, each written once. The schema (./article.ts) enforces
// them; the importer's draft placeholders and report quote them, so changing a
// limit is a one-line change here.

/** Length as a reader counts it: one per character, including CJK and emoji. */
export const charCount = (text: string) => Array.from(text).length;

/** A title's length in characters. (An empty title is also refused as empty text.) */
export const TITLE_MIN = 1;
export const TITLE_MAX = 64;
/** A summary's length in characters. */
export const SUMMARY_MIN = 20;
export const SUMMARY_MAX = 200;
/** How many topics an article has. */
export const TOPICS_MIN = 1;
export const TOPICS_MAX = 5;
