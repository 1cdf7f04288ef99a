// One run of the checker shows every problem: an MDX syntax error in one block
// of an article does not hide the frontmatter, component and code problems in
// the rest of it, nor the problems of other files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { article, makeContentRoot, runScript } from '../support/content-root.ts';
import { fixturesDir } from '../support/paths.ts';
import { checkBodyMdx, findMdxCode, topLevelBlocks } from '../../src/lib/check/mdx-body.ts';
import { messages } from '../../src/lib/messages/messages.ts';

/** Syntax errors and code in a body, as the article check finds them (components aside). */
const checkMdxBody = (body: string) => checkBodyMdx(body, findMdxCode);

const DATASET = { 'content/data/test-checkups.json': readFileSync(join(fixturesDir, 'site-data/test-checkups.json')) };
const mdxSyntax = (line: number, detail: string) => `${line}: ${messages.mdxSyntax(detail)}`;

test('a broken tag, an unknown dataset, code and a bad field in one file, and a second bad file: all in one run', () => {
  // The body starts on line 11: the tag on 13, the chart on 15, the expression on 17.
  const body = ['第一段。', '', '第二段 <div> 没有闭合。', '', '<Chart dataset="test-checkupz" />', '', '合计 {1+1} 人。'].join('\n');
  const root = makeContentRoot({
    ...DATASET,
    'content/articles/a-first.mdx': article({ region: 'xianyan' }, { body }),
    'content/articles/b-second.mdx': article({ title: '第二篇', date: '2021-13-01' }),
  });
  const result = runScript('check', root);
  expect(result.status).toBe(1);
  expect(result.problems).toEqual([
    `content/articles/a-first.mdx:4: region：${messages.unknownRegion('xianyan', 'xianyang')}`,
    `content/articles/a-first.mdx:${mdxSyntax(13, 'Expected a closing tag for `<div>` (13:5-13:10) before the end of `paragraph`')}`,
    `content/articles/a-first.mdx:15: ${messages.unknownDataset('test-checkupz', 'test-checkups')}`,
    `content/articles/a-first.mdx:17: ${messages.mdxCode('花括号表达式 {…}')}`,
    `content/articles/b-second.mdx:3: date：${messages.impossibleDate('2021-13-01')}`,
  ]);
  expect(result.stderr).toContain('内容检查未通过：5 个问题（检查了 2 篇文章、1 个数据文件');
});

test('every broken block gets its own syntax error, and the blocks between them their checks', () => {
  const body = [
    '<span>没有闭合', // 11
    '',
    '<Stat dataset="test-checkups" series="完成数" period="2020" />', // 13
    '',
    '预算 {2021 年', // 15
    '',
    '最后一段正常。', // 17
  ].join('\n');
  const root = makeContentRoot({ ...DATASET, 'content/articles/a-first.mdx': article({}, { body }) });
  const result = runScript('check', root);
  expect(result.status).toBe(1);
  expect(result.problems.map((line) => line.split(' ')[0])).toEqual([
    'content/articles/a-first.mdx:11:',
    'content/articles/a-first.mdx:13:',
    'content/articles/a-first.mdx:15:',
  ]);
  expect(result.problems[0]).toContain('MDX 语法错误（Expected a closing tag for `<span>`');
  expect(result.problems[1]).toBe(`content/articles/a-first.mdx:13: ${messages.unknownPeriod('2020', '完成数', ['2021'])}`);
  expect(result.problems[2]).toContain('MDX 语法错误（Unexpected end of file in expression');
});

test('a valid article is still checked whole: nothing changes when the body parses', () => {
  const root = makeContentRoot({
    ...DATASET,
    'content/articles/a-first.mdx': article(
      {},
      { body: '<Chart dataset="test-checkups" />\n\n完成率 <Stat dataset="test-checkups" series="完成数" of="任务数" period="2021" />。' },
    ),
  });
  const result = runScript('check', root);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

describe('top-level blocks of a body that does not parse', () => {
  const blocks = (text: string) => topLevelBlocks(text.split('\n')).map(({ start, end }) => [start + 1, end]);

  test('blank lines separate blocks; fenced code and JSX spanning blank lines stay whole', () => {
    const text = [
      '第一段', // 1
      '接着一行', // 2
      '',
      '```', // 4
      'const a = {',
      '',
      '};',
      '```', // 8
      '',
      '<div>', // 10
      '',
      '文字',
      '',
      '</div>', // 14
      '',
      '<div>没有闭合', // 16
      '',
      '最后', // 18
    ].join('\n');
    expect(blocks(text)).toEqual([
      [1, 2],
      [4, 8],
      [10, 14],
      [16, 16],
      [18, 18],
    ]);
  });

  test('code and components are found in the blocks around the broken one, each error on its line', () => {
    const problems = checkMdxBody(
      ['{1 + 1}', '', '<b>断开', '', '```', '{不是代码}', '', '```', '', '<i>也断开', '', '合计 {2}'].join('\n'),
    );
    expect(problems.map((problem) => problem.line)).toEqual([1, 3, 10, 12]);
    expect(problems[0]!.message).toBe(messages.mdxCode('花括号表达式 {…}'));
    expect(problems[1]!.message).toContain('MDX 语法错误');
    expect(problems[2]!.message).toContain('MDX 语法错误');
    expect(problems[3]!.message).toBe(messages.mdxCode('花括号表达式 {…}'));
  });
});

test('a fence opened in a list item, and JSX in a list item over blank lines, stay whole blocks (found in review)', () => {
  const fenced = ['- ```', '  第一行', '', '  <Chart dataset="nope" /> 和 {x}', '  ```', '', '正文 <Bad'].join('\n');
  expect(checkMdxBody(fenced).map((problem) => problem.line)).toEqual([7]);
  const jsx = ['正文 <Bad', '', '- <details>', '', '  内容', '', '  </details>'].join('\n');
  expect(checkMdxBody(jsx).map((problem) => problem.line)).toEqual([1]);
});
