// Text damage that portals and content farms leave in reports: numbers cut or
// stripped, machine-spun words, pinyin spliced into characters, page furniture
// pasted into the text. One set of rules: the importer flags these spots, the
// checker refuses them until a person records that the text is right.
import { DAMAGE_RULE_LABELS, type DamageRuleId } from './rule-ids.ts';
import { SPUN_WORDS } from './spun-words.ts';
import { entriesOf } from '../util/keys.ts';
import { FURNITURE_LINE_MAX, furnitureKindOf } from './furniture.ts';
import { findSpam } from './spam.ts';
import { findRareCharacters } from './rare-characters.ts';

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
// Figures replaced by x (范文 sites and templates): "就诊率x%以上", "住院x人次", "达XXXX.XX万人次", "第X批",
// "由X增加到X", "20XX年"; 某 before %, 万 or 亿. Not X线, X光, 46,XX, X染色体, x轴, 3×10⁹/L or ××医院:
// a placeholder stands where a number belongs, before a unit or after 第, 由, 到.
const PLACEHOLDER = '(?<![A-Za-z0-9.×])(?:[xX]{1,4}(?:\\.[xX]{1,3})?|[×Ｘｘ]{1,4})(?![A-Za-z0-9])';
const FIGURE_UNIT_WORDS =
  '(?:%|％|‰|个百分点|個百分點|倍|人次|万人次|剂次|劑次|人|个月|個月|个|個|家|所|名|位|张|張|台|项|項|例|次|剂|劑|座|辆|輛|件|户|戶|支|床|批|场|期|篇|条|條|份|类|種|种|处|處|套|块|部|天|岁|歲|元|平方米|公里|小时|分钟|周|吨|册|冊|年|月|日)';
const FIGURE_UNITS = `(?:余|多)?(?:万|萬|亿|億|千)?${FIGURE_UNIT_WORDS}`;
// Words that begin with a measure word: "XX人民医院", "××项目", "XX家庭" name something; they count
// nothing. ("XX家医疗机构", "XX名医生" do: 家 and 名 are units there.)
const NAMED =
  '(?!人民|人员|人員|人口|人群|人才|人大|人社|人事|人体|人工|人类|个人|個人|个体|个案|个别|家庭|家属|所长|所属|名单|名称|位置|台账|项目|項目|例会|次数|件事|户籍|支部|支持|床位|批复|批准|场所|期间|条例|份额|类别|种类|处理|套餐|部门|部長|部长|天然|年度|年级|岁月|元旦|月份|日常|日报)';
const placeholderFigure = matches(
  new RegExp(
    [
      `${PLACEHOLDER}${NAMED}(?=${FIGURE_UNITS})`,
      // 第X批, not 凝血第X因子 (a factor's name).
      `(?<=第)${PLACEHOLDER}(?!因子)`,
      `(?<=由|从|從)${PLACEHOLDER}(?=增|提|降|减|減|上升|到|至)`,
      `(?<=到|至)${PLACEHOLDER}(?=[，。；、,;）)]|$)`,
      // 20XX年, 201x年: a year's last digits.
      `(?<=\\d{2})[xX]{2}(?=年)|(?<=\\d{3})[xX](?=年)`,
      // 某 before a percentage, or before 万/亿 and a unit ("某万达广场" is a name).
      `某(?=[%％]|[万萬亿億](?:${FIGURE_UNIT_WORDS}|[，。；、,;]|$))`,
    ].join('|'),
    'gmu',
  ),
);
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
  // "增长%": a percent sign straight after a character (after 某 it is a placeholder, above); a table header ("| 增长% |") or a ratio's name ("构成比%") is a label.
  (text) => percentAfterCharacter(text).filter(({ start }) => !/[比率某]$/.test(text.slice(start - 1, start)) && !isTableRow(text, start)),
  matches(/(?:人员|人数)(?:万人次|人次)(?=[，。；、]|$)/gmu),
  placeholderFigure,
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
// Without a tone a reading is a word or an abbreviation ((min), (DRG)) — unless every
// character around it has one: "我(Wo)国(Guo)最(Zui)新(Xin)" is a splice throughout, and
// the "(?)" it leaves after punctuation goes with it.
const TONELESS_RUN = 3;
const TONELESS_UNITS = /^(?:min|ng|mg|ml|kg|cm|mm|km|nm|dl|pa|mol|mmol|ph)$/i;
// One character between readings, or a few with the "(?)" of a punctuation mark (":(?)卫").
const PINYIN_GAP = 6;
const pinyin: Finder = (text) => {
  const found: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.includes('(') || line.includes('（'))
      for (const hit of pinyinInLine(line)) found.push({ start: start + hit.start, end: start + hit.end });
    start += line.length + 1;
  }
  return found;
};
function pinyinInLine(line: string): { start: number; end: number }[] {
  const marked = (m: RegExpMatchArray) => /[1-5]/.test(m[1]!) || [...m[1]!.toLowerCase()].some((c) => TONED.includes(c));
  // A toneless one counts only with two letters or more and not a unit: 年龄(a)、时间(min) are units.
  const readings = Array.from(line.matchAll(READING)).filter(
    (m) =>
      READING_SHAPE.test(stripTones(m[1]!.toLowerCase())) &&
      /[a-zü]/i.test(m[1]!) &&
      (marked(m) || (m[1]!.length >= 2 && !TONELESS_UNITS.test(m[1]!))),
  );
  // Readings one character apart, TONELESS_RUN or more in a row.
  const inRun = new Set<RegExpMatchArray>();
  const gapBefore = (j: number) => readings[j]!.index! - (readings[j - 1]!.index! + readings[j - 1]![0].length);
  let runStart = 0;
  for (let j = 1; j <= readings.length; j++) {
    if (j < readings.length && gapBefore(j) <= PINYIN_GAP) continue;
    if (j - runStart >= TONELESS_RUN) for (const m of readings.slice(runStart, j)) inRun.add(m);
    runStart = j;
  }
  const hits = readings.filter((m) => marked(m) || inRun.has(m)).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (inRun.size)
    for (const m of line.matchAll(/(?<=[，,:：。；;、])[(（]\?[)）]/g)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits.sort((a, b) => a.start - b.start);
}

/** Whether a whole line is page furniture (the importer removes every such line). */
export const isFurnitureLine = (line: string) => furnitureLine(maskMarkup(line)).length > 0;

const furnitureLine: Finder = (line) => {
  if (!furnitureKindOf(line)) return [];
  const text = line.replace(/^\s*(?:#+|[-*+]|>|\d+[.、])\s*/, '').trim();
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
  'spam-text': [() => true, findSpam],
  'rare-characters': [() => true, findRareCharacters],
};
const MARKUP = /[`<\]h]|www\./;

/** A rule of whole lines (furniture) or of runs inside one (spam), line by line; only lines up to `longest` are looked at. */
function shortLines(find: Finder, longest = FURNITURE_LINE_MAX + 10): Finder {
  return (text) => {
    const found: ReturnType<Finder> = [];
    let start = 0;
    for (const line of text.split('\n')) {
      if (line.length <= longest && line.trim())
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
