// Spots a human must decide. Flagged with the text around them; never "fixed" by guessing.
import { SPUN_WORDS } from './vocabulary.ts';
import type { Paragraph } from './clean.ts';

export interface Flag {
  kind: string;
  /** What to check, in Chinese. */
  note: string;
  /** The text that raised it. */
  excerpt: string;
  /** Id of the paragraph it is in. */
  id: number;
}

const around = (text: string, index: number, length: number) =>
  Array.from(text.slice(Math.max(0, index - 12), index + length + 12)).join('');

function each(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void) {
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) visit(match);
}

const GROWTH_BEFORE = /(增长|增加|提高|上升|下降|减少|降低|增幅|同比|环比|超过|超额)[^。，；]{0,6}$/;

export function findFlags(paragraphs: Paragraph[], publishedYear: number | undefined): Flag[] {
  const flags: Flag[] = [];
  paragraphs.forEach(({ id, text }) => {
    const add = (kind: string, note: string, index: number, length: number) =>
      flags.push({ kind, note, excerpt: around(text, index, length), id });

    // "达到88." followed by text: the digits after the point were cut off.
    each(/(?<=[\u4e00-\u9fff])\d+\.(?=[\u4e00-\u9fff]|$)/g, text, (m) => add('截断的数字', `“${m[0]}”后面的数字被截掉了，请对照原始材料补全或删去这个数字。`, m.index!, m[0].length));
    // "由年的人增加到人", "从张增加到张": a measure word where a number should be.
    each(/(由|从|到|达到|增加到|提高到|增至|降至|为|共|有|累计)(年的?|人次|人|张|台|名|家|所|个|元|万元|亿元|平方米|次)(?=[^\u4e00-\u9fff]|[增提降减到为，。；的]|$)/g, text, (m) =>
      add('缺失的数字', `“${m[0]}”中少了数字，原文的数字被删掉了。请对照原始材料补上，找不到就删去这半句。`, m.index!, m[0].length));
    each(/(^|[，。；：])年(是|全|的|，)/g, text, (m) => add('缺失的数字', '年份被删掉了（“年是…”）。请补上年份。', m.index!, m[0].length));
    // Years with five or more digits, or after the publication year.
    each(/(?<!\d)(\d{4,})年/g, text, (m) => {
      const year = Number(m[1]);
      if (m[1]!.length > 4) add('不可能的年份', `“${m[0]}”不是有效的年份（原文年份已损坏）。请对照原始材料改正。`, m.index!, m[0].length);
      else if (publishedYear && year > publishedYear && !/(到|至|前|以前|目标|规划|远景|计划)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4)) && year > publishedYear + 15)
        add('不可能的年份', `${year}年远晚于发布年份${publishedYear}年，请核对。`, m.index!, m[0].length);
      else if (publishedYear && year > publishedYear) add('晚于发布日期的年份', `${year}年晚于发布年份${publishedYear}年。如果不是规划目标，请核对。`, m.index!, m[0].length);
    });
    // Percentages over 100 where they cannot be (not a growth rate).
    each(/(\d+(?:\.\d+)?)%/g, text, (m) => {
      if (Number(m[1]) > 100 && !GROWTH_BEFORE.test(text.slice(0, m.index!))) add('超过100%的比例', `“${m[0]}”超过100%，这里不应如此，数字可能已损坏。请核对。`, m.index!, m[0].length);
    });
    // Anonymised places.
    each(/[XxＸｘ×]{2}(县区|县|区|市|省|镇|乡|村|街道)/g, text, (m) =>
      add('匿名地名', `“${m[0]}”是被隐去的地名。保留原样；文章的地区请编辑自行判断填写。`, m.index!, m[0].length));
    // Spun vocabulary; longer entries come first and cover the shorter ones inside them.
    const covered: [number, number][] = [];
    for (const [spun, original] of SPUN_WORDS) {
      each(new RegExp(spun, 'g'), text, (m) => {
        const [start, end] = [m.index!, m.index! + m[0].length];
        if (covered.some(([a, b]) => start < b && end > a)) return;
        covered.push([start, end]);
        add('疑似洗稿用词', `“${spun}”疑似机器替换，原词可能是“${original}”。`, start, m[0].length);
      });
    }
  });
  return flags;
}

const CONNECTIVES = /^(并|而|但|且|从而|同时|随即|此中|其中|以|要|和|及|与|对|在|为|以及|因此|所以|则)[，,]?/;

/** Sentences that start mid-thought or end without a verb: signs of shuffled text. */
export function findShuffledSentences(paragraphs: Paragraph[]): Flag[] {
  const flags: Flag[] = [];
  paragraphs.forEach(({ id, text }) => {
    if (text.startsWith('#')) return;
    const sentences = text.split(/(?<=[。！？])/).map((s) => s.trim()).filter(Boolean);
    for (const sentence of sentences) {
      const length = Array.from(sentence).length;
      if (CONNECTIVES.test(sentence) && sentences.indexOf(sentence) === 0 && length < 60) {
        flags.push({ kind: '语句不连贯', note: '句子以连接词开头，像是从中间截断或被打乱了顺序。请对照原文核对。', excerpt: sentence, id });
      } else if (/[，、；]$/.test(sentence) || (length <= 5 && /。$/.test(sentence))) {
        flags.push({ kind: '语句不连贯', note: '句子没有说完（以逗号结尾或过短），可能被打乱了顺序。请对照原文核对。', excerpt: sentence, id });
      }
    }
    if (!/[。！？”）)：:]$/.test(text) && Array.from(text).length > 30) {
      flags.push({ kind: '语句不连贯', note: '段落没有以句号结束，可能被截断。请对照原文核对。', excerpt: Array.from(text).slice(-20).join(''), id });
    }
  });
  return flags;
}

/** How "spun" the page looks, 0–100: spun words and broken sentences per 1,000 characters. */
export function spinScore(paragraphs: Paragraph[], flags: Flag[]): number {
  const characters = paragraphs.reduce((sum, { text }) => sum + Array.from(text).length, 0);
  if (characters === 0) return 0;
  const signals = flags.filter((flag) => flag.kind === '疑似洗稿用词' || flag.kind === '语句不连贯').length;
  return Math.min(100, Math.round((signals / characters) * 1000 * 5));
}

/** --unspin: replace each known spun word with its likely original. */
export interface Replacement {
  id: number;
  spun: string;
  original: string;
}

export function unspin(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; replaced: Replacement[] } {
  const replaced: Replacement[] = [];
  const result = paragraphs.map(({ id, text }) => {
    let current = text;
    for (const [spun, original] of SPUN_WORDS) {
      const count = current.split(spun).length - 1;
      for (let i = 0; i < count; i++) replaced.push({ id, spun, original });
      current = current.replaceAll(spun, original);
    }
    return { id, text: current };
  });
  return { paragraphs: result, replaced };
}
