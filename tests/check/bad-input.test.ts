// Every kind of bad input an editor can commit: the build refuses it with a
// `path:line: field：message` line in Chinese and writes no site.
import { describe, expect, test } from 'vitest';
import { article, makeContentRoot, runScript, type Files } from '../support/content-root.ts';
import iconv from 'iconv-lite';
import { messages } from '../../src/lib/messages/messages.ts';
import { todayInChina } from '../../src/lib/format/date.ts';

const FILE = 'content/articles/bad-article.mdx';

/** Build `files`; assert failure, no site, and exactly `expected` problem lines (in any order). */
function expectRefused(files: Files, expected: string[]) {
  const root = makeContentRoot(files);
  const result = runScript('build', root);
  expect(result.status).toBe(1);
  expect(result.wroteSite).toBe(false);
  expect(result.problems.sort()).toEqual([...expected].sort());
  expect(result.stderr).toContain('网站没有生成');
  return result;
}

describe('frontmatter syntax', () => {
  test('YAML syntax error points at its line', () => {
    const result = runScript('build', makeContentRoot({ [FILE]: article({ source: '咸阳市: 卫健委: 办公室' }) }));
    expect(result.status).toBe(1);
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toBe(
      `${FILE}:7: ${messages.yamlSyntax(messages.yamlColonInValue('source', 'source: "咸阳市: 卫健委: 办公室"'))}`,
    );
    expect(result.problems[0]).toMatch(
      /^content\/articles\/bad-article\.mdx:7: frontmatter 的 YAML 语法错误：`source` 的值里有英文冒号加空格/,
    );
  });

  test('a file without frontmatter', () => {
    expectRefused({ [FILE]: '只有正文，没有 frontmatter。\n' }, [`${FILE}:1: ${messages.noFrontmatter()}`]);
  });

  test('frontmatter that never closes', () => {
    expectRefused({ [FILE]: '---\ntitle: 没有结束\n\n正文\n' }, [`${FILE}:1: ${messages.unclosedFrontmatter()}`]);
  });
});

describe('required fields', () => {
  test.each(['title', 'date', 'region', 'topics', 'type', 'source', 'summary'] as const)('missing %s', (field) => {
    expectRefused({ [FILE]: article({ [field]: undefined }) }, [`${FILE}:1: ${field}：${messages.missing(field)}`]);
  });

  test('the message for a missing field names it and the fix, in Chinese', () => {
    expectRefused({ [FILE]: article({ source: undefined }) }, [
      'content/articles/bad-article.mdx:1: source：缺少必填字段 `source`。请在 frontmatter 中添加一行 `source: …`。',
    ]);
  });
});

describe('wrong types and out-of-range values', () => {
  const cases: [string, Parameters<typeof article>[0], Parameters<typeof article>[1], string][] = [
    ['title that is a number', { title: '2021' }, {}, `${FILE}:2: title：${messages.notText()}`],
    ['title over 64 characters', { title: '卫'.repeat(65) }, {}, `${FILE}:2: title：${messages.titleTooLong(65, 64)}`],
    ['date in another format', { date: '2021/03/03' }, {}, `${FILE}:3: date：${messages.notDate('2021/03/03')}`],
    ['impossible date', { date: '2021-02-30' }, {}, `${FILE}:3: date：${messages.impossibleDate('2021-02-30')}`],
    ['topics not a list', { topics: 'yigai' }, {}, `${FILE}:5: topics：${messages.topicsNotList()}`],
    ['no topics', { topics: '[]' }, {}, `${FILE}:5: topics：${messages.topicsCount(0, 1, 5)}`],
    ['a repeated topic', { topics: '[yigai, fuyou, yigai]' }, {}, `${FILE}:5: topics[2]：${messages.duplicateTopic('yigai')}`],
    ['summary too short', { summary: '太短的摘要' }, {}, `${FILE}:8: summary：${messages.summaryLength(5, 20, 200)}`],
    ['summary too long', { summary: '长'.repeat(201) }, {}, `${FILE}:8: summary：${messages.summaryLength(201, 20, 200)}`],
    ['empty source', { source: '""' }, {}, `${FILE}:7: source：${messages.emptyText('source')}`],
    ['draft not a boolean', {}, { extra: ['draft: "yes"'] }, `${FILE}:9: draft：${messages.notBoolean('draft')}`],
    [
      'originalUrl not http(s)',
      {},
      { extra: ['originalUrl: ftp://example.org/a.doc'] },
      `${FILE}:9: originalUrl：${messages.notUrl('ftp://example.org/a.doc')}`,
    ],
    [
      'writtenDate after date',
      {},
      { extra: ['writtenDate: 2021-03-05'] },
      `${FILE}:9: writtenDate：${messages.writtenAfterPublished('2021-03-05', '2021-03-03')}`,
    ],
    [
      'correction without a note',
      {},
      { extra: ['corrections:', '  - date: 2021-03-04'] },
      `${FILE}:10: corrections[0].note：${messages.correctionNoteMissing()}`,
    ],
    [
      'correction dated before publication',
      {},
      { extra: ['corrections:', '  - date: 2021-03-01', '    note: 改正错字'] },
      `${FILE}:10: corrections[0].date：${messages.correctionBeforePublished('2021-03-01', '2021-03-03')}`,
    ],
  ];
  test.each(cases)('%s', (_name, overrides, options, expected) => {
    expectRefused({ [FILE]: article(overrides, options) }, [expected]);
  });

  test('a future date', () => {
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
    expectRefused({ [FILE]: article({ date: tomorrow }) }, [`${FILE}:3: date：${messages.futureDate(tomorrow, todayInChina())}`]);
  });

  test('an unknown field suggests the right name', () => {
    expectRefused({ [FILE]: article({}, { extra: ['titel: 多余的标题'] }) }, [
      `${FILE}:9: titel：未知字段 \`titel\`。您是否想写 \`title\`？可用字段：\`title\`、\`date\`、\`region\`、\`topics\`、\`type\`、\`source\`、\`summary\`、\`originalUrl\`、\`corrections\`、\`updated\`、\`draft\`、\`indexNumber\`、\`documentNumber\`、\`writtenDate\`、\`reviewed\`；请改正字段名或删除这一行。`,
    ]);
  });
});

test("an unknown field inside a correction lists the correction's own fields (found in review)", () => {
  const result = expectRefused({ [FILE]: article({}, { extra: ['corrections:', '  - date: 2019-09-20', '    notes: 更正了数字。'] }) }, [
    `${FILE}:11: corrections[0].notes：未知字段 \`notes\`。可用字段：\`date\`、\`note\`；请改正字段名或删除这一行。`,
    `${FILE}:10: corrections[0].note：${messages.correctionNoteMissing()}`,
  ]);
  expect(result.problems.join('\n')).not.toContain('`title`');
});

describe('unknown region, topic and type', () => {
  test('a region one letter off suggests the real one', () => {
    expectRefused({ [FILE]: article({ region: 'xianyan' }) }, [
      'content/articles/bad-article.mdx:4: region：未知的地区 “xianyan”。请填写 content/regions.json 中的某个 id（小写拼音）；如是新地区，请先在该文件中添加。您是否想写 `xianyang`？',
    ]);
  });
  test('a region nowhere near any id gets no suggestion', () => {
    expectRefused({ [FILE]: article({ region: 'beijing' }) }, [`${FILE}:4: region：${messages.unknownRegion('beijing')}`]);
  });
  test('an unknown topic points at the list item', () => {
    expectRefused({ [FILE]: article({ topics: '[yigai, fuyuo]' }) }, [`${FILE}:5: topics[1]：${messages.unknownTopic('fuyuo', 'fuyou')}`]);
  });
  test('an unknown type lists the types with their Chinese names', () => {
    expectRefused({ [FILE]: article({ type: 'nwes' }) }, [
      'content/articles/bad-article.mdx:6: type：未知的文章类型 “nwes”。请改为 `news`（新闻动态）、`report`（工作报告）、`notice`（通知公告）、`interpretation`（政策解读）、`statistics`（统计数据） 之一。您是否想写 `news`？',
    ]);
  });
});

describe('file names', () => {
  test('a file name that is not a slug', () => {
    expectRefused({ 'content/articles/Xianyang_Meeting 2021.mdx': article() }, [
      `content/articles/Xianyang_Meeting 2021.mdx:1: ${messages.badFileName('Xianyang_Meeting 2021.mdx', 'xianyang-meeting-2021')}`,
    ]);
  });
  test('a Markdown file that is not .mdx', () => {
    expectRefused({ 'content/articles/meeting.md': article() }, [
      `content/articles/meeting.md:1: ${messages.wrongExtension('meeting.md')}`,
    ]);
  });
});

test('the same title and date twice is a re-post', () => {
  expectRefused({ 'content/articles/meeting-a.mdx': article(), 'content/articles/meeting-b.mdx': article() }, [
    `content/articles/meeting-b.mdx:2: title：${messages.duplicateArticle('content/articles/meeting-a.mdx')}`,
  ]);
});

describe('encodings and damaged text', () => {
  test('a file saved as GBK: says so, on the first bad line, and how to convert', () => {
    expectRefused({ [FILE]: iconv.encode(article(), 'gbk') }, [
      'content/articles/bad-article.mdx:2: 文件不是 UTF-8 编码（看起来是 GBK）。请在编辑器中“另存为 UTF-8”，或运行 `iconv -f GBK -t UTF-8 原文件 > 新文件` 转换后替换。',
    ]);
  });
  test('GBK text pasted into a UTF-8 file is found on its line', () => {
    const head = Buffer.from(article({}, { body: '第一行正文\n\n' }).trimEnd() + '\n\n');
    expectRefused({ [FILE]: Buffer.concat([head, iconv.encode('卫生健康工作', 'gbk'), Buffer.from('\n')]) }, [
      `${FILE}:13: ${messages.notUtf8('GBK')}`,
    ]);
  });
  test('a file saved as Big5', () => {
    const traditional = article({ title: '醫療衛生工作進展', summary: '永州市衛生健康委員會通報一至七月民生實事的工作進度與成效。' });
    expectRefused({ [FILE]: iconv.encode(traditional, 'big5') }, [`${FILE}:2: ${messages.notUtf8('Big5')}`]);
  });
  test.each([
    ['U+FFFD', '卫生\uFFFD\uFFFD工作', messages.replacementChar()],
    ['锟斤拷', '卫生锟斤拷工作', messages.mojibake('锟斤拷', 'GBK 与 UTF-8 互转造成的乱码')],
    ['烫烫烫', '烫烫烫烫烫', messages.mojibake('烫烫烫烫烫', 'GBK 与 UTF-8 互转造成的乱码')],
    ['UTF-8 read as Latin-1', '卫生é\u0099¢', messages.mojibake('é\u0099¢', 'UTF-8 文字被当作 Latin-1（Windows-1252）读出的乱码', '院')],
    ['Ã¥ in a title', 'Ã¥ text', messages.mojibake('Ã¥', 'UTF-8 文字被当作 Latin-1（Windows-1252）读出的乱码', 'å')],
  ])('%s', (_name, damaged, message) => {
    expectRefused({ [FILE]: article({}, { body: `正常的第一段。\n\n${damaged}` }) }, [`${FILE}:13: ${message}`]);
  });
});

describe('MDX body', () => {
  test('an unclosed tag is reported on its line in the .mdx file', () => {
    const result = runScript('build', makeContentRoot({ [FILE]: article({}, { body: '第一段。\n\n第二段 <div> 没有闭合。' }) }));
    expect(result.status).toBe(1);
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toEqual([
      `${FILE}:13: MDX 语法错误（Expected a closing tag for \`<div>\` (13:5-13:10) before the end of \`paragraph\`）。如要写“<”“{”“}”字符本身，请写成 \\<、\\{、\\}；如是标签，请检查是否成对闭合。`,
    ]);
  });
  test('an unbalanced brace', () => {
    const result = runScript('build', makeContentRoot({ [FILE]: article({}, { body: '第一段。\n\n预算 {2021 年' }) }));
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^content\/articles\/bad-article\.mdx:13: MDX 语法错误（/);
  });
  test('an empty body', () => {
    expectRefused({ [FILE]: article({}, { body: '   ' }) }, [`${FILE}:10: ${messages.emptyBody()}`]);
  });
});

describe('content carries no code', () => {
  test.each([
    ['<script>', '<script>alert(1)</script>', [messages.unsafeTag('script')]],
    ['<iframe>', '<iframe src="https://spam.example"></iframe>', [messages.unsafeTag('iframe')]],
    ['<style>', '<style>body{display:none}</style>', [messages.unsafeTag('style')]],
    ['an inline event handler', '<img src="x.png" onclick="steal()" />', [messages.unsafeHandler('onclick')]],
    ['a javascript: link', '[点击](javascript:alert(1))', [messages.unsafeUrl()]],
    ['an import line', 'import Evil from "./evil.js"', [messages.mdxCode('import / export 语句')]],
    ['an expression', '合计 {1 + 1} 人', [messages.mdxCode('花括号表达式 {…}')]],
  ])('%s', (_name, code, expectedMessages) => {
    const root = makeContentRoot({ [FILE]: article({}, { body: `第一段。\n\n${code}` }) });
    const result = runScript('build', root);
    expect(result.status).toBe(1);
    expect(result.wroteSite).toBe(false);
    for (const message of expectedMessages) expect(result.problems).toContain(`${FILE}:13: ${message}`);
  });
  test('a script hidden in the summary', () => {
    expectRefused({ [FILE]: article({ summary: '"会议部署了今年的重点任务和改革举措<script>x()</script>"' }) }, [
      `${FILE}:8: ${messages.unsafeTag('script')}`,
    ]);
  });
});

describe('taxonomy files', () => {
  test('a JSON syntax error in regions.json names its line', () => {
    const root = makeContentRoot({
      'content/regions.json':
        '[\n  { "id": "xianyang", "name": "咸阳市", "province": "陕西省", "level": "city" }\n  { "id": "yongzhou" }\n]\n',
      [FILE]: article(),
    });
    const result = runScript('build', root);
    expect(result.wroteSite).toBe(false);
    expect(result.problems[0]).toMatch(/^content\/regions\.json:3: JSON 语法错误：.+请检查这一行附近的逗号、引号和括号是否成对。$/);
  });
  test('a region with an unknown level', () => {
    const root = makeContentRoot({
      'content/regions.json':
        '[\n  {\n    "id": "xianyang",\n    "name": "咸阳市",\n    "province": "陕西省",\n    "level": "town"\n  }\n]\n',
      [FILE]: article(),
    });
    const result = runScript('build', root);
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toEqual([
      `content/regions.json:6: [0].level：${messages.notOneOf('town', ['province', 'city', 'county', 'district'])}`,
    ]);
  });
  test('a province written short or with a stray character is refused, with the full name to write', () => {
    const root = makeContentRoot({
      'content/regions.json': [
        '[',
        '  { "id": "xianyang", "name": "咸阳市", "province": "陕西省", "level": "city" },',
        '  { "id": "jinzhong", "name": "晋中市", "province": "山西", "level": "city" },',
        '  { "id": "yongzhou", "name": "永州市", "province": "湖南 省", "level": "city" },',
        '  { "id": "qianjiang", "name": "黔江区", "province": "不详", "level": "district" }',
        ']',
        '',
      ].join('\n'),
      [FILE]: article(),
    });
    const result = runScript('build', root);
    expect(result.wroteSite).toBe(false);
    expect(result.problems).toEqual([
      `content/regions.json:3: [1].province：${messages.unknownProvince('山西', '未具名', '山西省')}`,
      `content/regions.json:4: [2].province：${messages.unknownProvince('湖南 省', '未具名', '湖南省')}`,
      `content/regions.json:5: [3].province：${messages.unknownProvince('不详', '未具名', '未具名')}`,
    ]);
    expect(result.problems[0]).toBe(
      'content/regions.json:3: [1].province：省份 “山西” 不是省级行政区的规范全称。`province` 请照写全称，如 `山西省`、`重庆市`、`广西壮族自治区`、`香港特别行政区`（不要只写“山西”“广西”）；原文没有写明省份时，请写 `未具名`。您是否想写 `山西省`？',
    );
  });
  test('valid but unusual provinces pass: the long official names, a special administrative region, 未具名, spaces around a name', () => {
    const root = makeContentRoot({
      'content/regions.json': JSON.stringify([
        { id: 'xianyang', name: '咸阳市', province: '陕西省 ', level: 'city' },
        { id: 'yongzhou', name: '永州市', province: '湖南省', level: 'city' },
        { id: 'qianjiang', name: '黔江区', province: '重庆市', level: 'district' },
        { id: 'wulumuqi', name: '乌鲁木齐市', province: '新疆维吾尔自治区', level: 'city' },
        { id: 'wanzai', name: '湾仔区', province: '香港特别行政区', level: 'district' },
        { id: 'niming', name: '未具名县区', province: '未具名', level: 'district' },
      ]),
      [FILE]: article(),
    });
    const result = runScript('check', root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

test('every problem in one run, sorted by file and line', () => {
  const root = makeContentRoot({
    'content/articles/a-first.mdx': article({ region: 'xianyan', type: 'nwes' }),
    'content/articles/b-second.mdx': article({ title: '第二篇', date: '2021-13-01' }),
  });
  const result = runScript('check', root);
  expect(result.status).toBe(1);
  expect(result.problems.map((line) => line.split(' ')[0])).toEqual([
    'content/articles/a-first.mdx:4:',
    'content/articles/a-first.mdx:6:',
    'content/articles/b-second.mdx:3:',
  ]);
  expect(result.stderr).toContain('内容检查未通过：3 个问题（检查了 2 篇文章');
});

test('valid but unusual content passes: Traditional, full-width punctuation, 《》“”「」, English and digits', () => {
  const root = makeContentRoot({
    'content/articles/unusual-2019.mdx': article(
      {
        title: '《永州市衛生健康委》「兩癌」篩查：WHO 標準與 98200 人（2019年）',
        summary: '“兩癌”免費檢查完成 82353 人，完成率 83.86%；English words、全角標點「」《》均可。',
        region: 'yongzhou',
      },
      { extra: ['documentNumber: 永衛發〔2019〕12號', 'indexNumber: 43110000-2019-001'], body: '醫院、衛生院與 CDC 合作，完成率 83.86%。' },
    ),
  });
  const result = runScript('check', root);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('内容检查通过：1 篇文章');
});
