import { expect, test } from 'vitest';
import { cleanTitle, findDate, findRegion, findSource, guessType } from '../../src/lib/import/metadata.ts';
import { findFlags, spinScore, unspin } from '../../src/lib/import/flags.ts';
import { removePinyin, removeRepeats, toParagraphs } from '../../src/lib/import/clean.ts';
import { escapeMdx } from '../../src/lib/import/draft.ts';
import { decodePage } from '../../src/lib/import/decode.ts';

const p = (...texts: string[]) => texts.map((text, id) => ({ id, text }));

test('dates: labelled or timed lines first, never a date range read as a day', () => {
  expect(findDate(['永州市2019年1-7月工作进展', '• 2019-09-13 08:52'])).toBe('2019-09-13');
  expect(findDate(['发布时间：2021年3月3日'])).toBe('2021-03-03');
  expect(findDate(['2019年1-7月进展'])).toBeUndefined();
  expect(findDate(['时间:2021-02-30'])).toBeUndefined();
});

test('source, region, type and title', () => {
  expect(findSource(['来源:未知', '(材料提供：永州市卫健委)'])).toBe('永州市卫健委');
  expect(findSource(['（黔江区卫生健康委员会）'])).toBe('黔江区卫生健康委员会');
  const regions = [
    { id: 'yongzhou', name: '永州市' },
    { id: 'xianyang', name: '咸阳市' },
  ];
  expect(findRegion('永州卫健委……咸阳……永州', regions)).toBe('yongzhou');
  expect(findRegion('某地', regions)).toBeUndefined();
  expect(guessType('关于开展义诊的通知')).toBe('notice');
  expect(guessType('上半年工作汇报')).toBe('report');
  expect(guessType('政策解读：家庭医生')).toBe('interpretation');
  expect(guessType('召开工作会议')).toBe('news');
  expect(cleanTitle('测试区推进家庭医生签约服务 - 健康养生百科网')).toBe('测试区推进家庭医生签约服务');
  expect(cleanTitle('关于A-B两地的通知')).toBe('关于A-B两地的通知');
});

test('pinyin readings go, brackets that are not readings stay', () => {
  const { paragraphs } = removePinyin(p('衛(wèi)生健康委（wěi）員會', '执业(助理)医师', '标准(2019)版'));
  expect(paragraphs.map((x) => x.text)).toEqual(['衛生健康委員會', '执业(助理)医师', '标准(2019)版']);
});

test('repeats: a duplicated paragraph and a doubled opening', () => {
  const twice = '第二段完整地印了两次，这是一个足够长的段落。';
  const { paragraphs, changes } = removeRepeats(
    p(
      '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。其余。甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。正文继续。',
      twice,
      twice,
      '（一）基本情况',
      '（一）基本情况',
    ),
  );
  expect(paragraphs.map((x) => x.text)).toEqual([
    '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。正文继续。',
    twice,
    '（一）基本情况',
    '（一）基本情况',
  ]);
  expect(changes.map((c) => c.kind)).toEqual(['重复的开头', '重复的段落']);
  expect(toParagraphs(['  • 一行  ', '', '\u3000两\u3000行'])).toEqual([
    { id: 0, text: '一行' },
    { id: 2, text: '两 行' },
  ]);
});

test('flags: growth over 100% is fine, a share over 100% is not; years after publication', () => {
  const kinds = (text: string, year?: number) => findFlags(p(text), year).map((flag) => flag.kind);
  expect(kinds('门诊量同比增长130%。')).toEqual([]);
  expect(kinds('参合率达130%。')).toEqual(['超过100%的比例']);
  expect(kinds('2025年完成建设。', 2020)).toEqual(['晚于发布日期的年份']);
  expect(kinds('力争到2025年完成建设。', 2020)).toEqual(['晚于发布日期的年份']);
  expect(kinds('共有医院12所，床位1200张。')).toEqual([]);
  expect(kinds('床位数从张增加到张。')).toEqual(['缺失的数字', '缺失的数字']);
  expect(kinds('病院', undefined)).toEqual(['疑似洗稿用词']);
  expect(kinds('根基公共卫生')).toEqual(['疑似洗稿用词']); // one flag, not also for 根基
});

test('unspin lists every replacement; the spin score rises with spun words', () => {
  const result = unspin(p('病院和病院的下层医疗'));
  expect(result.paragraphs[0]!.text).toBe('医院和医院的基层医疗');
  expect(result.replaced.map((r) => r.spun)).toEqual(['病院', '病院', '下层']);
  const clean = p('全市医院床位数稳步增加，基层服务能力持续提升。');
  const spun = p('全市病院床位数稳步增加，下层办事能力持续提拔。');
  expect(spinScore(clean, findFlags(clean, undefined))).toBe(0);
  expect(spinScore(spun, findFlags(spun, undefined))).toBeGreaterThan(50);
});

test('draft text is escaped for MDX; decoding refuses binary and empty files', () => {
  expect(escapeMdx('a<b {c}')).toBe('a\\<b \\{c\\}');
  expect(decodePage(new Uint8Array())).toMatchObject({ ok: false });
  expect(decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toMatchObject({ ok: false });
  expect(decodePage(new TextEncoder().encode('\uFEFF卫生'))).toEqual({ ok: true, text: '卫生', encoding: 'UTF-8' });
});

test('a source named in a disclaimer is not the report’s source', () => {
  expect(findSource(['（测试区卫生健康委）', '【免责声明】未标有“来源：某某新闻”的稿件均为转载稿。'])).toBe('测试区卫生健康委');
  expect(findSource(['【免责声明】未标有“来源：某某新闻”的稿件均为转载稿。'])).toBeUndefined();
});
