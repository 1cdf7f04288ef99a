// Text damage that portals and content farms leave in reports: numbers cut or
// stripped, machine-spun words, pinyin spliced into characters, page furniture
// pasted into the text. One set of rules: the importer flags these spots, the
// checker refuses them until a person records that the text is right.
import { DAMAGE_RULE_LABELS, type DamageRuleId } from './rule-ids.ts';
import { SPUN_WORDS } from './spun-words.ts';
import { entriesOf } from '../util/keys.ts';

export interface DamageHit {
  rule: DamageRuleId;
  /** 0-based index of the line in the text given. */
  lineIndex: number;
  /** Start and end of the damaged spot in that line (UTF-16 offsets). */
  start: number;
  end: number;
  /** The damaged text itself. */
  match: string;
  /** A short excerpt around it, for messages and reports. */
  excerpt: string;
  /** For a spun word: the word the report most likely used. */
  original?: string;
}

const HAN = '\\u3400-\\u9fff';

/** Markup that is not text: component tags, HTML tags, link targets, URLs, inline code. Same length, so offsets hold. */
export function maskMarkup(line: string): string {
  const blank = (text: string) => '#'.repeat(text.length);
  return line
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<\/?[A-Za-z][^>\n]*>/g, blank)
    .replace(/\]\([^)\n]*\)/g, (text) => `](${blank(text.slice(2, -1))})`)
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>()（）\u3000-\u303f\uff00-\uffef]+/gi, blank);
}

export function excerptAround(line: string, start: number, end: number, width = 10): string {
  const before = Array.from(line.slice(0, start)).slice(-width).join('');
  const after = Array.from(line.slice(end)).slice(0, width).join('');
  return `${before}${line.slice(start, end)}${after}`.trim();
}

type Finder = (line: string) => { start: number; end: number; original?: string }[];

// exec over one global regex, not matchAll: matchAll clones the regex on every call,
// which made the check three times slower over the 660,000 lines of the 10,000-article archive.
const matches =
  (pattern: RegExp): Finder =>
  (line) => {
    const found: { start: number; end: number }[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      found.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return found;
  };

// "达到88.此中": digits and a point, then text. A list or heading number ("1. 新建")
// has no character before it; a decimal (88.5) or a dotted date (2019.07.31) has a digit after the point.
// 图1.、表2.、附件1.、第3.、如下1. number a figure, table, attachment or list item.
const NUMBER_LABELS = ['图', '表', '附件', '附表', '附图', '第', '如下', '步骤', '条', '款', '项'];
const cutAfterPointCandidates = matches(new RegExp(`(?<=[${HAN}])\\d+\\.(?=[${HAN}]|$)`, 'gmu'));
const cutAfterPoint: Finder = (text) =>
  cutAfterPointCandidates(text).filter(({ start }) => !NUMBER_LABELS.some((label) => text.startsWith(label, start - label.length)));

// "，07万册": a fragment left after the front digits were cut. A date (2019-07),
// a code or postcode (030600), a phone number (0354-…) and a decimal (0.5) have no unit right after.
const cutAtFront = matches(/(?<=^|[，。；：、（(\s“"])0\d{1,2}(?:\.\d+)?(?=[万亿千百十个人张家所名元次台项例座册%‰])/gmu);

// Simplified and Traditional forms: a draft imported with --keep-traditional is held to the same rules.
const VERBS =
  '增加到|增长到|增長到|提高到|提升到|下降到|减少到|減少到|降低到|增加至|提高至|减少至|減少至|增至|降至|降到|达到|達到|共计|共計|累计|累計|合计|合計|总计|總計';
const UNITS =
  '万人次|萬人次|人次|万人|萬人|万元|萬元|亿元|億元|平方米|岁|歲|人|个|個|张|張|台|臺|名|家|所|元|次|项|項|例|座|册|冊|辆|輛|件|户|戶|支|床|牀';
// After the unit: punctuation or the next verb, where the number should have stood ("由个增加到个").
const AFTER_UNIT = '(?=[，。；、,;）)]|增|提|降|减|上升|到|至|的|和|及|以上|左右|$)';
const STRIPPED: readonly Finder[] = [
  matches(new RegExp(`(?:${VERBS})(?:${UNITS})${AFTER_UNIT}`, 'gmu')),
  // "由个增加到个": after 由/从 only a change verb or punctuation proves the number gone ("从人的全生命周期" is a phrase).
  matches(new RegExp(`(?:由|从|從)(?:${UNITS})(?=[，。；、,;]|增|提|降|减|減|上升|$)`, 'gmu')),
  // "提高个百分点", "达万人次": a change or a total with only its unit left.
  matches(/(?:提高|提升|下降|增长|增長|增加|降低|上升|减少|減少)了?(?:个|個)百分点/gmu),
  matches(/(?:达|達)(?:万|萬|亿|億)(?:人次|人|元)/gmu),
  // "由年的…": the year itself is gone.
  matches(/(?:由|从)年(?=的|起|至|到|[，。；、]|增|提|降|减|$)/gmu),
  // "年的个增加": a measure word after 的 with nothing counted.
  matches(/年的(?:个|人|张|所|家|名)(?=增|提|降|减|到|，)/gu),
  // "增长%": a percent sign straight after a character; a table header ("| 增长% |") or a ratio's name ("构成比%") is a label.
  (text) => percentAfterCharacter(text).filter(({ start }) => !/[比率]$/.test(text.slice(start - 1, start)) && !isTableRow(text, start)),
  matches(/(?:人员|人数)(?:万人次|人次)(?=[，。；、]|$)/gmu),
];
const percentAfterCharacter = matches(new RegExp(`(?<=[${HAN}])[%％]`, 'gmu'));
/** Whether the position is in a Markdown table row (a line starting with "|"). */
const isTableRow = (text: string, position: number) => /^\s*\|/.test(text.slice(text.lastIndexOf('\n', position) + 1));
const strippedNumber: Finder = (line) => STRIPPED.flatMap((find) => find(line));

// "202223年": five or more digits before 年. A plan's target year (到2025年) has four.
const garbledYear = matches(/(?<![\d.])\d{5,}年/gu);

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE_SOURCE =
  '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|iao|uai|üan|van|ai|ei|ao|ou|an|en|in|un|ün|vn|ia|ie|iu|ua|uo|ui|üe|ve|ue|er|a|o|e|i|u|ü|v)|ng|hm|hng|m|n)';
// One or two syllables ("wèi", "wèishēng"), each maybe with a tone digit.
const READING_SHAPE = new RegExp(`^(?:${SYLLABLE_SOURCE}[1-5]?){1,2}$`);
const stripTones = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/u\u0308/g, 'ü');

// "衛(wèi)生", "卫(wei4)生", "衛(Wèishēng)生": a reading in brackets right after a character,
// with a tone mark or a tone digit. Without one it is a word or an abbreviation ((min), (DRG), (a)).
const READING = new RegExp(`(?<=[${HAN}])[(（]([A-Za-zü${TONED}1-5]{1,14})[)）]`, 'gu');
const pinyin: Finder = (line) =>
  Array.from(line.matchAll(READING))
    .filter((m) => {
      const reading = m[1]!.toLowerCase();
      const marked = /[1-5]/.test(reading) || [...reading].some((c) => TONED.includes(c));
      return marked && READING_SHAPE.test(stripTones(reading)) && /[a-zü]/.test(reading);
    })
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

/** Page furniture checked by the checker: whole short lines from a portal's frame, never a sentence of a report. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^(?:当前位置|您现在的位置|您的位置|當前位置|現在位置)[:：]/,
  /^(?:首页|网站首页|首頁)\s*[>›»]/,
  /^(?:分享到|一键分享|分享[:：])/,
  /^(?:【?打印本页】?|【?打印此页】?|【?关闭窗口】?|【打印】|\[打印\]|【关闭】|【收藏】)+$/,
  /^【?(?:字体|字號|字号|字體|字体大小)[:：]/,
  /^(?:浏览次数|瀏覽次數|阅读次数|点击数|访问量|阅读量|浏览|阅读|点击)[:：]\s*\d+\s*次?$|(?:阅读|浏览|点击)(?:次数|量)?[:：]\s*\d+\s*次?$/,
  /^(?:上一篇|下一篇|上一条|下一条)[:：]/,
  /^[(（]?(?:责任编辑|責任編輯|编辑|审核|審核)[:：]\s*[^\s，。；：:]{1,12}[)）]?$/,
  /^【?免责声明】?(?:[:：]|$)|^【声明】/,
  /^(?:发表评论|我要评论|网友评论|抢沙发)|^已有\s*\d+\s*条评论|^评论\s*[（(]\d*[)）]$/,
  /^【?(?:下载文档|下载本文|立即下载|付费下载)】?$/,
  /^(?:扫一扫|掃一掃)(?:在手机打开当前页|在手機打開當前頁|分享|关注我们|關注我們)?$|^扫描二维码(?:分享|关注)/,
  /ICP备\s*\d|公网安备|網安備|^(?:网站)?备案号[:：]/i,
];

/** Whether a whole line is page furniture (the importer removes every such line). */
export const isFurnitureLine = (line: string) => furnitureLine(maskMarkup(line)).length > 0;

const ANY_FURNITURE = new RegExp(FURNITURE_LINES.map((pattern) => pattern.source).join('|'), 'i');
const furnitureLine: Finder = (line) => {
  const text = line.replace(/^\s*(?:#+|[-*+]|>|\d+[.、])\s*/, '').trim();
  if (!text || text.startsWith('|') || Array.from(text).length > 50 || /[。！？]$/.test(text)) return [];
  if (!ANY_FURNITURE.test(text)) return [];
  const start = line.indexOf(text);
  return [{ start, end: start + text.length }];
};

const ANY_SPUN = new RegExp(SPUN_WORDS.map((word) => word.spun).join('|'));
const spunWords: Finder = (line) => {
  const found: { start: number; end: number; original: string }[] = [];
  if (!ANY_SPUN.test(line)) return found;
  for (const word of SPUN_WORDS) {
    for (let index = line.indexOf(word.spun); index !== -1; index = line.indexOf(word.spun, index + 1)) {
      const end = index + word.spun.length;
      const before = line.slice(0, index);
      const after = line.slice(end);
      const endsWith = (list?: readonly string[]) => list?.some((w) => before.endsWith(w)) ?? false;
      const startsWith = (list?: readonly string[]) => list?.some((w) => after.startsWith(w)) ?? false;
      const inContext = word.always || (!word.before && !word.after) || endsWith(word.before) || startsWith(word.after);
      const realWord = !word.always && (endsWith(word.notBefore) || startsWith(word.notAfter));
      if (!inContext || realWord) continue;
      if (found.some((hit) => index < hit.end && end > hit.start)) continue;
      found.push({ start: index, end, original: word.original });
    }
  }
  return found;
};

// Each rule with a cheap test of whether it can match at all. The rules run over
// the whole text at once (not line by line): the check reads every line of
// 10,000 articles, and one regex pass per text is several times faster.
const FINDERS: Record<DamageRuleId, [mayMatch: (text: string) => boolean, find: Finder]> = {
  'cut-number': [(text) => text.includes('.'), cutAfterPoint],
  'cut-number-front': [(text) => text.includes('0'), cutAtFront],
  'stripped-number': [() => true, strippedNumber],
  'garbled-year': [(text) => text.includes('年'), garbledYear],
  'spun-word': [() => true, spunWords],
  pinyin: [(text) => text.includes('(') || text.includes('（'), pinyin],
  furniture: [() => true, shortLines(furnitureLine)],
};
const MARKUP = /[`<\]h]|www\./;

/** Furniture is a whole line: only short lines are looked at. */
function shortLines(find: Finder): Finder {
  return (text) => {
    const found: ReturnType<Finder> = [];
    let start = 0;
    for (const line of text.split('\n')) {
      if (line.length <= 120 && line.trim())
        for (const hit of find(line)) found.push({ ...hit, start: hit.start + start, end: hit.end + start });
      start += line.length + 1;
    }
    return found;
  };
}

/** Every damaged spot in `lines`, in line order. Markup (tags, link targets, URLs) is not text and is skipped. */
export function findDamage(lines: readonly string[]): DamageHit[] {
  const raw = lines.join('\n');
  const text = MARKUP.test(raw) ? maskMarkup(raw) : raw;
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const lineAt = (position: number) => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const hits: DamageHit[] = [];
  for (const [rule, [mayMatch, find]] of entriesOf(FINDERS)) {
    if (!mayMatch(text)) continue;
    for (const { start, end, original } of find(text)) {
      const lineIndex = lineAt(start);
      const line = lines[lineIndex]!;
      const [from, to] = [start - lineStarts[lineIndex]!, end - lineStarts[lineIndex]!];
      hits.push({ rule, lineIndex, start: from, end: to, match: line.slice(from, to), excerpt: excerptAround(line, from, to), original });
    }
  }
  return hits.sort((a, b) => a.lineIndex - b.lineIndex || a.start - b.start);
}

/** The rule's name in Chinese, for messages and reports. */
export const damageLabel = (rule: DamageRuleId) => DAMAGE_RULE_LABELS[rule];

/** --unspin: each spun word replaced by its likely original, in the contexts where it is a swap. */
export function replaceSpunWords(line: string): { text: string; replaced: { spun: string; original: string }[] } {
  const hits = spunWords(maskMarkup(line)).sort((a, b) => b.start - a.start);
  let text = line;
  for (const hit of hits) text = text.slice(0, hit.start) + hit.original! + text.slice(hit.end);
  return { text, replaced: hits.reverse().map((hit) => ({ spun: line.slice(hit.start, hit.end), original: hit.original! })) };
}

/** Pinyin readings removed from a line ("衛(wèi)生" → "衛生"). */
export function removePinyinReadings(line: string): string {
  const hits = pinyin(line).sort((a, b) => b.start - a.start);
  let text = line;
  for (const hit of hits) text = text.slice(0, hit.start) + text.slice(hit.end);
  return text;
}
