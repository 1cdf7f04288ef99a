// The text-damage rules: each kind of damage is found with its spot, and a
// corpus of valid but unusual sentences passes untouched. Grow the corpus
// whenever a rule is tightened: a rule with false alarms is a bug.
import { describe, expect, test } from 'vitest';
import { findDamage, isFurnitureLine, removePinyinReadings, replaceSpunWords } from '../../src/lib/text/damage.ts';
import { MUST_PASS } from '../support/must-pass.ts';

const hits = (line: string) => findDamage([line]).map((hit) => [hit.rule, hit.match]);

describe('damage is found, with the damaged text', () => {
  test.each([
    ['建档率达到88.此中重点人群签约率稳步提升。', ['cut-number', '88.']],
    ['执业医师注册别离达2.鼎力推进', ['cut-number', '2.']],
    ['全年诊疗量达到88.', ['cut-number', '88.']],
    ['藏书，07万册，均已编目。', ['cut-number-front', '07']],
    ['床位数达到每千人，05人/千人。', ['cut-number-front', '05']],
    ['门诊量增长%，住院量持平。', ['stripped-number', '%']],
    ['全年服务达到人次。', ['stripped-number', '达到人次']],
    ['卫生技术人员人次，比上年增加。', ['stripped-number', '人员人次']],
    ['比上年提高个百分点。', ['stripped-number', '提高个百分点']],
    ['门诊量达万人次。', ['stripped-number', '达万人次']],
    ['人均预期寿命达到岁。', ['stripped-number', '达到岁']],
    ['村衛生室由個增加到個。', ['stripped-number', '由個']],
    ['床位總數達到張。', ['stripped-number', '達到張']],
    ['202223年，全区参合率达96%。', ['garbled-year', '202223年']],
    ['加强县级病院建设。', ['spun-word', '病院']],
    ['推进根基公共卫生服务均等化。', ['spun-word', '根基']],
    ['社区卫生办事中心全部达标。', ['spun-word', '办事']],
    ['全面实行打算生育政策。', ['spun-word', '打算生育']],
    ['常住生齿约31万。', ['spun-word', '生齿']],
    ['各级财务投入持续增加。', ['spun-word', '财务']],
    ['衛(wèi)生健康工作', ['pinyin', '(wèi)']],
    ['卫(wei4)生院', ['pinyin', '(wei4)']],
    ['醫（yī）療服務', ['pinyin', '（yī）']],
    ['衛(wèishēng)生健康', ['pinyin', '(wèishēng)']],
    ['卫（Wèi）生院', ['pinyin', '（Wèi）']],
    ['当前位置：首页 > 工作动态', ['furniture', '当前位置：首页 > 工作动态']],
    ['分享到：微信 微博 QQ空间', ['furniture', '分享到：微信 微博 QQ空间']],
    ['【打印本页】【关闭窗口】', ['furniture', '【打印本页】【关闭窗口】']],
    ['【字体：大 中 小】', ['furniture', '【字体：大 中 小】']],
    ['浏览次数：1024', ['furniture', '浏览次数：1024']],
    ['上一篇：关于做好秋冬季疫情防控的通知', ['furniture', '上一篇：关于做好秋冬季疫情防控的通知']],
    ['责任编辑：王某', ['furniture', '责任编辑：王某']],
    ['免责声明：本站部分内容来自网络', ['furniture', '免责声明：本站部分内容来自网络']],
    ['发表评论', ['furniture', '发表评论']],
    ['抢沙发', ['furniture', '抢沙发']],
    ['下载文档', ['furniture', '下载文档']],
    ['扫一扫在手机打开当前页', ['furniture', '扫一扫在手机打开当前页']],
    ['网站备案号：湘ICP备00000000号', ['furniture', '网站备案号：湘ICP备00000000号']],
  ])('%s', (line, expected) => {
    expect(hits(line)).toContainEqual(expected);
  });

  test('a stripped sentence shows every missing number', () => {
    expect(hits('村卫生室由年的个增加到个。')).toEqual([
      ['stripped-number', '由年'],
      ['stripped-number', '年的个'],
      ['stripped-number', '增加到个'],
    ]);
  });

  test('each hit has its line and an excerpt around it', () => {
    const [hit] = findDamage(['正常的一行。', '', '全区建档率达到88.此中重点人群']);
    expect(hit).toMatchObject({ lineIndex: 2, start: 7, end: 10, excerpt: '全区建档率达到88.此中重点人群' });
  });
});

describe('valid but unusual text passes', () => {
  test.each(MUST_PASS)('%s', (line) => {
    expect(hits(line)).toEqual([]);
  });
});

describe('the importer’s use of the same rules', () => {
  test('unspin replaces only where the word is a swap', () => {
    expect(replaceSpunWords('县级病院和精神病院').text).toBe('县级医院和精神病院');
    expect(replaceSpunWords('根基公共卫生，夯实根基').text).toBe('基本公共卫生，夯实根基');
    expect(replaceSpunWords('街道办事处，卫生办事站').replaced).toEqual([{ spun: '办事', original: '服务' }]);
  });

  test('pinyin readings are removed, brackets that are not readings stay', () => {
    expect(removePinyinReadings('衛(wèi)生健康委（wěi）員會')).toBe('衛生健康委員會');
    expect(removePinyinReadings('执业(助理)医师 (DRG) 标准(2019)版 分为（a）类')).toBe('执业(助理)医师 (DRG) 标准(2019)版 分为（a）类');
  });

  test('furniture lines are whole short lines, never sentences', () => {
    expect(isFurnitureLine('## 分享到：')).toBe(true);
    expect(isFurnitureLine('群众扫一扫二维码即可预约挂号。')).toBe(false);
  });
});

test('the importer flags exactly what the checker refuses', async () => {
  const { findFlags } = await import('../../src/lib/import/flags.ts');
  const { DAMAGE_RULE_IDS } = await import('../../src/lib/text/rule-ids.ts');
  const lines = [
    '建档率达到88.此中重点人群',
    '藏书，07万册',
    '由年的个增加到个',
    '202223年，全区',
    '县级病院和下层医疗',
    '衛(wèi)生院',
    '门诊量增长%。',
  ];
  const checker = findDamage(lines).map((hit) => [hit.lineIndex, hit.rule, hit.match]);
  const importer = findFlags(
    lines.map((text, id) => ({ id, text })),
    undefined,
  )
    .filter((flag) => (DAMAGE_RULE_IDS as string[]).includes(flag.rule))
    .map((flag) => [flag.id, flag.rule, flag.match]);
  expect(importer).toEqual(checker);
  expect(new Set(checker.map(([, rule]) => rule)).size).toBe(6);
});
