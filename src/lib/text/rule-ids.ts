// The names of the text-damage rules, as editors write them in `reviewed:`.
// Constants only, so the article schema can list them without the rules.
import { keysOf } from '../util/keys.ts';

/** Rules the checker applies to every article; a reviewed exception may accept one spot. */
export const DAMAGE_RULE_LABELS = {
  'cut-number': '截断的数字',
  'cut-number-front': '缺了开头的数字',
  'stripped-number': '缺失的数字',
  'garbled-year': '损坏的年份',
  'spun-word': '疑似洗稿用词',
  pinyin: '插入的拼音注音',
  furniture: '网页残留文字',
  'spam-text': '垃圾关键词',
  'rare-characters': '生僻字乱码',
} as const;
export type DamageRuleId = keyof typeof DAMAGE_RULE_LABELS;
export const DAMAGE_RULE_IDS = keysOf(DAMAGE_RULE_LABELS);

/**
 * Questions the importer leaves for a person: spots no rule can re-detect
 * (sentence order, a hidden place name), answered in `reviewed:` with a note.
 */
export const QUESTION_LABELS = {
  'sentence-order': '语句不连贯',
  'anonymised-place': '匿名地名',
  'late-year': '晚于发布日期的年份',
  'over-100-percent': '超过100%的比例',
} as const;
export type QuestionId = keyof typeof QUESTION_LABELS;

// Object.keys is typed string[]; these are the keys of the literal above.
export const REVIEWABLE_RULE_IDS = [...DAMAGE_RULE_IDS, ...keysOf(QUESTION_LABELS)];
export type ReviewableRuleId = DamageRuleId | QuestionId;

export const isDamageRuleId = (rule: string): rule is DamageRuleId => DAMAGE_RULE_IDS.some((id) => id === rule);
export const isReviewableRuleId = (rule: string): rule is ReviewableRuleId => REVIEWABLE_RULE_IDS.some((id) => id === rule);

export const REVIEWED_TEXT_MIN = 8;
/** A quote accepts every spot of its rule inside it, so it stays short: a sentence, not a paragraph. */
export const REVIEWED_TEXT_MAX = 60;
