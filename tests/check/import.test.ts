// `npm run import` on our own broken pages: what is removed, what is flagged
// (with its line in the draft), what survives, and that no figure changes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { makeContentRoot, runScript } from '../support/content-root.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';

const fixture = (name: string) => join(fixturesDir, 'import', name);

function runImport(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/import.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WEIJIAN_CONTENT_DIR: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Import `input` into a fresh content root; return the draft, its lines and the report. */
function importInto(input: string, extra: string[] = []) {
  const root = makeContentRoot();
  const result = runImport(root, [input, '--out', 'content/articles/imported.mdx', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const draft = readFileSync(join(root, 'content/articles/imported.mdx'), 'utf8');
  // The report is kept outside content/, so it can never be published or committed with the draft.
  const report = readFileSync(join(root, 'import-reports/imported.import-report.md'), 'utf8');
  expect(existsSync(join(root, 'content/articles/imported.import-report.md'))).toBe(false);
  expect(result.stdout).toContain(report.trim().split('\n')[0]);
  return { root, draft, lines: draft.split('\n'), report, body: draft.split('---').slice(2).join('---') };
}

/** Report lines of one kind, as [first draft line, text]: "- 第 12、14 行 [kind] …" or "- [kind] “word” ×2：第 12、14 行。…". */
function reported(report: string, kind: string): [number, string][] {
  const escaped = kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...report.matchAll(new RegExp(`^- (?:第 ([\\d、]+) 行(?:附近)? )?\\[${escaped}\\] (.*)$`, 'gm'))].map((m) => [
    Number((m[1] ?? /第 ([\d、]+) 行/.exec(m[2]!)?.[1] ?? '0').split('、')[0]),
    m[2]!,
  ]);
}

/** The draft with the import's placeholders filled and `draft: true` removed, as an editor would. */
function fillPlaceholders(draft: string, summary: string, source?: string): string {
  const filled = draft
    .replace('region: "【待填写：地区 id，见 content/regions.json】"', 'region: xianyang')
    .replace('topics: ["【待填写：1到5个主题 id，见 content/topics.json】"]', 'topics: [jiceng]')
    .replace('summary: "【待填写：20到200字的摘要】"', `summary: ${summary}`)
    .replace('draft: true\n', '');
  return source ? filled.replace('source: "【待填写：发布机构】"', `source: ${source}`) : filled;
}

const numbersIn = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => n.length > 1 || /\./.test(n));

describe('a content-farm copy (HTML)', () => {
  const { draft, body, report } = importInto(fixture('content-farm.html'));

  test('finds title, date and source; leaves the rest as placeholders', () => {
    expect(draft).toContain('title: "测试区推进家庭医生签约服务"');
    expect(draft).toContain('date: 2022-05-16');
    expect(draft).toContain('source: "测试区卫生健康委员会"');
    expect(draft).toContain('summary: "【待填写：20到200字的摘要】"');
    expect(draft).toContain('draft: true');
  });

  test('removes the farm furniture and the injected spam, and lists every removal', () => {
    for (const gone of [
      '每日更新',
      '点赞',
      '声明',
      '留言',
      'ICP备',
      '精品视频',
      '澳门',
      '居民在社区卫生服务中心咨询签约',
      'var ads',
      'color:red',
      '<cite',
    ]) {
      expect(body, gone).not.toContain(gone);
    }
    for (const kind of [
      '删除：内容农场横幅',
      '删除：面包屑导航',
      '删除：分享、点赞、收藏提示',
      '删除：免责声明',
      '删除：备案和版权信息',
      '删除：注入的垃圾信息',
      '删除：图片说明',
      '删除：多余的 HTML 标签',
    ]) {
      expect(reported(report, kind).length, kind).toBeGreaterThan(0);
    }
    expect(reported(report, '删除：注入的垃圾信息')[0]![1]).toContain('澳门真人娱乐开户送彩金');
  });

  test('keeps the report text and every figure unchanged, with headings', () => {
    expect(body).toContain('全区组建家庭医生团队46个，重点人群签约率达到78.5%。');
    expect(body).toContain('## 一、扩大服务覆盖');
    expect(body).toContain('全年上门随访老年人3120人次。');
    const source = readFileSync(fixture('content-farm.html'), 'utf8');
    for (const number of numbersIn(body)) expect(source).toContain(number);
  });
});

describe('a portal page in Traditional with pinyin readings and stray tags', () => {
  const { body, report, draft } = importInto(fixture('portal-traditional.txt'));

  test('removes the readings, converts to Simplified and lists both', () => {
    expect(body).toContain('今年以来，测试县卫生健康局围绕基层医疗服务能力提升开展工作，全县乡镇卫生院标准化建设完成12所。');
    expect(body).not.toMatch(/\([a-zàáǎèéěìíǐòóǒùúǔǜü]+\)/);
    expect(reported(report, '插入的拼音注音').some(([, text]) => text.includes('衛(wèi)生') && text.includes('→'))).toBe(true);
    expect(reported(report, '繁体转简体').length).toBeGreaterThan(0);
    expect(draft).toContain('title: "测试县2021年卫生健康工作总结"');
    expect(draft).toContain('date: 2021-12-28');
  });

  test('drops the portal footer and page furniture', () => {
    for (const gone of ['扫一扫', '网站标识码', 'ICP', '公网安备', '字体', '<thead']) expect(body, gone).not.toContain(gone);
    expect(body).toContain('全年完成疫苗接种15.6万剂次，接种率保持在95%以上。');
  });

  test('--keep-traditional keeps the script (readings still go)', () => {
    const kept = importInto(fixture('portal-traditional.txt'), ['--keep-traditional']);
    expect(kept.body).toContain('測試縣衛生健康局圍繞基層醫療服務能力提升開展工作');
    expect(reported(kept.report, '繁体转简体')).toEqual([]);
  });

  test.each([
    ['GBK', 'gbk'],
    ['Big5', 'big5'],
  ])('the same page saved as %s is decoded and gives the same draft', (label, encoding) => {
    const root = makeContentRoot();
    const input = join(root, `page-${encoding}.txt`);
    // GBK and Big5 have no “•”; pages in those encodings use “·”.
    writeFileSync(input, iconv.encode(readFileSync(fixture('portal-traditional.txt'), 'utf8').replaceAll('•', '·'), encoding));
    const result = runImport(root, [input, '--out', 'content/articles/imported.mdx']);
    expect(result.status).toBe(0);
    const decoded = readFileSync(join(root, 'content/articles/imported.mdx'), 'utf8');
    expect(decoded).toBe(draft);
    expect(result.stdout).toContain(`原文编码：${label.toUpperCase()}`);
  });
});

describe('a spun, shuffled, anonymised report', () => {
  const input = fixture('spun-report.txt');
  const { lines, body, report, draft } = importInto(input);
  // The body's line (the frontmatter's reviewed entries quote the same text).
  const bodyStart = lines.indexOf('---', 1);
  const lineWith = (text: string) => lines.findIndex((line, index) => index > bodyStart && line.includes(text)) + 1;

  test('flags truncated and stripped numbers, impossible years and percentages, each on its draft line', () => {
    expect(reported(report, '截断的数字')).toEqual([[lineWith('达到88.此中'), expect.stringContaining('“88.”')]]);
    expect(reported(report, '缺失的数字').map(([line]) => line)).toEqual([
      lineWith('由年的个增加到个'),
      lineWith('由年的个增加到个'),
      lineWith('由年的个增加到个'),
    ]);
    expect(reported(report, '损坏的年份')).toEqual([[lineWith('202223年'), expect.stringContaining('202223年')]]);
    expect(reported(report, '超过100%的比例')).toEqual([[lineWith('20230%'), expect.stringContaining('20230%')]]);
  });

  test('the report starts with a summary and groups each word with every line it is on', () => {
    const summary = report.indexOf('## 摘要');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(report.indexOf('## 需要改正'));
    expect(report).toMatch(/需要人工核对：\d+ 处（疑似洗稿用词 7，/);
    // 生齿 is on one draft line twice? No: the repeated opening was removed, so once.
    expect(reported(report, '疑似洗稿用词').filter(([, text]) => text.startsWith('“生齿”'))).toHaveLength(1);
  });

  test('questions no rule can re-detect go into the draft as reviewed entries to answer', () => {
    expect(draft).toMatch(/reviewed:\n {2}# [^\n]*\n {2}- rule: anonymised-place/);
    expect(draft).toContain('  - rule: over-100-percent');
    expect(draft).toContain('  - rule: sentence-order');
    expect(draft.match(/note: "【待填写：/g)).toHaveLength(4);
  });

  test('never "fixes" a figure: the damaged numbers survive as they were', () => {
    for (const kept of ['88.此中', '由年的个增加到个', '202223年', '20230%', '96%', '31万']) expect(body).toContain(kept);
    const source = readFileSync(input, 'utf8');
    for (const number of numbersIn(body)) expect(source).toContain(number);
  });

  test('flags spun words with the likely original, without replacing them', () => {
    const spun = reported(report, '疑似洗稿用词').map(([, text]) => text);
    for (const [word, original] of [
      ['病院', '医院'],
      ['下层', '基层'],
      ['扶植', '建设'],
      ['生齿', '人口'],
      ['不竭', '不断'],
    ]) {
      expect(
        spun.some((text) => text.includes(`“${word}”疑似机器替换，原词可能是“${original}”`)),
        word,
      ).toBe(true);
    }
    expect(body).toContain('病院');
    expect(report).toMatch(/损坏程度：\d+\/100/);
  });

  test('keeps anonymised places, flags them, and leaves the region to the editor', () => {
    expect(body).toContain('XX县区地处xx市北部');
    expect(reported(report, '匿名地名').length).toBe(2);
    expect(draft).toContain('region: "【待填写：地区 id，见 content/regions.json】"');
  });

  test('removes the repeated opening and flags a sentence that starts mid-thought', () => {
    expect(body.split('XX县区地处xx市北部').length - 1).toBe(1);
    expect(reported(report, '删除：重复的开头')[0]![1]).toContain('XX县区地处xx市北部');
    expect(reported(report, '语句不连贯')).toEqual([[lineWith('并积极推进。'), expect.stringContaining('并积极推进。')]]);
  });

  test('--unspin replaces the known swaps and lists each replacement', () => {
    const unspun = importInto(input, ['--unspin']);
    expect(unspun.body).toContain('全区持续加强基层医院建设，基本公共卫生服务项目覆盖全部乡镇');
    const replaced = reported(unspun.report, '替换洗稿用词').map(([, text]) => text);
    expect(replaced.some((text) => text.startsWith('“病院” → “医院” ×1'))).toBe(true);
    expect(replaced.some((text) => text.startsWith('“生齿” → “人口” ×1'))).toBe(true);
    // The score still shows what is broken after the words are replaced: cut and stripped numbers, a broken sentence.
    const score = (text: string) => Number(/损坏程度：(\d+)\/100/.exec(text)![1]);
    expect(score(unspun.report)).toBeGreaterThan(50);
    expect(unspun.report).toContain('[截断的数字] “88.”');
  });
});

test('a download-wall page loses the wall text and keeps the report', () => {
  const { body, draft, report } = importInto(fixture('download-wall.txt'));
  for (const gone of ['下载文档', '大小', '页数', '客服', '友情提醒', '第5页', '分成', '赚积分', '.docx'])
    expect(body, gone).not.toContain(gone);
  expect(body).toContain('全市建成社区卫生服务中心12个、服务站35个，每个街道至少有1个中心。');
  expect(draft).toContain('title: "测试市卫生局关于社区卫生服务体系建设的汇报"');
  expect(draft).toContain('type: report');
  expect(reported(report, '删除：下载站文字').length).toBeGreaterThanOrEqual(5);
});

describe('refusals: nothing is written', () => {
  test('an unreadable (binary) file', () => {
    const root = makeContentRoot({ 'scan.pdf': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe]) });
    const result = runImport(root, ['scan.pdf']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('导入失败：这不是网页或文本文件');
    expect(result.stderr).toContain('没有写入任何文件');
    expect(existsSync(join(root, 'content/articles/scan.mdx'))).toBe(false);
  });
  test('a missing file', () => {
    const result = runImport(makeContentRoot(), ['nope.html']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('找不到文件 nope.html');
  });
  test('an existing draft is not overwritten without --force', () => {
    const root = makeContentRoot({ 'content/articles/imported.mdx': 'editor work' });
    const refused = runImport(root, [fixture('download-wall.txt'), '--out', 'content/articles/imported.mdx']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('已经存在。要覆盖请加 --force');
    expect(readFileSync(join(root, 'content/articles/imported.mdx'), 'utf8')).toBe('editor work');
    expect(runImport(root, [fixture('download-wall.txt'), '--out', 'content/articles/imported.mdx', '--force']).status).toBe(0);
    expect(readFileSync(join(root, 'content/articles/imported.mdx'), 'utf8')).toContain('社区卫生服务中心12个');
  });
});

test('round trip: the draft fails the check until the placeholders are filled, then passes and builds', () => {
  const { root, draft } = importInto(fixture('content-farm.html'));
  const before = runScript('check', root);
  expect(before.status).toBe(1);
  // One message per placeholder, not a second one about the placeholder's value.
  expect(before.problems).toEqual([
    'content/articles/imported.mdx:4: region：还有待填写的占位符 “【待填写：地区 id，见 content/regions.json】”。请换成真实内容（连同【】一起替换）。',
    'content/articles/imported.mdx:5: topics：还有待填写的占位符 “【待填写：1到5个主题 id，见 content/topics.json】”。请换成真实内容（连同【】一起替换）。',
    'content/articles/imported.mdx:8: summary：还有待填写的占位符 “【待填写：20到200字的摘要】”。请换成真实内容（连同【】一起替换）。',
  ]);

  const filled = fillPlaceholders(draft, '测试区家庭医生团队增至46个，重点人群签约率达到78.5%，签约门诊每周开放两次。');
  writeFileSync(join(root, 'content/articles/imported.mdx'), filled);
  const after = runScript('check', root);
  expect(after.stderr).toBe('');
  expect(after.status).toBe(0);

  const build = runScript('build', root);
  expect(build.status, build.stderr).toBe(0);
  const page = readFileSync(join(root, 'dist/articles/imported/index.html'), 'utf8');
  expect(page).toContain('<h1>测试区推进家庭医生签约服务</h1>');
  expect(page).toContain('全区组建家庭医生团队46个，重点人群签约率达到78.5%。');
}, 120_000);

test('round trip: a spun page is refused at every flagged spot until each is mended or recorded as reviewed', () => {
  const { root, draft } = importInto(fixture('spun-report.txt'));
  const file = 'content/articles/imported.mdx';
  const filled = fillPlaceholders(draft, '测试县区汇报基层医疗卫生服务、电子健康档案和新农合参合情况。', '测试县区卫生健康局');
  writeFileSync(join(root, file), filled);
  const refused = runScript('check', root);
  expect(refused.status).toBe(1);
  const lines = filled.split('\n');
  const bodyStart = lines.indexOf('---', 1);
  const lineWith = (text: string) => lines.findIndex((line, index) => index > bodyStart && line.includes(text)) + 1;
  const refusedAt = (rule: string) =>
    refused.problems.filter((problem) => problem.includes(`（规则 \`${rule}\`）`)).map((problem) => Number(problem.split(':')[1]));
  // Filling the placeholders is not enough: every damaged spot and every open question is listed.
  expect(refusedAt('spun-word')).toEqual([...Array(6).fill(lineWith('下层病院')), lineWith('不竭')]);
  expect(refusedAt('cut-number')).toEqual([lineWith('88.此中')]);
  expect(refusedAt('stripped-number')).toEqual([lineWith('由年的个'), lineWith('由年的个'), lineWith('由年的个')]);
  expect(refusedAt('garbled-year')).toEqual([lineWith('202223年')]);
  expect(refused.problems.filter((problem) => problem.includes('还有待填写的占位符'))).toHaveLength(4);
  expect(refused.problems).toHaveLength(16);
  expect(refused.wroteSite).toBe(false);

  // Mend the text where the original is known; record the rest as reviewed, with a note.
  const mended = filled
    .replace('常住生齿约31万', '常住人口约31万')
    .replace('下层病院扶植，根基公共卫生办事项目', '基层医院建设，基本公共卫生服务项目')
    .replace('建档率达到88.此中', '建档率稳步提高，其中')
    .replace('村卫生室由年的个增加到个，乡村医生队伍不竭壮大。', '乡村医生队伍不断壮大。')
    .replace('202223年，', '2023年，')
    .replaceAll('note: "【待填写：核对原文后写明结论，如“已核对原件，原文如此”；如已改正文，删去这一条】"', 'note: 已核对原件，原文如此');
  writeFileSync(join(root, file), mended);
  const passed = runScript('check', root);
  expect(passed.stderr).toBe('');
  expect(passed.status).toBe(0);
  const build = runScript('build', root);
  expect(build.status, build.stderr).toBe(0);
  expect(readFileSync(join(root, 'dist/articles/imported/index.html'), 'utf8')).toContain('常住人口约31万');
}, 120_000);

describe('a content-farm copy with a sidebar, counters and controls', () => {
  const { body, report, draft } = importInto(fixture('farm-portal.html'));

  test('removes the banner, site name, navigation, counters, print and font controls, sidebar links and comment prompts', () => {
    for (const gone of [
      '健康资讯网',
      '首页 养生',
      '阅读：3208',
      '浏览次数',
      '字体',
      '打印本页',
      '关闭窗口',
      '相关文章',
      '春季养生',
      '补肾',
      '娱乐平台',
      '上一篇',
      '下一篇',
      '发表评论',
      '抢沙发',
      '条评论',
      'Copyright',
      'doctype',
    ]) {
      expect(body, gone).not.toContain(gone);
    }
    expect(reported(report, '删除：侧栏推荐链接').length).toBeGreaterThanOrEqual(4);
    expect(draft).toContain('date: 2024-03-08');
  });

  test('prints the opening paragraph once and keeps every figure of the report', () => {
    expect(body.split('全县共有214名乡村医生参加').length - 1).toBe(1);
    expect(body).toContain('考核合格率为96.3%，比上年提高2.1个百分点。');
    expect(body).toContain('每名学员累计学习40学时。');
    const page = readFileSync(fixture('farm-portal.html'), 'utf8');
    const reportText = page.slice(page.lastIndexOf('<p>样例县卫生健康局本月'), page.indexOf('<div class="side">'));
    for (const number of numbersIn(reportText.replace(/<[^>]+>/g, ''))) expect(body, number).toContain(number);
  });
});

test('links to sites outside content/links.json are dropped and listed with their domain', () => {
  const { body, report } = importInto(fixture('farm-portal.html'));
  expect(body).not.toContain('farm.example.com');
  const dropped = reported(report, '删除：不在允许列表中的链接').map(([, text]) => text);
  expect(
    dropped.some((text) =>
      text.startsWith('“春季养生吃什么最好” → https://farm.example.com/a/1.html（域名 farm.example.com）：链接指向不在允许列表中的网站'),
    ),
  ).toBe(true);
  expect(dropped.some((text) => text.startsWith('“线上娱乐平台注册就送” → https://spam.example.net/casino（域名 spam.example.net）'))).toBe(
    true,
  );
});

test('importing a page that is already published warns and names the published file', () => {
  const first = importInto(fixture('farm-portal.html'));
  const published = fillPlaceholders(first.draft, '样例县组织基层卫生人才培训，214名乡村医生参加，考核合格率96.3%。');
  writeFileSync(join(first.root, 'content/articles/training-2024.mdx'), published);
  const again = runImport(first.root, [fixture('farm-portal.html'), '--out', 'content/articles/copy.mdx']);
  expect(again.status).toBe(0);
  expect(again.stdout).toMatch(/这个网页与已发布的 content\/articles\/training-2024\.mdx 几乎相同（相似度 \d+%）/);
});

test('a report left in content/articles by an older import is pointed out, not silently skipped', () => {
  const root = makeContentRoot({ 'content/articles/old.import-report.md': '# 导入报告\n' });
  const result = runScript('check', root);
  expect(result.status).toBe(1);
  expect(result.problems).toEqual([`content/articles/old.import-report.md:1: ${messages.wrongExtension('old.import-report.md')}`]);
});
