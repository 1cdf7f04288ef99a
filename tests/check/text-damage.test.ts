// Damaged text typed or pasted by hand is refused like an import's: the build
// stops with `path:line: 正文：…` and writes no site. A person's reviewed
// exception accepts one spot; a stale, vague or misplaced one is refused.
import { describe, expect, test } from 'vitest';
import { article, makeContentRoot, runScript } from '../support/content-root.ts';
import { findDamage } from '../../src/lib/text/damage.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import { MUST_PASS } from '../support/must-pass.ts';

const FILE = 'content/articles/damaged.mdx';
// article() puts the body on line 11 when there are no extra frontmatter lines.
const BODY_LINE = 11;

function refused(body: string, extra: string[] = []) {
  const result = runScript('build', makeContentRoot({ [FILE]: article({}, { body, extra }) }));
  expect(result.status).toBe(1);
  expect(result.wroteSite).toBe(false);
  return result.problems;
}

const expected = (line: number, text: string) => {
  const [hit] = findDamage([text]);
  return `${FILE}:${line}: 正文：${messages.textDamage(hit!)}`;
};

describe('each rule refuses its damage with the exact line and message, and builds nothing', () => {
  test.each([
    ['a number cut after the point', '全区建档率达到88.此中重点人群签约率稳步提升。', 'cut-number'],
    ['a number cut at the front', '全市图书馆藏书，07万册，均已编目。', 'cut-number-front'],
    ['a stripped number', '门诊量增长%，住院量基本持平。', 'stripped-number'],
    ['a garbled year', '202223年，全区新农合参合率达96%。', 'garbled-year'],
    ['a spun word', '加强县级病院能力建设。', 'spun-word'],
    ['a pinyin splice', '县衛(wèi)生健康局召开会议。', 'pinyin'],
    ['portal furniture', '分享到：微信 微博 QQ空间', 'furniture'],
  ])('%s', (_, body, rule) => {
    const problems = refused(body);
    expect(problems).toEqual([expected(BODY_LINE, body)]);
    expect(problems[0]).toContain(`（规则 \`${rule}\`）`);
    expect(problems[0]).toMatch(/请|删去/);
  });

  test('the message says what, quotes the spot and gives the fix in Chinese', () => {
    expect(refused('全区建档率达到88.此中重点人群签约率稳步提升。')).toEqual([
      `${FILE}:${BODY_LINE}: 正文：数字 “88.” 后面的数字被截掉了：“全区建档率达到88.此中重点人群签约率稳”。请对照原始材料补全或删去这个数字，不要猜测。如果原文确实如此，请在 frontmatter 的 \`reviewed\` 中登记这一处（规则 \`cut-number\`），见 README“内容规则”。`,
    ]);
  });

  test('damage in a frontmatter field is reported on its line, with the field', () => {
    const result = runScript(
      'build',
      makeContentRoot({ [FILE]: article({ summary: '全区居民电子健康档案建档率达到88.此中重点人群签约率稳步提升。' }) }),
    );
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^content\/articles\/damaged\.mdx:8: summary：数字 “88\.” 后面的数字被截掉了/);
  });
});

test('valid but unusual text passes the whole check and builds, without any exception', () => {
  const body = MUST_PASS.map((line) => line.replace(/<Stat[^>]*>/, '')).join('\n\n');
  const root = makeContentRoot({ [FILE]: article({}, { body }) });
  const result = runScript('check', root);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

describe('reviewed exceptions', () => {
  const body = '全区建档率达到88.此中重点人群签约率稳步提升。';
  const reviewed = (text: string, rule = 'cut-number', note = '已核对原件，原文如此') => [
    'reviewed:',
    `  - rule: ${rule}`,
    `    text: "${text}"`,
    `    note: ${note}`,
  ];

  test('an exception that quotes the spot accepts it, and the article builds', () => {
    const root = makeContentRoot({ [FILE]: article({}, { body, extra: reviewed('建档率达到88.此中') }) });
    const result = runScript('build', root);
    expect(result.stderr).not.toContain('内容检查未通过');
    expect(result.status).toBe(0);
  });

  test('it accepts only the spot it quotes: the same damage elsewhere is still refused', () => {
    const twice = `${body}\n\n门诊量达到76.此后逐月回落。`;
    expect(refused(twice, reviewed('建档率达到88.此中'))).toEqual([expected(BODY_LINE + 6, '门诊量达到76.此后逐月回落。')]);
  });

  test('it names its rule: an exception for another rule does not accept the spot', () => {
    const problems = refused(body, reviewed('建档率达到88.此中', 'spun-word'));
    expect(problems).toEqual([
      `${FILE}:11: reviewed：${messages.reviewedStale('spun-word', '疑似洗稿用词', '建档率达到88.此中')}`,
      expected(BODY_LINE + 4, body),
    ]);
  });

  test('a quote that no longer occurs is stale', () => {
    expect(refused('全区建档率达到88.5%。', reviewed('建档率达到88.此中'))).toEqual([
      `${FILE}:11: reviewed：${messages.reviewedNotFound('建档率达到88.此中')}`,
    ]);
  });

  test('a quote whose spot was mended is stale', () => {
    expect(refused('全区建档率达到88.5%，此中重点人群。', reviewed('全区建档率达到88'))).toEqual([
      `${FILE}:11: reviewed：${messages.reviewedStale('cut-number', '截断的数字', '全区建档率达到88')}`,
    ]);
  });

  test('a quote that occurs twice is too vague', () => {
    const twice = `${body}\n\n${body}`;
    expect(refused(twice, reviewed('建档率达到88.此中'))).toContain(
      `${FILE}:11: reviewed：${messages.reviewedAmbiguous('建档率达到88.此中', 2)}`,
    );
  });

  test('a quote under 8 characters is refused: it would silence a word everywhere', () => {
    expect(refused(body, reviewed('88.此中'))).toContain(`${FILE}:11: reviewed[0].text：${messages.reviewedTextLength(5, 8, 60)}`);
  });

  test('code, encoding and mojibake cannot be recorded as reviewed', () => {
    const problems = refused('卫生锟斤拷工作照常进行。', reviewed('卫生锟斤拷工作照常', 'mojibake'));
    expect(
      problems.some(
        (problem) => problem.startsWith(`${FILE}:10: reviewed[0].rule：`) && problem.includes('代码、编码和乱码问题不能登记为例外'),
      ),
    ).toBe(true);
    expect(problems.some((problem) => problem.includes('锟斤拷'))).toBe(true);
  });

  test('an exception needs a note', () => {
    expect(refused(body, reviewed('建档率达到88.此中').slice(0, 3))).toContain(
      `${FILE}:10: reviewed[0].note：${messages.reviewedNoteMissing()}`,
    );
  });
});

describe('re-posts', () => {
  const report = [
    '全县今年新建标准化村卫生室18所，配备乡村医生42名，村级医疗服务覆盖率达到百分之百。',
    '县人民医院与14个乡镇卫生院组建紧密型医共体，下派医师96人次，开展远程会诊310例。',
    '家庭医生签约服务重点人群签约率达到81%，高血压和糖尿病患者规范管理率均超过七成。',
    '下一步将继续推进基层首诊和双向转诊，力争县域内就诊率保持在90%以上。',
  ].join('\n\n');
  const withBody = (overrides: Parameters<typeof article>[0], body: string) => article(overrides, { body });

  test('a re-dated copy in the same region within weeks is refused on the later file, naming the earlier', () => {
    const copy = `欢迎阅读本站转载的文章。\n\n${report.replace('县人民医院', '县人民病院'.replace('病院', '医院'))}`;
    const result = runScript(
      'build',
      makeContentRoot({
        'content/articles/original.mdx': withBody({ date: '2021-03-03', title: '测试县基层医疗卫生服务进展' }, report),
        [FILE]: withBody({ date: '2021-03-24', title: '某县基层卫生服务稳步推进' }, copy),
      }),
    );
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^content\/articles\/damaged\.mdx:2: 正文：正文与 content\/articles\/original\.mdx（同一地区，2021-03-03）几乎相同（相似度 \d+%），像是转载或重复发布。/,
    );
  });

  test('the same text in another region, or half a year later, is not a re-post', () => {
    const root = makeContentRoot({
      'content/articles/original.mdx': withBody({ date: '2021-03-03', title: '测试县基层医疗卫生服务进展' }, report),
      'content/articles/other-region.mdx': withBody({ date: '2021-03-10', region: 'yongzhou', title: '另一地区的基层卫生服务' }, report),
      [FILE]: withBody({ date: '2021-09-30', title: '半年后的基层卫生服务进展' }, report),
    });
    const result = runScript('check', root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
