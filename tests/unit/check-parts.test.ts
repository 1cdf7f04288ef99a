import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeUtf8, guessLegacyEncoding } from '../../src/lib/files/encoding.ts';
import { findMojibake } from '../../src/lib/text/mojibake.ts';
import { findUnsafeCode } from '../../src/lib/check/unsafe-code.ts';
import { checkBodyMdx, findMdxCode, isPlainMarkdown, parseMdxBody } from '../../src/lib/check/mdx-body.ts';
import { checkArticleFile } from '../../src/lib/check/article.ts';
import { createArticleSchema } from '../../src/lib/schema/article.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/files/frontmatter.ts';
import { fieldName, formatProblem, sortProblems } from '../../src/lib/check/problem.ts';

/** Syntax errors and code in a body, as the article check finds them (components aside). */
const checkMdxBody = (body: string) => checkBodyMdx(body, findMdxCode);

describe('encoding', () => {
  test('UTF-8 passes and a BOM is dropped', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFF卫生'))).toEqual({ ok: true, text: '卫生' });
  });
  test('GBK and Big5 are told apart', () => {
    expect(guessLegacyEncoding(iconv.encode('卫生健康委员会工作报告', 'gbk'))).toBe('GBK');
    expect(guessLegacyEncoding(iconv.encode('衛生健康委員會工作報告', 'big5'))).toBe('Big5');
  });
  test('the first bad line is named', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n'), iconv.encode('第三行', 'gbk')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 3, guess: 'GBK' });
  });
});

describe('mojibake', () => {
  test('finds each kind on its line and ignores clean text with accents', () => {
    const hits = findMojibake('正常\n锟斤拷\nCafé résumé naïve\nâ€œ引号\n\uFFFD'.split('\n'));
    expect(hits.map((hit) => [hit.lineIndex + 1, hit.kind])).toEqual([
      [2, 'known-garbage'],
      [4, 'wrong-codec'],
      [5, 'replacement'],
    ]);
  });
});

describe('unsafe code', () => {
  test('tags, handlers and script URLs, case-insensitive, with their lines', () => {
    const problems = findUnsafeCode('文字\n<SCRIPT src=x>\n<a href="#" onMouseOver="x()">\n[a](JavaScript:void(0))\n<p>on=安全</p>');
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });
  test('ordinary Chinese and English text is not code', () => {
    expect(findUnsafeCode('医院 onsite 培训；style 一词；description: 说明')).toEqual([]);
  });
  test('JSX attributes that compute values are code', () => {
    expect(checkMdxBody('<abbr title={x}>WHO</abbr>').map((p) => p.message)).toEqual([expect.stringContaining('属性中的花括号表达式')]);
    expect(checkMdxBody('普通段落，**加粗**，[链接](https://example.org)。')).toEqual([]);
  });
});

describe('frontmatter positions', () => {
  test('body lines keep file line numbers', () => {
    const split = splitFrontmatter('---\ntitle: a\n---\n\n正文');
    expect(split.bodyStartLine).toBe(4);
    expect(split.body.split('\n')[4]).toBe('正文');
  });
  test('lineOf finds keys, list items and nested fields', () => {
    const yaml = parseYamlWithLines('title: 标题\ntopics:\n  - a\n  - b\ncorrections:\n  - date: 2020-01-01\n    note: x', 2);
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['topics', 1])).toBe(5);
    expect(yaml.lineOf(['corrections', 0, 'note'])).toBe(8);
    expect(yaml.lineOf(['missing'])).toBe(1);
  });
  test('a YAML error reports its file line', () => {
    const yaml = parseYamlWithLines('title: a\nsource: b: c', 2);
    expect(yaml.errors[0]?.line).toBe(3);
  });
});

test('problems are formatted like compiler output and sorted by file and line', () => {
  expect(formatProblem({ path: 'content/articles/a.mdx', line: 4, field: 'region', message: '未知' })).toBe(
    'content/articles/a.mdx:4: region：未知',
  );
  expect(formatProblem({ path: 'content/articles/a.mdx', line: 1, message: '文件问题' })).toBe('content/articles/a.mdx:1: 文件问题');
  expect(fieldName(['corrections', 0, 'date'])).toBe('corrections[0].date');
  expect(fieldName([])).toBeUndefined();
  const sorted = sortProblems([
    { path: 'b', line: 1, message: '' },
    { path: 'a', line: 9, message: '' },
    { path: 'a', line: 2, message: '' },
  ]);
  expect(sorted.map((p) => `${p.path}${p.line}`)).toEqual(['a2', 'a9', 'b1']);
});

describe('plain Markdown needs no MDX parse', () => {
  const mdxNodes = (body: string) => {
    const parsed = parseMdxBody(body);
    if (!parsed.ok) return ['parse error'];
    const found: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      if (node.type.startsWith('mdx')) found.push(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(parsed.tree as { type: string; children?: unknown[] });
    return found;
  };
  test('bodies without < { } or import/export lines parse as Markdown and hold nothing of MDX', () => {
    const plain = [
      '## 小标题\n\n正文，含 **加粗**、*强调*、`代码`、[链接](https://example.cn/a?b=c&d=e)。\n\n- 列表一\n- 列表二\n\n1. 第一\n2. 第二',
      '| 年份 | 数量 |\n| --- | ---: |\n| 2019 | 5 |\n\n> 引用：a > b，c = d；100% & 5$。',
      '    缩进的文字\n\n***\n\n最后一段 important exports 不在行首。\n\nimported 不是关键字。',
    ];
    for (const body of plain) {
      expect(isPlainMarkdown(body), body).toBe(true);
      expect(mdxNodes(body), body).toEqual([]);
    }
  });
  test('a body that could nest absurdly deep is still parsed, and the article check says so', () => {
    const deep = `${'>'.repeat(3000)} 文本`;
    expect(isPlainMarkdown(deep)).toBe(false);
    const schema = createArticleSchema({ regionIds: null, topicIds: null, today: '2030-01-01' });
    const file = `---\ntitle: 标题\ndate: 2020-01-01\nregion: x\ntopics: [y]\ntype: news\nsource: 来源\nsummary: 这是一段足够长的摘要，用来通过摘要长度的检查。\n---\n\n${deep}\n`;
    const checked = checkArticleFile('content/articles/deep.mdx', new TextEncoder().encode(file), schema);
    expect(checked.problems.map((p) => p.message)).toEqual([messages.mdxTooDeep()]);
  });
  test('anything that can make MDX differ is parsed', () => {
    for (const body of [
      '数值 <Stat dataset="x" />',
      '注释 <!-- x -->',
      'a < b',
      '表达式 {1 + 1}',
      '只有右括号 }',
      'import x from "y"',
      '  export const a = 1',
    ]) {
      expect(isPlainMarkdown(body), body).toBe(false);
    }
  });
});
