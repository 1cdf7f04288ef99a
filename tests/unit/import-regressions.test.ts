// Cases found in review: text the importer must neither lose nor break.
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { importPage } from '../../src/lib/import/import-page.ts';
import { checkBodyMdx, findMdxCode } from '../../src/lib/check/mdx-body.ts';
import { simplifyIfTraditional } from '../../src/lib/format/script.ts';
import { findUnsafeCode } from '../../src/lib/check/unsafe-code.ts';
import { parseYamlWithLines } from '../../src/lib/files/frontmatter.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import { checkArticleFile } from '../../src/lib/check/article.ts';
import { createArticleSchema } from '../../src/lib/schema/article.ts';

/** Syntax errors and code in a body, as the article check finds them (components aside). */
const checkMdxBody = (body: string) => checkBodyMdx(body, findMdxCode);

const regions = [{ id: 'xianyang', name: '咸阳市' }];
function draftOf(page: string | Uint8Array, options: { keepTraditional?: boolean } = {}) {
  const bytes = typeof page === 'string' ? new TextEncoder().encode(page) : page;
  const result = importPage(bytes, { fileName: 'x.html', draftPath: 'content/articles/x.mdx', regions, ...options });
  if (!result.ok) throw new Error(result.message);
  const body = result.draft.split('\n---\n').slice(1).join('\n---\n');
  return { draft: result.draft, body, report: result.report };
}

describe('text is neither lost nor changed', () => {
  test('table cells stay apart; source line wraps do not split paragraphs', () => {
    const { body } = draftOf(
      '<html><body><h1>表格测试标题</h1><table><tr><th>年份</th><th>床位数</th></tr><tr><td>2018</td><td>5.72</td></tr></table><p>每千人\n口床位\n数5.72张，比上年增加。</p></body></html>',
    );
    expect(body).toContain('年份 | 床位数');
    expect(body).toContain('2018 | 5.72');
    expect(body).toContain('每千人 口床位 数5.72张，比上年增加。');
  });
  test('a "<" that opens no tag is text; a leading minus sign stays', () => {
    const { body } = draftOf(
      '<html><body><h1>血压随访标题</h1><p>对血压<140/90mmHg的患者开展随访，对收缩压>=160的转诊。</p></body></html>',
    );
    expect(body).toContain('对血压\\<140/90mmHg的患者开展随访，对收缩压>=160的转诊。');
    expect(draftOf('人口变动情况通报\n-0.52‰，较上年下降。\n').body).toContain('-0.52‰，较上年下降。');
  });
  test('sentences with sensitive words, ">" or acronyms are kept', () => {
    const { body } = draftOf(
      '防治工作情况汇报\n加强对卖淫嫖娼等高危人群的艾滋病综合干预，检测覆盖率提高。\n其中65岁以上老年人占比>20%，需重点关注。\n推行按疾病诊断相关分组(DRG)付费，重症监护病房(ICU)扩容。\n',
    );
    expect(body).toContain('艾滋病综合干预');
    expect(body).toContain('占比>20%');
    expect(body).toContain('(DRG)');
    expect(body).toContain('(ICU)');
  });
  test('Simplified text is not "converted" (乾县 stays 乾县); Traditional is', () => {
    expect(simplifyIfTraditional('乾县人民医院')).toBe('乾县人民医院');
    expect(simplifyIfTraditional('衛生院醫生')).toBe('卫生院医生');
    expect(draftOf('乾县卫生工作简报\n乾县人民医院完成改造。\n').body).toContain('乾县人民医院完成改造。');
  });
});

describe('the draft is always valid MDX', () => {
  test.each([
    '#健康中国行动# 覆盖{12万}人次。',
    '#健康中国# 目标<100万人。',
    'import 药品和耗材的集中带量采购全面推开。',
    'export 企业名单另行公布。',
  ])('%s', (line) => {
    const { draft, body } = draftOf(`测试标题一则\n${line}\n`);
    const blanked = draft.replace(/^---[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ''));
    expect(checkMdxBody(blanked)).toEqual([]);
    expect(body.length).toBeGreaterThan(0);
  });
});

describe('metadata', () => {
  test('publication date over the written date; no source from "资金来源"', () => {
    const { draft } = draftOf(
      '关于开展义诊活动的通知\n成文日期：2019年09月10日 发布日期：2019年09月13日\n资金来源：中央和省级财政补助资金1800万元，县级配套。\n',
    );
    expect(draft).toContain('date: 2019-09-13');
    expect(draft).toContain('source: "【待填写：发布机构】"');
    expect(draft).toContain('type: notice');
  });
  test('the <h1> wins over a <title> that is only the site name; long titles are not lost', () => {
    expect(
      draftOf(
        '<html><head><title>测试市卫生健康委员会</title></head><body><h1>关于做好夏季食品安全工作的通知</h1><p>正文。</p></body></html>',
      ).draft,
    ).toContain('title: "关于做好夏季食品安全工作的通知"');
    const long = '关于'.padEnd(70, '长');
    const { draft, body } = draftOf(`<html><body><h1>${long}</h1><p>正文一段。</p></body></html>`);
    expect(draft).toContain('【待填写：标题，最多64字】');
    expect(body).toContain(long);
  });
  test('"互联网+" in a title is not taken for a site name', () => {
    expect(
      draftOf('<html><head><title>智慧医疗-互联网+医疗健康服务平台上线</title></head><body><p>正文。</p></body></html>').draft,
    ).toContain('title: "智慧医疗-互联网+医疗健康服务平台上线"');
  });
});

describe('decoding', () => {
  test('UTF-16 with a BOM (Notepad "Unicode")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('测试标题一则\n卫生院改造完成。\n', 'utf-16le')]);
    expect(draftOf(bytes).body).toContain('卫生院改造完成。');
  });
  test.each(['utf8', 'iso-8859-1'])('a GBK page that declares charset=%s', (charset) => {
    const page = `<html><head><meta charset="${charset}"></head><body><h1>测试县卫生工作总结</h1><p>全县卫生院完成标准化建设，医疗服务能力明显提升。</p></body></html>`;
    expect(draftOf(iconv.encode(page, 'gbk')).body).toContain('全县卫生院完成标准化建设');
  });
});

describe('the checker does not crash', () => {
  test('escaped tags are text', () => {
    expect(findUnsafeCode('正文 \\<script> 字样')).toEqual([]);
    expect(findUnsafeCode('正文 <script> 字样')).toHaveLength(1);
  });
  test('deeply nested Markdown and YAML alias bombs become messages', () => {
    const deep = checkMdxBody(`${'>'.repeat(3000)} 文本`);
    expect(deep).toHaveLength(1);
    expect(deep[0]!.line).toBe(1);
    const bomb =
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]';
    const parsed = parseYamlWithLines(bomb, 2);
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.data).toBeUndefined();
    expect(messages.unknownRegion({ toString: 1 })).toContain('未知的地区');
  });
});

describe('drafts the checker can hold to their flagged spots (found in review)', () => {
  const check = (draft: string) =>
    checkArticleFile(
      'content/articles/x.mdx',
      new TextEncoder().encode(draft),
      createArticleSchema({ regionIds: null, topicIds: null, today: '2026-12-01' }),
    ).problems;

  test('a damaged title is cleaned, flagged at the title line and unspun with the body', () => {
    const page =
      '<html><head><title>县病院扶植工作总结</title></head><body><h1>县病院扶植工作总结</h1><p>全县医院建设稳步推进，今年新建病房楼两栋，床位增加到320张。</p></body></html>';
    const { report } = draftOf(page);
    expect(report).toContain('- [疑似洗稿用词] “病院”：第 2 行。');
    const unspun = importPage(new TextEncoder().encode(page), {
      fileName: 'x.html',
      draftPath: 'content/articles/x.mdx',
      regions,
      unspin: true,
    });
    expect(unspun.ok && unspun.draft).toContain('title: "县医院建设工作总结"');
  });

  test('two identical questions in one paragraph are both asked, each quoting its own spot', () => {
    const { draft } = draftOf(
      '测试报告\n\n全市到2030年建成健康城市，到2030年人均预期寿命达到80岁，力争取得更大进展。\n\n发布时间：2020-05-06\n',
    );
    const questions = [...draft.matchAll(/- rule: late-year[^\n]*\n {4}text: ("[^"]*")/g)].map((m) => JSON.parse(m[1]!) as string);
    expect(questions).toHaveLength(2);
    expect(new Set(questions).size).toBe(2);
    expect(check(draft).filter((problem) => problem.field === 'reviewed')).toEqual([]);
  });

  test('a quote is unique in the whole file, the title included', () => {
    const { draft } = draftOf(
      '<html><head><title>全市2030年健康规划纲要</title></head><body><p>发布时间：2020-05-06</p><p>本市印发《全市2030年健康规划纲要》，提出一系列目标。</p></body></html>',
    );
    expect(draft).toContain('- rule: late-year');
    expect(check(draft).filter((problem) => problem.field === 'reviewed')).toEqual([]);
  });
});
