// Writes the draft article and remembers which line each paragraph landed on.
import { ARTICLE_TYPES, type ArticleType } from '../schema/taxonomy.ts';
import { placeholder } from './metadata.ts';
import type { Paragraph } from './clean.ts';

export interface DraftFields {
  title?: string;
  date?: string;
  region?: string;
  type: ArticleType;
  source?: string;
}

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

export function writeDraft(fields: DraftFields, paragraphs: Paragraph[]): Draft {
  const lines = [
    '---',
    `title: ${yamlString(fields.title ?? placeholder('标题，最多64字'))}`,
    `date: ${fields.date ?? yamlString(placeholder('发布日期 YYYY-MM-DD'))}`,
    `region: ${fields.region ?? yamlString(placeholder('地区 id，见 content/regions.json'))}`,
    `topics: [${yamlString(placeholder('1到5个主题 id，见 content/topics.json'))}]`,
    `type: ${fields.type} # 导入时猜测为“${ARTICLE_TYPES[fields.type]}”，请核对`,
    `source: ${yamlString(fields.source ?? placeholder('发布机构'))}`,
    `summary: ${yamlString(placeholder('20到200字的摘要'))}`,
    'draft: true',
    '---',
    '',
  ];
  const fieldLines = Object.fromEntries(['title', 'date', 'region', 'topics', 'type', 'source', 'summary', 'draft'].map((field, index) => [field, index + 2]));
  const paragraphLines = new Map<number, number>();
  for (const { id, text: paragraph } of paragraphs) {
    paragraphLines.set(id, lines.length + 1);
    const heading = /^(#{2,3} )(.*)$/.exec(paragraph);
    lines.push(heading ? heading[1] + escapeMdx(heading[2]!) : escapeMdx(paragraph).replace(/^#/, '\\#'), '');
  }
  return { text: lines.join('\n'), paragraphLines, fieldLines };
}
