// The link policy as an editor meets it: a link to a site outside
// content/links.json fails the build at its line (body, originalUrl, a
// dataset's sourceUrl), look-alike domains never pass, and allowed links do.
import { describe, expect, test } from 'vitest';
import { article, makeContentRoot, runScript, type Files } from '../support/content-root.ts';
import { messages } from '../../src/lib/messages/messages.ts';

const FILE = 'content/articles/linked.mdx';
const BODY_LINE = 11;

function refused(files: Files) {
  const result = runScript('build', makeContentRoot(files));
  expect(result.status).toBe(1);
  expect(result.wroteSite).toBe(false);
  return result.problems;
}

describe('links to sites that are not allowed are refused at their line', () => {
  test('a Markdown link in the body', () => {
    expect(refused({ [FILE]: article({}, { body: '详见[通知原文](https://www.example.com/notice.html)。' }) })).toEqual([
      `${FILE}:${BODY_LINE}: ${messages.linkNotAllowed('www.example.com')}`,
    ]);
  });

  test.each([
    ['a subdomain-looking host under another domain', 'https://gov.cn.evil.com/x', 'gov.cn.evil.com'],
    ['a domain that only ends like an allowed one', 'https://evilgov.cn/x', 'evilgov.cn'],
  ])('%s', (_, url, host) => {
    expect(refused({ [FILE]: article({}, { body: `详见[通知](${url})。` }) })).toEqual([
      `${FILE}:${BODY_LINE}: ${messages.linkNotAllowed(host)}`,
    ]);
  });

  test('credentials before @ hide the real host', () => {
    const [problem] = refused({ [FILE]: article({}, { body: '详见[通知](https://gov.cn@evil.com/x)。' }) });
    expect(problem).toMatch(new RegExp(`^${FILE}:${BODY_LINE}: 网址 .*实际指向的是 “evil\\.com”`));
  });

  test('a trailing dot and a Cyrillic look-alike do not match gov.cn', () => {
    expect(refused({ [FILE]: article({}, { body: '详见[通知](https://www.gov.cn./x)。' }) })[0]).toContain('末尾多了一个点');
    expect(refused({ [FILE]: article({}, { body: '详见[通知](https://www.g\u043ev.cn/x)。' }) })[0]).toContain('可能是冒充的相似域名');
  });

  test('link text that shows one address but points to another', () => {
    expect(refused({ [FILE]: article({}, { body: '网址：[www.nhc.gov.cn](https://www.example.com/)。' }) })).toContain(
      `${FILE}:${BODY_LINE}: ${messages.linkTextMismatch('www.nhc.gov.cn', 'www.example.com')}`,
    );
  });

  test('originalUrl, on its own line and field', () => {
    expect(refused({ [FILE]: article({}, { extra: ['originalUrl: https://news.example.com/a.html'] }) })).toEqual([
      `${FILE}:9: originalUrl：${messages.linkNotAllowed('news.example.com')}`,
    ]);
  });

  test('a dataset’s sourceUrl', () => {
    const dataset = {
      title: '测试市卫生院数量',
      region: 'xianyang',
      unit: '所',
      source: '测试市卫生健康委员会',
      sourceUrl: 'https://data.example.org/t.xls',
      chart: 'bar',
      series: [{ name: '卫生院', points: [{ period: '2021', value: 12 }] }],
    };
    const path = 'content/data/test-clinics.json';
    expect(refused({ [path]: `${JSON.stringify(dataset, null, 2)}\n` })).toEqual([
      `${path}:6: sourceUrl：${messages.linkNotAllowed('data.example.org')}`,
    ]);
  });
});

test('links to allowed sites, internal links and plain mentions pass and build', () => {
  const body = [
    '详见[国家卫健委](https://www.nhc.gov.cn/wjw/index.shtml)和 [www.gov.cn](https://WWW.GOV.CN/zhengce/)。',
    '统计公报见 https://www.stats.gov.cn/sj/ 。',
    '本站的[数据](/data/)和[本页顶部](#main)。',
    '域名 gov.cn 只向政府机关开放，邮编 030600。',
  ].join('\n\n');
  const root = makeContentRoot({ [FILE]: article({}, { body, extra: ['originalUrl: http://wjw.example.gov.cn/2019/0913.html'] }) });
  const result = runScript('build', root);
  expect(result.stderr).not.toContain('内容检查未通过');
  expect(result.status).toBe(0);
}, 120_000);

test('a broken links.json is reported on its line and its valid entries still apply', () => {
  const problems = refused({
    'content/links.json':
      '[\n  { "domain": "gov.cn", "note": "政府网站" },\n  { "domain": "https://www.example.com/", "note": "示例" }\n]\n',
    [FILE]: article({}, { body: '详见[通知](https://www.gov.cn/x)。' }),
  });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^content\/links\.json:3: \[1\]\.domain：/);
});
