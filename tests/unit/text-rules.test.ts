// The damage rules by kind (issue 27): each finds its damage in the forms the real
// web has, and spares the look-alikes named beside it. The must-pass corpus
// (tests/support/must-pass.ts) runs through every rule at once in text-damage.test.ts.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { findDamage } from '../../src/lib/text/damage.ts';
import { findMojibake, repairMojibake } from '../../src/lib/text/mojibake.ts';
import { isOrdinaryHan, isRareHan, scriptOnly } from '../../src/lib/text/ordinary-characters.ts';
import { findSpam, isSpamLine } from '../../src/lib/text/spam.ts';
import { furnitureKindOf } from '../../src/lib/text/furniture.ts';
import { MUST_PASS } from '../support/must-pass.ts';

const hits = (text: string, rule?: string) =>
  findDamage(text.split('\n'))
    .filter((hit) => !rule || hit.rule === rule)
    .map((hit) => hit.match);

describe('spam-text: a list and the trade’s vocabulary together', () => {
  test.each([
    ['a comma list of porn phrases', '精品国产一区二区,免费观看中文字幕,色综合亚洲最大网站'],
    ['phrases joined by spaces and commas', '午夜影院在线观看,永久免费 熟女人妻合集,欧美日韩成人视频'],
    ['underscores, as farm titles join them', '成人网站免费_中文字幕高清_色婷婷影院_国产精品一区'],
    ['gambling', '百家乐 老虎机 开户送彩金'],
    ['loans and fake certificates', '网贷秒批,无抵押快速放款,办证刻章'],
    ['one known word a phrase', '皇冠体育 足球投注 体育博彩 在线赌博'],
    ['porn, one known word a phrase', 'AV女优 黄色视频 成人动漫'],
    ['loans, one known word a phrase', '高利贷 裸贷 网贷口子 不看征信'],
  ])('%s', (_, line) => {
    expect(isSpamLine(line)).toBe(true);
    expect(hits(line, 'spam-text')).toEqual([line]);
  });

  test('a run inside a sentence is found alone, the sentence around it is not', () => {
    const line = '全市召开会议。国产精品一区二区,中文字幕在线观看。会议要求加强管理。';
    expect(hits(line, 'spam-text')).toEqual(['国产精品一区二区,中文字幕在线观看']);
    expect(hits('门诊人次1234.5万快3官网，比上年增加。', 'spam-text')).toEqual(['快3官网']);
  });

  test('a list written one phrase a line is a list', () => {
    expect(findSpam('快3官网注册\n\n快3官网手机版下载\n正文第一段。')).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 17 },
    ]);
    // One such line alone, among prose, is a sentence's business.
    expect(findSpam('快3是一种彩票玩法\n正文第一段。')).toEqual([]);
  });

  test.each([
    '关于开展打击淫秽色情、网络赌博专项行动的通知',
    '严厉打击制作、贩卖、传播淫秽色情信息，整治网络赌博、电信诈骗等违法犯罪活动。',
    '健康科普精品视频征集活动',
    '健康证办理流程',
    '| 梅毒 | 淋病 | 艾滋病 | 尖锐湿疣 |',
    '健康科普视频合集 在线观看',
  ])('passes: %s', (line) => {
    expect(hits(line)).toEqual([]);
  });
});

describe('mojibake: re-read with another codec pair, certain and repaired', () => {
  const utf8AsGbk = iconv.decode(Buffer.from('《公报》显示，全国医疗卫生机构总数增加'), 'gbk');
  const utf8AsBig5 = iconv.decode(Buffer.from('衛生'), 'big5');
  const gbkAsBig5 = iconv.decode(iconv.encode('医疗卫生机构床位数', 'gbk'), 'big5');
  const big5AsGbk = iconv.decode(iconv.encode('公報顯示全國醫療衛生機構', 'big5'), 'gbk');
  const utf8AsLatin = iconv.decode(Buffer.from('医疗机构'), 'latin1');

  test.each([
    ['UTF-8 read as GBK', utf8AsGbk, '《公报》显示，全国医疗卫生机构总数增加'],
    ['GBK read as Big5, inside correct text', `正文里有 ${gbkAsBig5} 一段`, '正文里有 医疗卫生机构床位数 一段'],
    ['Big5 read as GBK, glued to correct text', `前面正确的文字${big5AsGbk}`, '前面正确的文字公報顯示全國醫療衛生機構'],
    ['UTF-8 read as Latin-1', utf8AsLatin, '医疗机构'],
  ])('%s', (_, damaged, written) => {
    const [hit] = findMojibake([damaged]);
    expect(hit?.kind).toBe('wrong-codec');
    expect(repairMojibake(damaged).text).toBe(written);
    expect(utf8AsBig5).not.toBe('衛生');
  });

  test('a repair starts where the damage starts: the correct character before it is kept', () => {
    expect(repairMojibake(`全市医院${iconv.decode(Buffer.from('，本'), 'gbk')}`).text).toBe('全市医院，本');
  });

  test('the replacement character and the known garbage are certain, not repairable', () => {
    expect(findMojibake(['卫生\uFFFD院', '锟斤拷', '烫烫烫烫']).map((hit) => [hit.kind, hit.match])).toEqual([
      ['replacement', '\uFFFD'],
      ['known-garbage', '锟斤拷'],
      ['known-garbage', '烫烫烫烫'],
    ]);
  });

  test.each([
    '亳州市涪陵区邕宁婺源喆氘䓬类药物',
    '衞生署爲羣眾服務',
    'Café résumé naïve',
    '香港衞生署公佈流感疫苗接種計劃',
    '凝血因子Ⅹ、46,XX',
  ])('passes: %s', (line) => {
    expect(findMojibake([line])).toEqual([]);
  });
});

describe('rare-characters: runs outside the 通用规范汉字表 and its Traditional forms', () => {
  test('the table and its Traditional forms are ordinary; damage is not', () => {
    for (const char of '亳涪邕婺喆氘䓬鼓楼衞爲羣裏報鳳') expect(isOrdinaryHan(char), char).toBe(true);
    for (const char of '㐀㐁珗鎶嬫樉') expect(isRareHan(char), char).toBe(true);
    expect([scriptOnly('凤'), scriptOnly('鳳'), scriptOnly('板')]).toEqual(['simplified', 'traditional', undefined]);
  });

  test('three in a row, or two odd ones beside "?" (the other script, a wedged "@")', () => {
    expect(hits('统计显示㐀㐁㐂三项指标', 'rare-characters')).toEqual(['㐀㐁㐂']);
    // As on a real farm page: text lost after "?!", in Traditional text, 凤 Simplified-only, "@" between characters.
    expect(hits('基層服務能力穩步提高?!㐁珗凤@指出,本年末', 'rare-characters')).toEqual(['?!㐁珗凤@']);
  });

  test.each([
    '亳州市涪陵区邕宁区婺源县',
    '李喆',
    '苯二氮䓬类药物',
    '衞生署爲羣眾',
    '您知道吗?家庭医生可以上门服务。',
    '是否需要复诊?请咨询医生。',
  ])('passes: %s', (line) => {
    expect(hits(line)).toEqual([]);
  });
});

describe('stripped-number: x, X, ×, ＸＸ and 某 where a number belongs', () => {
  test.each([
    ['县域内就诊率x%以上', 'x'],
    ['住院总人次数x人次', 'x'],
    ['全县共有x家乡镇卫生院', 'x'],
    ['总诊疗人次达XXXX.XX万人次', 'XXXX.XX'],
    ['邀请专家X.X万元', 'X.X'],
    ['第X批', 'X'],
    ['由X增加到X。', 'X'],
    ['全市20XX年工作总结', 'XX'],
    ['增长某%', '某'],
    ['达某万人次', '某'],
    ['培训××人次', '××'],
    ['建成ＸＸ个', 'ＸＸ'],
    ['全市有XX家医疗机构', 'XX'],
    ['配备XX名医生', 'XX'],
    ['涉及XX个部门', 'XX'],
    ['201x年', 'x'],
    ['近XX年', 'XX'],
    ['XX余人', 'XX'],
    ['接种XXX剂次', 'XXX'],
  ])('%s', (line, placeholder) => {
    expect(hits(line, 'stripped-number')).toContain(placeholder);
  });

  test.each([
    '某个、某人、某家医院',
    'X线、X光、46,XX、X染色体、x轴、3×10⁹/L、凝血因子Ⅹ、××医院',
    'XX县、X县、某县区',
    'XX人民医院',
    '××项目',
  ])('passes: %s', (line) => {
    expect(hits(line)).toEqual([]);
  });
});

describe('furniture: whole lines of a page’s frame, in every form', () => {
  test.each([
    ['toolbar', '【收藏本页】【打印本页】【关闭窗口】【字体：大 中 小】'],
    ['toolbar', '【收藏本页】【关闭窗口】 点击数：1268'],
    ['toolbar', '打印本页 | 关闭窗口'],
    ['toolbar', '[打印] [关闭]'],
    ['toolbar', '浏览次数：1024'],
    ['toolbar', '查看人數: 815 作者:admin'],
    ['counter-line', '来源：县卫健委 发布时间：2022-01-01 浏览：1024次'],
    ['copyright', 'CopyrightDemoSite 2021'],
    ['copyright', '版权所有：测试市卫生健康委员会'],
    ['copyright', '以上内容仅代表作者个人观点，本网只是转载，如涉及版权问题，请与本网联系删除。'],
    ['copyright', '本网所有文字、图片，未经本网协议授权不得转载。'],
    ['tags', '相关热词：医疗卫生机构 健康事业'],
    ['tags', '标签：基层卫生'],
    ['original-title', '原标题：全国医疗卫生机构总数超100万个'],
    ['abstract', '[摘要] 国家卫生健康委今天发布的统计公报显示...'],
    ['breadcrumb', '您的当前位置: 某某网 > 工作总结 > 正文'],
    ['download', '部分预览阅读已结束，您可以加入VIP免费下载本篇文档'],
    ['toolbar', '阅读(1024)'],
    ['toolbar', '【打印此文】【关闭窗口】【返回顶部】'],
  ])('%s: %s', (kind, line) => {
    expect(furnitureKindOf(line)?.id).toBe(kind);
    expect(hits(line, 'furniture')).toEqual([line]);
  });

  test.each([
    '记者 白剑峰',
    '作者：张洁',
    '关键词：基层卫生；医共体',
    '摘要：本文分析了县域医共体的运行情况。',
    '部分数据来源于网络直报系统。',
    '未经授权不得擅自发布疫情信息。',
    '- 健康科普文章阅读量300万人次',
  ])('passes: %s', (line) => {
    expect(hits(line)).toEqual([]);
  });
});

test('the whole must-pass corpus passes the certain mojibake rule too', () => {
  expect(findMojibake(MUST_PASS)).toEqual([]);
});

test('an anonymised place in all three forms is a question for a person, never a figure', async () => {
  const { findFlags } = await import('../../src/lib/import/flags.ts');
  const text = 'XX县、X县和某县区的卫生院完成改造，某市场、某市民不是地名。';
  expect(hits(text)).toEqual([]);
  expect(
    findFlags([{ id: 0, text }], undefined)
      .filter((flag) => flag.rule === 'anonymised-place')
      .map((flag) => flag.match),
  ).toEqual(['XX县', 'X县', '某县区']);
});
