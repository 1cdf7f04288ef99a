// YAML mistakes editors make in frontmatter: each is explained in Chinese, on
// the line where the broken construct begins, not where the parser gave up.
import { expect, test } from 'vitest';
import { article, makeContentRoot, runScript } from '../support/content-root.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import { parseYamlWithLines } from '../../src/lib/files/frontmatter.ts';

const FILE = 'content/articles/bad-article.mdx';

// article(): title on line 2, date 3, region 4, topics 5, type 6, source 7, summary 8, extra lines from 9.
const cases: [string, Parameters<typeof article>[0], Parameters<typeof article>[1], number, string][] = [
  ['an unclosed double quote', { title: '"咸阳市召开卫生健康工作会议' }, {}, 2, messages.yamlUnclosedQuote('title', '"')],
  [
    'an unclosed double quote that the next quoted value seems to close, lines later',
    { title: '"咸阳市召开卫生健康工作会议', source: '"咸阳市卫生健康委员会"' },
    {},
    2,
    messages.yamlUnclosedQuote('title', '"'),
  ],
  ['an unclosed single quote', { source: "'咸阳市卫生健康委员会" }, {}, 7, messages.yamlUnclosedQuote('source', "'")],
  ['an English quote inside a quoted value', { title: '"他说"你好"的会议"' }, {}, 2, messages.yamlQuoteInside('title', '"')],
  [
    'an unquoted value holding ": "',
    { source: '咸阳市: 卫健委: 办公室' },
    {},
    7,
    messages.yamlColonInValue('source', 'source: "咸阳市: 卫健委: 办公室"'),
  ],
  ['no space after the colon', {}, { extra: ['documentNumber:永卫发〔2019〕12号'] }, 9, messages.yamlColonNoSpace('documentNumber')],
  ['a full-width colon', {}, { extra: ['documentNumber：永卫发〔2019〕12号'] }, 9, messages.yamlFullwidthColon('documentNumber')],
  ['tab indentation', {}, { extra: ['corrections:', '\t- date: 2021-03-04', '\t  note: 改正错字'] }, 10, messages.yamlTabIndent()],
  [
    'a field of a list item indented wrong',
    {},
    { extra: ['corrections:', '  - date: 2021-03-04', '   note: 改正错字'] },
    11,
    messages.yamlListIndent(),
  ],
  ['a list item indented wrong', { topics: undefined }, { extra: ['topics:', '  - yigai', ' - jiceng'] }, 10, messages.yamlListIndent()],
  ['a field indented under another', {}, { extra: ['  documentNumber: 永卫发〔2019〕12号'] }, 9, messages.yamlIndent()],
  ['a duplicate key', {}, { extra: ['title: 另一个标题'] }, 9, messages.yamlDuplicateKey('title', 2)],
  ['a flow list not closed', { topics: '[yigai, jiceng' }, {}, 5, messages.yamlUnclosedFlow('topics', '[')],
];

test.each(cases)('%s', (_name, overrides, options, line, detail) => {
  const result = runScript('check', makeContentRoot({ [FILE]: article(overrides, options) }));
  expect(result.status).toBe(1);
  expect(result.problems).toEqual([`${FILE}:${line}: ${messages.yamlSyntax(detail)}`]);
});

test('anything else: Chinese advice first, the parser’s words after it in parentheses', () => {
  const parsed = parseYamlWithLines('title: 标题\n]', 2);
  expect(parsed.errors).toHaveLength(1);
  expect(parsed.errors[0]!.line).toBe(3);
  expect(parsed.errors[0]!.message).toMatch(/^请检查这一行及上一行：.+（解析器的说明：[A-Za-z].+）$/);
});
