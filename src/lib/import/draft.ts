// Writes the draft article and remembers which line each paragraph landed on.
import { ARTICLE_TYPES } from '../schema/taxonomy.ts';
import type { ArticleFrontmatter } from '../schema/article.ts';
import { placeholder } from '../schema/placeholder.ts';
import { SUMMARY_MAX, SUMMARY_MIN, TITLE_MAX, TOPICS_MAX, TOPICS_MIN } from '../schema/limits.ts';
import type { Paragraph } from './clean.ts';
import type { Flag } from './flags.ts';
import { REVIEWED_TEXT_MIN } from '../text/rule-ids.ts';

/** The frontmatter the importer found on the page (the type is its guess); the rest is left as placeholders. */
export type DraftFields = Partial<
  Pick<ArticleFrontmatter, 'title' | 'date' | 'region' | 'source' | 'summary' | 'indexNumber' | 'documentNumber' | 'writtenDate'>
> &
  Pick<ArticleFrontmatter, 'type'>;

export interface Draft {
  text: string;
  /** Line number in the draft of each body paragraph, by paragraph id. */
  paragraphLines: Map<number, number>;
  /** Line number of each frontmatter field. */
  fieldLines: Record<string, number>;
}

/** Markdown/MDX would read these as syntax; in a report they are text. */
export function escapeMdx(text: string): string {
  // A paragraph starting "import " or "export " would be read as JavaScript.
  return text.replace(/([{}<\\])/g, '\\$1').replace(/^(im|ex)port\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * Grow the quote [start, end) of `text` (not before `floor`, where the body
 * starts) until it has at least REVIEWED_TEXT_MIN characters and occurs only
 * once, so the checker can tie it to one spot.
 */
function uniqueQuote(text: string, start: number, end: number, floor: number): string {
  let [from, to] = [start, end];
  const count = (quote: string) => text.split(quote).length - 1;
  while (
    (Array.from(text.slice(from, to)).length < REVIEWED_TEXT_MIN || count(text.slice(from, to)) > 1) &&
    (from > floor || to < text.length)
  ) {
    if (from > floor) from--;
    if (to < text.length) to++;
  }
  return text.slice(from, to);
}

const QUESTION_NOTE = placeholder('核对原文后写明结论，如“已核对原件，原文如此”；如已改正文，删去这一条');

export function writeDraft(fields: DraftFields, paragraphs: Paragraph[], questions: readonly Flag[] = []): Draft {
  // The body first: the questions quote it.
  const body: string[] = [];
  const bodyLines = new Map<number, number>();
  const escaped = new Map<number, string>();
  for (const { id, text: paragraph } of paragraphs) {
    bodyLines.set(id, body.length);
    const heading = /^(#{2,3} )(.*)$/.exec(paragraph);
    const line = heading ? heading[1] + escapeMdx(heading[2]!) : escapeMdx(paragraph).replace(/^#/, '\\#');
    escaped.set(id, line);
    body.push(line, '');
  }
  const fieldTexts = [
    `title: ${yamlString(fields.title ?? placeholder(`标题，最多${TITLE_MAX}字`))}`,
    `date: ${fields.date ?? yamlString(placeholder('发布日期 YYYY-MM-DD'))}`,
    `region: ${fields.region ?? yamlString(placeholder('地区 id，见 content/regions.json'))}`,
    `topics: [${yamlString(placeholder(`${TOPICS_MIN}到${TOPICS_MAX}个主题 id，见 content/topics.json`))}]`,
    `type: ${fields.type} # 导入时猜测为“${ARTICLE_TYPES[fields.type]}”，请核对`,
    `source: ${yamlString(fields.source ?? placeholder('发布机构'))}`,
    `summary: ${yamlString(fields.summary ?? placeholder(`${SUMMARY_MIN}到${SUMMARY_MAX}字的摘要`))}`,
    // A portal's 公开信息, when the page had it (OfficialMetadata shows them on the article page).
    ...(fields.indexNumber ? [`indexNumber: ${yamlString(fields.indexNumber)}`] : []),
    ...(fields.documentNumber ? [`documentNumber: ${yamlString(fields.documentNumber)}`] : []),
    ...(fields.writtenDate ? [`writtenDate: ${fields.writtenDate}`] : []),
    'draft: true',
  ];
  // A quote must be unique in all the text the checker reads: the fields too.
  const prefix = `${fieldTexts.join('\n')}\n\n`;
  const searched = prefix + body.join('\n');
  const lineOffsets: number[] = [];
  let offset = prefix.length;
  for (const line of body) {
    lineOffsets.push(offset);
    offset += line.length + 1;
  }
  const quotes = new Set<string>();
  const reviewed = questions.flatMap((flag) => {
    const index = bodyLines.get(flag.id);
    const line = escaped.get(flag.id);
    const text = paragraphs.find((paragraph) => paragraph.id === flag.id)?.text;
    if (index === undefined || line === undefined || text === undefined) return [];
    // The flagged occurrence, not the first one: escaping only adds characters before it.
    const at = line.indexOf(escapeMdx(flag.match), Math.max(0, escapeMdx(text.slice(0, flag.start)).length - 3));
    if (at === -1) return [];
    const start = lineOffsets[index]! + at;
    const quote = uniqueQuote(searched, start, start + escapeMdx(flag.match).length, prefix.length);
    if (quotes.has(`${flag.rule} ${quote}`)) return [];
    quotes.add(`${flag.rule} ${quote}`);
    return [`  - rule: ${flag.rule} # ${flag.note}`, `    text: ${yamlString(quote)}`, `    note: ${yamlString(QUESTION_NOTE)}`];
  });

  const lines = [
    '---',
    ...fieldTexts,
    ...(reviewed.length
      ? ['reviewed:', '  # 导入时无法自动判断的问题：逐条核对原文，把 note 改为核对结论；已改正文的，删去那一条。', ...reviewed]
      : []),
    '---',
    '',
  ];
  // Each field's line, after the opening `---`: its key is what precedes the first colon.
  const fieldLines = Object.fromEntries(fieldTexts.map((line, index) => [line.slice(0, line.indexOf(':')), index + 2]));
  if (reviewed.length) fieldLines.reviewed = fieldLines.draft! + 1;
  const paragraphLines = new Map([...bodyLines].map(([id, index]) => [id, lines.length + index + 1]));
  return { text: [...lines, ...body].join('\n'), paragraphLines, fieldLines };
}
