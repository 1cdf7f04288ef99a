// Spots a human must decide. Flagged with the text around them; never "fixed" by guessing.
// The damage rules are the checker's own (src/lib/text/damage.ts), so a spot flagged
// here is refused by `npm run check` until it is mended or recorded as reviewed.
import { damageLabel, excerptAround, findDamage, replaceSpunWords } from '../text/damage.ts';
import { QUESTION_LABELS, type DamageRuleId, type QuestionId, type ReviewableRuleId } from '../text/rule-ids.ts';
import type { Paragraph } from './clean.ts';

export interface Flag {
  rule: ReviewableRuleId;
  kind: string;
  /** What to check, in Chinese. */
  note: string;
  /** The damaged text itself (a word, a number), and where it starts in its paragraph. */
  match: string;
  start: number;
  /** The text that raised it, with some context. */
  excerpt: string;
  /** Id of the paragraph it is in. */
  id: number;
}

/** Questions no rule can re-detect: they go into the draft's `reviewed:` for a person to answer. */
export const isQuestion = (flag: Flag) => flag.rule in QUESTION_LABELS;

function each(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void) {
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)))
    visit(match);
}

const GROWTH_BEFORE = /(增长|增加|提高|上升|下降|减少|降低|增幅|同比|环比|超过|超额)[^。，；]{0,6}$/;

const DAMAGE_NOTES: Record<DamageRuleId, (match: string, original?: string) => string> = {
  'cut-number': (m) => `“${m}”后面的数字被截掉了，请对照原始材料补全或删去这个数字。`,
  'cut-number-front': (m) => `“${m}”前面的数字被截掉了，请对照原始材料补全或删去这个数字。`,
  'stripped-number': (m) => `“${m}”中少了数字，原文的数字被删掉了。请对照原始材料补上，找不到就删去这半句。`,
  'garbled-year': (m) => `“${m}”不是有效的年份（原文年份已损坏）。请对照原始材料改正。`,
  'spun-word': (m, original) => `“${m}”疑似机器替换，原词可能是“${original}”。`,
  pinyin: (m) => `“${m}”是拼音注音，请删去。`,
  furniture: (m) => `“${m}”是网页栏目文字，请删去。`,
  'spam-text': (m) => `“${m}”是网站被注入的垃圾关键词，请删去。`,
  'rare-characters': (m) => `“${m}”像是编码转换留下的乱码（连着几个生僻字，或问号旁的怪字），请对照原始材料重新录入。`,
};

export function findFlags(paragraphs: Paragraph[], publishedYear: number | undefined): Flag[] {
  const flags: Flag[] = [];
  paragraphs.forEach(({ id, text }) => {
    for (const hit of findDamage([text])) {
      flags.push({
        rule: hit.rule,
        kind: damageLabel(hit.rule),
        note: DAMAGE_NOTES[hit.rule](hit.match, hit.original),
        match: hit.match,
        start: hit.start,
        excerpt: hit.excerpt,
        id,
      });
    }
    const ask = (rule: QuestionId, note: string, index: number, length: number) =>
      flags.push({
        rule,
        kind: QUESTION_LABELS[rule],
        note,
        match: text.slice(index, index + length),
        start: index,
        excerpt: excerptAround(text, index, index + length, 12),
        id,
      });
    // Years after the publication year: a plan's target, or damage.
    each(/(?<!\d)(\d{4})年/g, text, (m) => {
      const year = Number(m[1]);
      if (publishedYear && year > publishedYear)
        ask('late-year', `${year}年晚于发布年份${publishedYear}年。如果不是规划目标，请核对。`, m.index!, m[0].length);
    });
    // Percentages over 100 where they cannot be (not a growth rate).
    each(/(\d+(?:\.\d+)?)%/g, text, (m) => {
      if (Number(m[1]) > 100 && !GROWTH_BEFORE.test(text.slice(0, m.index!)))
        ask('over-100-percent', `“${m[0]}”超过100%，这里不应如此，数字可能已损坏。请核对。`, m.index!, m[0].length);
    });
    // Anonymised places: XX县, X县, ×× 市, 某县区 (not 某市场, 某市民, 某县长).
    each(/(?:(?<![A-Za-z0-9])[XxＸｘ×]{1,3}|某)(?:县区|县|区|市|省|镇|乡|村|街道)(?!场|民|长|委|级)/g, text, (m) =>
      ask('anonymised-place', `“${m[0]}”是被隐去的地名。保留原样；文章的地区请编辑自行判断填写。`, m.index!, m[0].length),
    );
  });
  return flags;
}

const CONNECTIVES = /^(并|而|但|且|从而|同时|随即|此中|其中|以|要|和|及|与|对|在|为|以及|因此|所以|则)[，,]?/;

/** Sentences that start mid-thought or end without a verb: signs of shuffled text. */
export function findShuffledSentences(paragraphs: Paragraph[]): Flag[] {
  const flags: Flag[] = [];
  paragraphs.forEach(({ id, text }) => {
    if (text.startsWith('#')) return;
    const sentences = text
      .split(/(?<=[。！？])/)
      .map((s) => s.trim())
      .filter(Boolean);
    for (const sentence of sentences) {
      const length = Array.from(sentence).length;
      if (CONNECTIVES.test(sentence) && sentences.indexOf(sentence) === 0 && length < 60) {
        flags.push({
          rule: 'sentence-order',
          kind: QUESTION_LABELS['sentence-order'],
          note: '句子以连接词开头，像是从中间截断或被打乱了顺序。请对照原文核对。',
          match: sentence,
          start: text.indexOf(sentence),
          excerpt: sentence,
          id,
        });
      } else if (/[，、；]$/.test(sentence) || (length <= 5 && /。$/.test(sentence))) {
        flags.push({
          rule: 'sentence-order',
          kind: QUESTION_LABELS['sentence-order'],
          note: '句子没有说完（以逗号结尾或过短），可能被打乱了顺序。请对照原文核对。',
          match: sentence,
          start: text.indexOf(sentence),
          excerpt: sentence,
          id,
        });
      }
    }
    if (!/[。！？”）)：:]$/.test(text) && Array.from(text).length > 30) {
      flags.push({
        rule: 'sentence-order',
        kind: QUESTION_LABELS['sentence-order'],
        note: '段落没有以句号结束，可能被截断。请对照原文核对。',
        match: Array.from(text).slice(-20).join(''),
        start: text.length - Array.from(text).slice(-20).join('').length,
        excerpt: Array.from(text).slice(-20).join(''),
        id,
      });
    }
  });
  return flags;
}

/**
 * How damaged the page still looks, 0–100: flagged spots per 1,000 characters.
 * Every kind counts (spun words, broken sentences, cut and stripped numbers), so
 * after --unspin the score still shows what a person must mend.
 */
export function spinScore(paragraphs: Paragraph[], flags: Flag[]): number {
  const characters = paragraphs.reduce((sum, { text }) => sum + Array.from(text).length, 0);
  if (characters === 0) return 0;
  const signals = flags.filter((flag) => flag.rule !== 'late-year' && flag.rule !== 'anonymised-place').length;
  return Math.min(100, Math.round((signals / characters) * 1000 * 5));
}

/** --unspin: replace each known spun word with its likely original, where it is a swap. */
export interface Replacement {
  id: number;
  spun: string;
  original: string;
}

export function unspin(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; replaced: Replacement[] } {
  const replaced: Replacement[] = [];
  const result = paragraphs.map(({ id, text }) => {
    const { text: unspun, replaced: words } = replaceSpunWords(text);
    replaced.push(...words.map((word) => ({ id, ...word })));
    return { id, text: unspun };
  });
  return { paragraphs: result, replaced };
}
