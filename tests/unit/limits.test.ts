// The article limits are written once, in src/lib/schema/limits.ts. Here that
// module says other limits than the real ones: the checker and the importer
// must follow it, so a limit written out again anywhere (a 64 in the importer,
// "20 到 200" in a report) makes this file fail.
import { describe, expect, test, vi } from 'vitest';
import { checkArticleFile } from '../../src/lib/check/article.ts';
import { createArticleSchema } from '../../src/lib/schema/article.ts';
import { importPage } from '../../src/lib/import/import-page.ts';
import { messages } from '../../src/lib/messages/messages.ts';
import type * as limits from '../../src/lib/schema/limits.ts';

vi.mock('../../src/lib/schema/limits.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof limits>()),
  TITLE_MAX: 10,
  SUMMARY_MIN: 30,
  SUMMARY_MAX: 40,
  TOPICS_MIN: 2,
  TOPICS_MAX: 3,
}));

// Ten and eleven characters.
const TITLE_AT_LIMIT = '召开卫生健康工作会议';
const TITLE_OVER_LIMIT = '县召开卫生健康工作会议';

describe('the checker follows the schema module’s limits', () => {
  const schema = createArticleSchema({ regionIds: null, topicIds: null, today: '2030-01-01' });
  const problemsIn = (field: string, fields: { title?: string; summary?: string; topics?: string[] }) => {
    const { title = TITLE_AT_LIMIT, summary = '摘'.repeat(30), topics = ['yigai', 'fuyou'] } = fields;
    const file = [
      '---',
      `title: ${title}`,
      'date: 2021-03-03',
      'region: xianyang',
      `topics: [${topics.join(', ')}]`,
      'type: news',
      'source: 咸阳市卫生健康委员会',
      `summary: ${summary}`,
      '---',
      '',
      '会议总结了去年的卫生健康工作，部署了今年的重点任务。',
      '',
    ].join('\n');
    return checkArticleFile('content/articles/a.mdx', new TextEncoder().encode(file), schema)
      .problems.filter((problem) => problem.field === field)
      .map((problem) => problem.message);
  };

  test('a title one over the limit is refused, one at the limit passes', () => {
    expect(problemsIn('title', { title: TITLE_AT_LIMIT })).toEqual([]);
    expect(problemsIn('title', { title: TITLE_OVER_LIMIT })).toEqual([messages.titleTooLong(11, 10)]);
  });

  test('a summary must be within the range', () => {
    expect(problemsIn('summary', { summary: '摘'.repeat(40) })).toEqual([]);
    expect(problemsIn('summary', { summary: '摘'.repeat(29) })).toEqual([messages.summaryLength(29, 30, 40)]);
    expect(problemsIn('summary', { summary: '摘'.repeat(41) })).toEqual([messages.summaryLength(41, 30, 40)]);
  });

  test('the number of topics must be within the range', () => {
    expect(problemsIn('topics', { topics: ['a', 'b', 'c'] })).toEqual([]);
    expect(problemsIn('topics', { topics: ['a'] })).toEqual([messages.topicsCount(1, 2, 3)]);
    expect(problemsIn('topics', { topics: ['a', 'b', 'c', 'd'] })).toEqual([messages.topicsCount(4, 2, 3)]);
  });
});

describe('the importer follows the schema module’s limits', () => {
  const body = '会议总结了去年的卫生健康工作，部署了今年的重点任务。';
  const draftOf = (page: string) => {
    const result = importPage(new TextEncoder().encode(page), { fileName: 'x.html', draftPath: 'content/articles/x.mdx', regions: [] });
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  test('a first line up to the limit becomes the title; a longer one is left to the editor', () => {
    expect(draftOf(`${TITLE_AT_LIMIT}\n${body}\n`).draft).toContain(`title: "${TITLE_AT_LIMIT}"`);
    expect(draftOf(`${TITLE_OVER_LIMIT}\n${body}\n`).draft).toContain('title: "【待填写：标题，最多10字】"');
  });

  test('a page title over the limit is not used', () => {
    const page = (title: string) => `<html><head><title>${title}</title></head><body><p>${body}</p></body></html>`;
    expect(draftOf(page(TITLE_AT_LIMIT)).draft).toContain(`title: "${TITLE_AT_LIMIT}"`);
    expect(draftOf(page(TITLE_OVER_LIMIT)).draft).toContain('title: "【待填写：标题，最多10字】"');
  });

  test('the draft’s placeholders and the report quote the limits', () => {
    const { draft, report } = draftOf(`${TITLE_AT_LIMIT}\n${body}\n`);
    expect(draft).toContain('topics: ["【待填写：2到3个主题 id，见 content/topics.json】"]');
    expect(draft).toContain('summary: "【待填写：30到40字的摘要】"');
    expect(report).toContain('`topics`：请选择 2 到 3 个主题。');
    expect(report).toContain('`summary`：请写 30 到 40 字的摘要。');
  });
});
