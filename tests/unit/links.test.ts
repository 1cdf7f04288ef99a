import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/lib/messages/messages.ts';
import { splitFrontmatter } from '../../src/lib/files/frontmatter.ts';
import { htmlToText, plainTextToText } from '../../src/lib/import/html.ts';
import { findBodyLinks, findLinkProblems, mayHaveLinks, paragraphsWithLinks } from '../../src/lib/links/body-links.ts';
import { partitionLinks } from '../../src/lib/links/import-links.ts';
import { checkBareUrl, checkLinkText, checkUrl, createLinkPolicy, hostsInText, isAllowedHost } from '../../src/lib/links/policy.ts';
import { linkListSchema, suggestDomain, usableLinkEntries } from '../../src/lib/schema/links.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';
import { generateArchive } from '../../bench/lib/archive.ts';

const policy = createLinkPolicy([
  { domain: 'gov.cn' },
  { domain: 'who.int' },
  { domain: 'someone.github.io', exact: true },
  { domain: '10.1.2.3' },
]);
const allowed = (url: string) => checkUrl(url, policy) === undefined;

describe('allowed hosts', () => {
  test.each([
    'https://gov.cn/',
    'https://www.gov.cn/zhengce/',
    'http://www.nhc.gov.cn/wjw/index.shtml',
    'https://www.yzcity.gov.cn/a.html?x=1#top',
    'https://a.b.c.gov.cn',
    'HTTPS://WWW.GOV.CN/X',
    'https://GOV.CN',
    'https://www.gov.cn:8443/',
    'http://gov.cn:80/',
    'https://www.who.int/',
    'https://someone.github.io/page',
    'http://10.1.2.3/',
    // The parser reads full-width dots and letters as ASCII, as browsers do.
    'https://www．gov．cn/',
    'https://ｗｗｗ．ｇｏｖ．ｃｎ/',
    // "\" is "/" in http(s) URLs: the host is www.gov.cn, the rest is path.
    'https://www.gov.cn\\@evil.com',
    ' https://www.gov.cn/ ',
  ])('%s', (url) => expect(checkUrl(url, policy)).toBeUndefined());

  test('host matching goes label by label', () => {
    expect(isAllowedHost('gov.cn', policy)).toBe(true);
    expect(isAllowedHost('x.gov.cn', policy)).toBe(true);
    expect(isAllowedHost('evilgov.cn', policy)).toBe(false);
    expect(isAllowedHost('gov.cn.evil.com', policy)).toBe(false);
    expect(isAllowedHost('cn', policy)).toBe(false);
    expect(isAllowedHost('x.someone.github.io', policy)).toBe(false);
    expect(isAllowedHost('github.io', policy)).toBe(false);
  });
});

describe('refused hosts', () => {
  test.each([
    ['https://evil.com/', messages.linkNotAllowed('evil.com')],
    ['https://gov.cn.evil.com/', messages.linkNotAllowed('gov.cn.evil.com')],
    ['https://www.nhc.gov.cn.evil.com/', messages.linkNotAllowed('www.nhc.gov.cn.evil.com')],
    ['https://evilgov.cn/', messages.linkNotAllowed('evilgov.cn')],
    ['https://gov.com.cn/', messages.linkNotAllowed('gov.com.cn')],
    ['https://EVIL.COM/', messages.linkNotAllowed('evil.com')],
    ['https://www.gov.cn%2eevil.com/', messages.linkNotAllowed('www.gov.cn.evil.com')],
    ['https://a.someone.github.io/', messages.linkNotAllowed('a.someone.github.io')],
    ['https://github.io/', messages.linkNotAllowed('github.io')],
    // Protocol-relative and backslash forms leave the site like https:// does.
    ['//evil.com/x', messages.linkNotAllowed('evil.com')],
    ['\\\\evil.com/x', messages.linkNotAllowed('evil.com')],
    ['/\\evil.com/x', messages.linkNotAllowed('evil.com')],
    ['/\t/evil.com/x', messages.linkNotAllowed('evil.com')],
    ['https:evil.com', messages.linkNotAllowed('evil.com')],
    ['https:/\\evil.com', messages.linkNotAllowed('evil.com')],
  ])('%s', (url, message) => expect(checkUrl(url, policy)).toBe(message));

  test('credentials in a link are refused, naming the real host', () => {
    expect(checkUrl('https://gov.cn@evil.com/', policy)).toBe(messages.linkUserinfo('https://gov.cn@evil.com/', 'evil.com'));
    expect(checkUrl('https://user:pass@www.gov.cn/', policy)).toBe(messages.linkUserinfo('https://user:pass@www.gov.cn/', 'www.gov.cn'));
    expect(checkUrl('https://@www.gov.cn/', policy)).toBe(messages.linkUserinfo('https://@www.gov.cn/', 'www.gov.cn'));
  });

  test('a trailing dot is refused with its own message, even on an allowed domain', () => {
    expect(checkUrl('https://gov.cn./', policy)).toBe(messages.linkTrailingDot('gov.cn.'));
    expect(checkUrl('https://www.gov.cn./x', policy)).toBe(messages.linkTrailingDot('www.gov.cn.'));
    expect(messages.linkTrailingDot('www.gov.cn.')).toContain('“www.gov.cn”');
  });

  test('punycode and Cyrillic look-alikes do not match and are named as such', () => {
    const cyrillic = 'https://g\u043Ev.cn/'; // "gоv.cn" with a Cyrillic о
    expect(checkUrl(cyrillic, policy)).toBe(messages.linkLookalike('g\u043Ev.cn', 'xn--gv-fmc.cn'));
    expect(checkUrl('https://xn--gv-fmc.cn/', policy)).toBe(messages.linkLookalike('g\u043Ev.cn', 'xn--gv-fmc.cn'));
    expect(checkUrl('https://www.g\u043Ev.cn/', policy)).toBe(messages.linkLookalike('www.g\u043Ev.cn', 'www.xn--gv-fmc.cn'));
    expect(allowed('https://gov.xn--cn-fmc/')).toBe(false);
  });

  test('IP addresses are refused unless listed, in any spelling', () => {
    expect(checkUrl('http://1.2.3.4/', policy)).toBe(messages.linkIp('1.2.3.4'));
    expect(checkUrl('http://[::1]/', policy)).toBe(messages.linkIp('[::1]'));
    expect(checkUrl('http://0x7f.1/', policy)).toBe(messages.linkIp('127.0.0.1'));
    expect(checkUrl('http://0x0a.1.2.3/', policy)).toBeUndefined(); // 10.1.2.3, listed
    expect(checkUrl('http://10.1.2.3.evil.com/', policy)).toBe(messages.linkNotAllowed('10.1.2.3.evil.com'));
  });

  test('only http(s), mailto: and internal links', () => {
    expect(checkUrl('ftp://gov.cn/a', policy)).toBe(messages.linkScheme('ftp:'));
    expect(checkUrl('data:image/png;base64,AAAA', policy)).toBe(messages.linkScheme('data:'));
    expect(checkUrl('tel:12320', policy)).toBe(messages.linkScheme('tel:'));
    expect(checkUrl('file:///etc/passwd', policy)).toBe(messages.linkScheme('file:'));
    expect(checkUrl('JavaScript:alert(1)', policy)).toBe(messages.unsafeUrl());
    expect(checkUrl('https://', policy)).toBe(messages.linkUnparseable('https://'));
    expect(checkUrl('http://exa mple.gov.cn/', policy)).toBe(messages.linkUnparseable('http://exa mple.gov.cn/'));
  });

  test('an ASCII host running into Chinese text is named as swallowed text', () => {
    expect(checkUrl('https://www.gov.cn，详见', policy)).toBe(messages.linkSwallowedText('https://www.gov.cn，详见', 'https://www.gov.cn'));
    expect(checkUrl('http://www.nhc.gov.cn。看', policy)).toBe(
      messages.linkSwallowedText('http://www.nhc.gov.cn。看', 'http://www.nhc.gov.cn'),
    );
    expect(checkBareUrl('https://www.gov.cn/x，详见。')).toBe(
      messages.linkSwallowedText('https://www.gov.cn/x，详见。', 'https://www.gov.cn/x'),
    );
    expect(checkBareUrl('https://www.gov.cn/x')).toBeUndefined();
    expect(checkBareUrl('https://www.gov.cn/(a)/b).,。')).toBe(
      messages.linkSwallowedText('https://www.gov.cn/(a)/b).,。', 'https://www.gov.cn/(a)/b'),
    );
  });
});

describe('internal links and e-mail', () => {
  test.each(['/data/yongzhou-liangai-2019/', '#top', '../other/', 'page/', '?q=两癌', '', '/articles/x/#a'])('internal: %s', (url) => {
    expect(checkUrl(url, policy)).toBeUndefined();
  });
  test('a domain without https:// is an internal link by mistake', () => {
    expect(checkUrl('www.gov.cn', policy)).toBe(messages.linkMissingScheme('www.gov.cn'));
  });
  test('mailto: checks every address', () => {
    expect(checkUrl('mailto:wjw@yz.gov.cn', policy)).toBeUndefined();
    expect(checkUrl('MAILTO:WJW@YZ.GOV.CN', policy)).toBeUndefined();
    expect(checkUrl('mailto:a@163.com', policy)).toBe(messages.linkEmailNotAllowed('a@163.com', '163.com'));
    expect(checkUrl('mailto:a@gov.cn?cc=b@evil.com', policy)).toBe(messages.linkEmailNotAllowed('b@evil.com', 'evil.com'));
    expect(checkUrl('mailto:a@gov.cn,b@evil.com', policy)).toBe(messages.linkEmailNotAllowed('b@evil.com', 'evil.com'));
    expect(checkUrl('mailto:a@gov.cn.', policy)).toBe(messages.linkTrailingDot('gov.cn.'));
    expect(checkUrl('mailto:', policy)).toBe(messages.linkUnparseable('mailto:'));
    expect(checkUrl('mailto:nobody', policy)).toBe(messages.linkUnparseable('mailto:nobody'));
  });
});

describe('link text must name the target', () => {
  test.each([
    ['https://www.gov.cn', 'https://evil.com', 'www.gov.cn', 'evil.com'],
    ['www.nhc.gov.cn', 'https://nhc.gov.cn.evil.com', 'www.nhc.gov.cn', 'nhc.gov.cn.evil.com'],
    ['请访问 www.gov.cn 了解', 'https://www.nhc.gov.cn/', 'www.gov.cn', 'www.nhc.gov.cn'],
    ['nhc.gov.cn', 'https://evil.com/nhc.gov.cn', 'nhc.gov.cn', 'evil.com'],
    ['ｗｗｗ．ｎｈｃ．ｇｏｖ．ｃｎ', 'https://evil.com', 'www.nhc.gov.cn', 'evil.com'],
    ['www。nhc。gov。cn', 'https://evil.com', 'www.nhc.gov.cn', 'evil.com'],
    ['wjw@yz.gov.cn', 'mailto:wjw@evil.com', 'yz.gov.cn', 'evil.com'],
    ['https://gov.cn@evil.com', 'https://gov.cn/', 'evil.com', 'gov.cn'],
    ['www.gov.cn', 'https://www.g\u043Ev.cn/', 'www.gov.cn', 'www.xn--gv-fmc.cn'],
  ])('[%s](%s)', (text, url, shown, target) => {
    expect(checkLinkText(text, url)).toBe(messages.linkTextMismatch(shown, target));
  });
  test.each([
    ['国家卫健委', 'https://www.nhc.gov.cn/'],
    ['www.nhc.gov.cn', 'https://www.nhc.gov.cn/'],
    ['https://www.nhc.gov.cn/', 'https://www.nhc.gov.cn/wjw/'],
    ['nhc.gov.cn', 'https://www.nhc.gov.cn/'],
    ['WWW.NHC.GOV.CN', 'http://nhc.gov.cn'],
    ['咸阳市人民政府（www.xianyang.gov.cn）', 'https://www.xianyang.gov.cn/'],
    ['www.gov.cn。', 'https://www.gov.cn/'],
    ['wjw@yz.gov.cn', 'mailto:wjw@yz.gov.cn'],
    ['附件1.docx', 'https://www.gov.cn/a.docx'],
    ['index.html', 'https://www.gov.cn/index.html'],
    ['第3.5条，增长1.2%，v2.0', 'https://www.gov.cn/'],
  ])('[%s](%s) passes', (text, url) => expect(checkLinkText(text, url)).toBeUndefined());
  test('a domain shown as text of an internal link', () => {
    expect(checkLinkText('www.gov.cn', '/data/x/')).toBe(messages.linkTextToSite('www.gov.cn'));
    // checkUrl already says https:// is missing; no second message.
    expect(checkLinkText('www.gov.cn', 'www.gov.cn')).toBeUndefined();
  });
  test('hosts read from text', () => {
    expect(hostsInText('访问www.nhc.gov.cn和https://who.int/x，或写信至a@b.gov.cn')).toEqual(['www.nhc.gov.cn', 'who.int', 'b.gov.cn']);
    expect(hostsInText('Node.js 与 report.pdf')).toEqual([]);
    expect(hostsInText('https://example.zip')).toEqual(['example.zip']);
  });
});

/** A body as splitFrontmatter returns it: four frontmatter lines blanked. */
const body = (text: string) => splitFrontmatter(`---\ntitle: x\ndate: 2024-01-01\n---\n${text}`).body;

describe('finding links in a body', () => {
  test('every kind, each on its file line', () => {
    const links = findBodyLinks(
      body(
        [
          '正文 https://www.gov.cn/a 和 www.nhc.gov.cn 。', // 5
          '', // 6
          '参见[国家卫健委](https://www.nhc.gov.cn/ "标题")与[参考资料][ref]。', // 7
          '', // 8
          '<a href="https://html.gov.cn/">HTML 链接</a>', // 9
          '', // 10
          '![示意图](https://img.gov.cn/a.png)', // 11
          '', // 12
          '联系邮箱 wjw@yz.gov.cn。', // 13
          '', // 14
          '[ref]: https://ref.gov.cn/a', // 15
        ].join('\n'),
      ),
    );
    expect(links).toEqual([
      { line: 5, text: 'https://www.gov.cn/a', url: 'https://www.gov.cn/a', kind: 'literal' },
      { line: 5, text: 'www.nhc.gov.cn', url: 'http://www.nhc.gov.cn', kind: 'literal' },
      { line: 7, text: '国家卫健委', url: 'https://www.nhc.gov.cn/', kind: 'link' },
      { line: 7, text: '参考资料', url: 'https://ref.gov.cn/a', kind: 'reference' },
      { line: 9, text: 'HTML 链接', url: 'https://html.gov.cn/', kind: 'link' },
      { line: 11, text: '示意图', url: 'https://img.gov.cn/a.png', kind: 'image' },
      { line: 13, text: 'wjw@yz.gov.cn', url: 'mailto:wjw@yz.gov.cn', kind: 'literal' },
      { line: 15, text: '', url: 'https://ref.gov.cn/a', kind: 'definition' },
    ]);
  });

  test('code spans and fenced code hold no links; MDX has no indented code, so an indented URL is one', () => {
    const text = [
      '`https://code.evil.com`',
      '',
      '```',
      'https://fenced.evil.com',
      '[x](https://fenced2.evil.com)',
      '```',
      '',
      '~~~',
      'www.tilde.evil.com',
      '~~~',
      '',
      '    https://indented.evil.com',
    ].join('\n');
    expect(findBodyLinks(body(text))).toEqual([
      { line: 16, text: 'https://indented.evil.com', url: 'https://indented.evil.com', kind: 'literal' },
    ]);
  });

  test('links in quotes, lists, tables, footnotes and emphasis', () => {
    const text = [
      '> 引用 https://q.gov.cn', // 5
      '', // 6
      '- 列表 [l](https://l.gov.cn)', // 7
      '', // 8
      '| 地区 | 网址 |', // 9
      '|---|---|', // 10
      '| 永州 | https://t.gov.cn |', // 11
      '', // 12
      '脚注[^1]和**[加粗](https://b.gov.cn)**', // 13
      '', // 14
      '[^1]: 见 https://f.gov.cn', // 15
    ].join('\n');
    expect(findBodyLinks(body(text)).map((link) => [link.line, link.url])).toEqual([
      [5, 'https://q.gov.cn'],
      [7, 'https://l.gov.cn'],
      [11, 'https://t.gov.cn'],
      [13, 'https://b.gov.cn'],
      [15, 'https://f.gov.cn'],
    ]);
  });

  test('a link text running over lines reports its first line; JSX URL attributes are found', () => {
    const links = findBodyLinks(body('[第一行\n第二行](https://evil.com)\n\n<img src="https://img.evil.com/x.png" alt="" />'));
    expect(links).toEqual([
      { line: 5, text: '第一行\n第二行', url: 'https://evil.com', kind: 'link' },
      { line: 8, text: '', url: 'https://img.evil.com/x.png', kind: 'image' },
    ]);
  });

  test('entities and backslash escapes are decoded before bare URLs are found, as the renderer does', () => {
    expect(findBodyLinks('&#104;ttps://evil.com').map((link) => link.url)).toEqual(['https://evil.com']);
    expect(findBodyLinks('https\\://evil.com').map((link) => link.url)).toEqual(['https://evil.com']);
    expect(findBodyLinks('[x](https://evil&#46;com)').map((link) => link.url)).toEqual(['https://evil.com']);
  });

  test('GFM bare URLs run on through Chinese text to the next space, as the renderer does', () => {
    expect(findBodyLinks('见 https://www.gov.cn/x，详见。还有 www.nhc.gov.cn。看\n').map((link) => link.url)).toEqual([
      'https://www.gov.cn/x，详见。还有',
      'http://www.nhc.gov.cn。看',
    ]);
    // A www. address needs a space or punctuation before it; an http one does not.
    expect(findBodyLinks('还有www.nhc.gov.cn 和 详见https://www.gov.cn/x 后').map((link) => link.url)).toEqual(['https://www.gov.cn/x']);
    // ASCII punctuation at the end is left out.
    expect(findBodyLinks('(https://www.gov.cn/a). 又见 https://www.gov.cn/b.').map((link) => link.url)).toEqual([
      'https://www.gov.cn/a',
      'https://www.gov.cn/b',
    ]);
  });

  test('only paragraphs with link markers are parsed, and they give the same links as the whole body', () => {
    const filler = '截至7月底，全市“两癌”免费检查完成任务的83.86%。';
    const bodies = [
      // A fence whose code has blank lines and URLs; the fence lines have no link marker.
      [filler, '', '```', '第一行', '', 'https://in.code.evil.com', '', '```', '', 'https://after.gov.cn'].join('\n'),
      ['~~~', '', '[x](https://tilde.evil.com)', '~~~', '', 'www.after.gov.cn'].join('\n'),
      // JSX spanning blank lines.
      ['<div>', '', filler, '', '<a href="https://a.gov.cn/">', '', '见 https://inner.gov.cn', '', '</a>', '</div>'].join('\n'),
      // A plain [ref] far from its definition.
      [
        '参见[国家卫健委]。',
        '',
        filler,
        '',
        '[国家卫健委][]与[nhc]',
        '',
        '[国家卫健委]: https://www.nhc.gov.cn/',
        '[NHC]: https://nhc.gov.cn/',
      ].join('\n'),
      [
        '参见[卫健委]。',
        '',
        filler,
        '',
        '> [卫健委]: https://www.nhc.gov.cn/',
        '',
        '- [统计局]: https://www.stats.gov.cn/',
        '',
        '见[统计局]',
      ].join('\n'),
      // A list item continued after a blank line.
      ['- 第一项', '', '  继续：[链接](https://l.gov.cn/)', '', '    缩进的 https://indented.gov.cn'].join('\n'),
      // Lines of spaces are blank, lines of no-break spaces are not.
      [filler, '   ', '[跨行\u00a0', '\u00a0', '文字](https://nbsp.gov.cn/)'].join('\n'),
      // A footnote and a table.
      ['正文[^1]。', '', '| 地区 | 网址 |', '|---|---|', '| 永州 | www.t.gov.cn |', '', '[^1]: 见 https://f.gov.cn'].join('\n'),
    ];
    for (const text of bodies) {
      const whole = findBodyLinks(body(text), { whole: true });
      expect(whole.length).toBeGreaterThan(0);
      expect(findBodyLinks(body(text))).toEqual(whole);
    }
    expect(paragraphsWithLinks(body(`${filler}\n\n见 https://x.gov.cn\n\n${filler}`))).toBe('\n\n\n\n\n\n见 https://x.gov.cn\n\n');
  });

  test('the same links as the whole body, over generated bodies with link snippets dropped in at random', () => {
    const snippets = [
      '详见[国家卫健委](https://www.nhc.gov.cn/)',
      'https://www.gov.cn/x，后',
      ' www.a.gov.cn ',
      '[参考][r]',
      '[r]',
      '```',
      '~~~',
      '<a href="https://h.gov.cn">',
      '</a>',
      '- 列表',
      '  续 [l](https://l.gov.cn)',
      '> 引用 https://q.gov.cn',
      'a@b.gov.cn',
      '&#104;ttps://e.gov.cn',
      '`https://c.gov.cn`',
      '[r]: https://r.gov.cn',
      '| a | https://t.gov.cn |',
      '|---|---|',
      '',
      '访问 nhc.gov.cn',
      '**[b](https://b.gov.cn)**',
      '[^1]',
      '[^1]: https://f.gov.cn',
      '<div>',
      '</div>',
    ];
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (const generated of generateArchive({ count: 150, seed: 5 }).articles) {
      const lines = splitFrontmatter(generated.mdx).body.split('\n');
      for (let k = 0; k < 6; k++) lines.splice(random(lines.length), 0, snippets[random(snippets.length)]!);
      const text = lines.join('\n');
      expect(findBodyLinks(text)).toEqual(findBodyLinks(text, { whole: true }));
    }
  });

  test('a body with no link marker is not parsed', () => {
    expect(mayHaveLinks('截至7月底，全市“两癌”免费检查完成任务的83.86%。\n\n<Chart dataset="x" />')).toBe(false);
    expect(mayHaveLinks('见 gov.cn 网站')).toBe(false);
    expect(findBodyLinks('见 gov.cn 网站')).toEqual([]);
  });

  test('a body that does not parse as MDX is still searched, line by line', () => {
    // MDX has no <https://…> autolinks: the build fails on it, and the checker reports the syntax error.
    const links = findBodyLinks(body('第一段。\n\n见 <https://evil.com/x> 和 [y](https://y.evil.com)'));
    expect(links.map((link) => [link.line, link.url])).toEqual([
      [7, 'https://evil.com/x'],
      [7, 'https://y.evil.com'],
      [7, 'https://y.evil.com'],
    ]);
  });
});

describe('findLinkProblems', () => {
  test('both rules, on the right lines, once each', () => {
    const text = [
      '[https://www.gov.cn](https://evil.com) 和 [再一次](https://evil.com)', // 5
      '', // 6
      '[www.nhc.gov.cn][bad]', // 7
      '', // 8
      '[bad]: https://nhc.gov.cn.evil.com', // 9
      '', // 10
      '见 https://www.gov.cn/x，详见。又见 (https://www.gov.cn/y)。', // 11
      '', // 12
      '![图](https://img.evil.com/a.png)', // 13
      '', // 14
      '<a href="https://evil.com/">', // 15
      '', // 16
      '访问 nhc.gov.cn', // 17
      '', // 18
      '</a>', // 19
    ].join('\n');
    expect(findLinkProblems(body(text), policy)).toEqual([
      { line: 5, message: messages.linkNotAllowed('evil.com') },
      { line: 5, message: messages.linkTextMismatch('www.gov.cn', 'evil.com') },
      { line: 7, message: messages.linkTextMismatch('www.nhc.gov.cn', 'nhc.gov.cn.evil.com') },
      { line: 9, message: messages.linkNotAllowed('nhc.gov.cn.evil.com') },
      { line: 11, message: messages.linkSwallowedText('https://www.gov.cn/x，详见。又见', 'https://www.gov.cn/x') },
      // ")" is only dropped from a bare URL's end when nothing follows it: here "。" does.
      { line: 11, message: messages.linkSwallowedText('https://www.gov.cn/y)。', 'https://www.gov.cn/y') },
      { line: 13, message: messages.linkNotAllowed('img.evil.com') },
      // An element's text may run over paragraphs; all of it is link text.
      { line: 15, message: messages.linkNotAllowed('evil.com') },
      { line: 15, message: messages.linkTextMismatch('nhc.gov.cn', 'evil.com') },
    ]);
  });

  test('a valid but unusual corpus passes', () => {
    const text = [
      '本文所称 gov.cn 网站、nhc.gov.cn 和 example.com 只是文字，不是链接。',
      '',
      '版本号 v1.2.3、比例 83.86%、文号永卫发〔2019〕12号、时间 8:30—17:30。',
      '',
      '联系邮箱：wjw@yz.gov.cn。张三@卫健委 不是邮件地址，a@b 也不是。',
      '',
      '原文见 https://www.yzcity.gov.cn/a.html ，或 www.nhc.gov.cn 。',
      '',
      '详见国家卫健委网站（https://www.nhc.gov.cn/wjw/ ）和中国政府网 (https://www.gov.cn/zhengce/).',
      '',
      '[国家卫健委](https://www.nhc.gov.cn/)、[www.nhc.gov.cn](https://www.nhc.gov.cn/)、[数据](/data/yongzhou-liangai-2019/)、[上文](#一总体情况)。',
      '',
      '[世界卫生组织][who]，<a href="https://www.gov.cn/">中国政府网</a>，HTTPS://WWW.GOV.CN/X',
      '',
      '`https://evil.com` 是反面例子。',
      '',
      '```',
      '<a href="https://evil.com">代码块里的示例</a>',
      '```',
      '',
      '[who]: https://www.who.int/',
      '',
      '<Chart dataset="yongzhou-liangai-2019" />',
    ].join('\n');
    expect(findLinkProblems(body(text), policy)).toEqual([]);
  });
});

describe('content/links.json schema', () => {
  const issues = (data: unknown) => {
    const parsed = linkListSchema.safeParse(data);
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
  };
  test('the sample allow-list and the checker fixture are valid and allow every URL in content', () => {
    for (const file of [join(repoRoot, 'content/links.json'), join(fixturesDir, 'content/links.json')]) {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(issues(data)).toEqual([]);
    }
    const sample = createLinkPolicy(JSON.parse(readFileSync(join(repoRoot, 'content/links.json'), 'utf8')) as { domain: string }[]);
    for (const url of [
      'https://example.gov.cn/notice/123.html',
      'https://www.nhc.gov.cn/',
      'https://www.yzcity.gov.cn/',
      'http://www.xianyang.gov.cn/',
    ]) {
      expect(checkUrl(url, sample)).toBeUndefined();
    }
  });
  test('valid entries, optional exact, IP addresses and an empty list', () => {
    expect(
      issues([
        { domain: 'gov.cn', note: '政府网站' },
        { domain: 'someone.github.io', note: '共享主机上的一个站点', exact: true },
        { domain: '10.1.2.3', note: '内网' },
      ]),
    ).toEqual([]);
    expect(issues([])).toEqual([]);
  });
  test.each([
    ['https://gov.cn', 'gov.cn'],
    ['GOV.CN', 'gov.cn'],
    ['gov.cn.', 'gov.cn'],
    ['www.gov.cn/zhengce', 'www.gov.cn'],
    ['gov.cn:443', 'gov.cn'],
    ['中国政府网.cn', 'xn--fiqs8sirgfmhq98a.cn'],
    ['cn', undefined],
    ['-a.cn', undefined],
    ['a..cn', undefined],
    ['a.123', undefined],
    ['', undefined],
  ])('bad domain %j', (domain, suggestion) => {
    expect(issues([{ domain, note: '说明' }])).toEqual([['0.domain', messages.linkDomainBad(domain, suggestion)]]);
  });
  test('domain not text, note missing or empty, unknown field, wrong type', () => {
    expect(issues([{ domain: 5, note: '说明' }])).toEqual([['0.domain', messages.linkDomainBad(5)]]);
    expect(issues([{ domain: 'gov.cn' }])).toEqual([['0.note', messages.missingInJson('note')]]);
    expect(issues([{ domain: 'gov.cn', note: '  ' }])).toEqual([['0.note', messages.emptyText('note')]]);
    expect(issues([{ note: '说明' }])).toEqual([['0.domain', messages.missingInJson('domain')]]);
    expect(issues([{ domain: 'gov.cn', note: '说明', exact: 'yes' }])).toEqual([['0.exact', messages.notBoolean('exact')]]);
    expect(issues([{ domain: 'gov.cn', note: '说明', reason: 'x' }])[0]?.[1]).toContain('未知字段 `reason`');
    expect(issues({ domain: 'gov.cn' })).toEqual([['', messages.taxonomyNotArray()]]);
  });
  test('duplicates and entries already covered by a broader one', () => {
    expect(
      issues([
        { domain: 'gov.cn', note: 'a' },
        { domain: 'gov.cn', note: 'b' },
      ]),
    ).toEqual([['1.domain', messages.linkDomainDuplicate('gov.cn')]]);
    expect(
      issues([
        { domain: 'www.nhc.gov.cn', note: 'a' },
        { domain: 'gov.cn', note: 'b' },
      ]),
    ).toEqual([['0.domain', messages.linkDomainCovered('www.nhc.gov.cn', 'gov.cn')]]);
    // An exact entry covers nothing.
    expect(
      issues([
        { domain: 'a.github.io', note: 'a' },
        { domain: 'github.io', note: 'b', exact: true },
      ]),
    ).toEqual([]);
  });
  test('while the file has problems, its valid entries still count', () => {
    expect(usableLinkEntries([{ domain: 'gov.cn', note: 'a' }, { domain: 'GOV.CN', note: 'b' }, { domain: 'who.int' }, 'x'])).toEqual([
      { domain: 'gov.cn', note: 'a' },
    ]);
    expect(usableLinkEntries({ domain: 'gov.cn', note: 'a' })).toEqual([]);
  });
  test('suggestions', () => {
    expect(suggestDomain('https://www.nhc.gov.cn/wjw/')).toBe('www.nhc.gov.cn');
    expect(suggestDomain('gov.cn')).toBeUndefined();
  });
});

describe('links on an imported page', () => {
  const page = `<html><head><title>标题</title><link href="https://cdn.evil.com/a.css"></head><body>
    <!-- <a href="https://comment.evil.com/">注释</a> -->
    <script>document.write('<a href="https://script.evil.com/">x</a>')</script>
    <p>见<a href=" https://www.nhc.gov.cn/wjw/?a=1&amp;b=2 ">国家&nbsp;<b>卫健委</b>
      网站</a>，<A HREF="HTTP://WWW.GOV.CN">WWW.GOV.CN</A>。</p>
    <div class="links"><a href="#">精品视频</a> <a href="/rel/">相对</a> <a href="javascript:void(0)">js</a>
    <a href="https://casino.example.com/">澳门娱乐</a> <a href="https://evil.com/">www.gov.cn</a></div>
  </body></html>`;
  test('htmlToText keeps every absolute http(s) <a href> with its text', () => {
    expect(htmlToText(page).links).toEqual([
      { text: '国家 卫健委 网站', href: 'https://www.nhc.gov.cn/wjw/?a=1&b=2' },
      { text: 'WWW.GOV.CN', href: 'HTTP://WWW.GOV.CN' },
      { text: '澳门娱乐', href: 'https://casino.example.com/' },
      { text: 'www.gov.cn', href: 'https://evil.com/' },
    ]);
    expect(htmlToText('<p>没有链接</p>').links).toEqual([]);
    expect(plainTextToText('纯文本 https://evil.com').links).toEqual([]);
  });
  test('partitionLinks keeps allowed ones and says why the others were dropped', () => {
    const { allowed: kept, dropped } = partitionLinks(htmlToText(page).links, policy);
    expect(kept.map((link) => link.href)).toEqual(['https://www.nhc.gov.cn/wjw/?a=1&b=2', 'HTTP://WWW.GOV.CN']);
    expect(dropped).toEqual([
      {
        text: '澳门娱乐',
        href: 'https://casino.example.com/',
        host: 'casino.example.com',
        reason: messages.linkNotAllowed('casino.example.com'),
      },
      { text: 'www.gov.cn', href: 'https://evil.com/', host: 'evil.com', reason: messages.linkNotAllowed('evil.com') },
    ]);
    expect(partitionLinks([{ text: 'www.gov.cn', href: 'https://www.nhc.gov.cn/' }], policy).dropped).toEqual([
      {
        text: 'www.gov.cn',
        href: 'https://www.nhc.gov.cn/',
        host: 'www.nhc.gov.cn',
        reason: messages.linkTextMismatch('www.gov.cn', 'www.nhc.gov.cn'),
      },
    ]);
  });
});
