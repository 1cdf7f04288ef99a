// 最后更新 and 修订记录 on the built sites. The sample site is built from this
// repository's content/, so its pages must match what `git log` says of each
// file, asked here file by file (the build asks once for the whole folder). In
// a shallow clone, or without git, the pages must show the fallback instead:
// no date or record from git, only the editor's `updated`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { isReaderFacing } from '../../src/lib/content/history.ts';
import { formatChineseDate, todayInChina } from '../../src/lib/format/date.ts';
import { readPage } from '../support/dist.ts';
import { readArticles } from '../support/frontmatter.ts';
import { fixtureSite, sampleSite, type TestSite } from '../support/paths.ts';

const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
const git = (args: string[]) => spawnSync('git', args, { cwd: sampleSite.contentDir, env: { ...cleanEnv, LC_ALL: 'C' }, encoding: 'utf8' });

const repository = git(['rev-parse', '--is-shallow-repository']);
/** Whether the build could read a full history of this repository. */
const fullHistory = repository.status === 0 && repository.stdout.trim() === 'false';

/** What `git log` says of one file: reader-facing commits, newest first, dated in China. */
function expectedRevisions(file: string): { date: string; subject: string }[] {
  const log = git(['log', '--follow', '--no-merges', '--date-order', '--format=%ct%x1f%s%x1e', '--', file]);
  expect(log.status, log.stderr).toBe(0);
  return log.stdout
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [seconds, subject = ''] = record.split('\x1f');
      return { date: todayInChina(new Date(Number(seconds) * 1000)), subject };
    })
    .filter((revision) => isReaderFacing(revision.subject));
}

interface Shown {
  lastUpdated: string | undefined;
  summary: string | undefined;
  revisions: { datetime: string | undefined; text: string }[];
}
function shownOn(page: HTMLElement): Shown {
  const box = page.querySelector('.revisions');
  const details = box?.querySelector('details.revision-history');
  return {
    lastUpdated: box?.querySelector('p.meta time')?.getAttribute('datetime'),
    summary: details?.querySelector('summary')?.text,
    revisions: (details?.querySelectorAll('li') ?? []).map((item) => ({
      datetime: item.querySelector('time')?.getAttribute('datetime'),
      text: item.text.trim(),
    })),
  };
}

/** Every published article and every dataset: page URL, file inside the content folder, the editor's `updated`. */
function pagesOf(site: TestSite) {
  const articles = readArticles(site.contentDir)
    .filter((article) => !article.draft)
    .map((article) => {
      const file = `articles/${article.slug}.mdx`;
      const frontmatter = parse(readFileSync(join(site.contentDir, file), 'utf8').split('---')[1] ?? '') as { updated?: unknown };
      return { url: `${site.base}articles/${article.slug}/`, file, updated: frontmatter.updated, ldType: 'NewsArticle' };
    });
  const datasets = readdirSync(join(site.contentDir, 'data'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const file = `data/${name}`;
      const data = JSON.parse(readFileSync(join(site.contentDir, file), 'utf8')) as { updated?: unknown };
      return { url: `${site.base}data/${name.replace(/\.json$/, '')}/`, file, updated: data.updated, ldType: 'Dataset' };
    });
  return [...articles, ...datasets].map((page) => ({ ...page, updated: page.updated === undefined ? undefined : String(page.updated) }));
}

const dateModified = (page: HTMLElement, type: string) =>
  page
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.text) as { '@type': string; dateModified?: string })
    .find((ld) => ld['@type'] === type)?.dateModified;

describe('sample site: the revision record is git’s', () => {
  const pages = pagesOf(sampleSite);

  test.runIf(fullHistory)('each article and dataset page: 最后更新 and 修订记录 match `git log` for its file', () => {
    let withRecord = 0;
    for (const { url, file, updated, ldType } of pages) {
      const expected = expectedRevisions(file);
      const shown = shownOn(readPage(sampleSite, url));
      const lastUpdated = updated ?? expected[0]?.date;
      expect(shown.lastUpdated, url).toBe(lastUpdated);
      expect(shown.revisions, url).toEqual(
        expected.map((revision) => ({ datetime: revision.date, text: `${formatChineseDate(revision.date)}：${revision.subject}` })),
      );
      if (expected.length) {
        withRecord++;
        expect(shown.summary, url).toBe(`修订记录（${expected.length} 次）`);
      } else expect(shown.summary, url).toBeUndefined();
      if (!lastUpdated) continue;
      expect(dateModified(readPage(sampleSite, url), ldType), url).toBe(`${lastUpdated}T00:00:00+08:00`);
    }
    // content/ is committed: at least the articles and datasets committed before this test was written have a record.
    expect(withRecord).toBeGreaterThanOrEqual(10);
  });

  test.runIf(!fullHistory)('in a shallow clone or without git: no date or record from git, only `updated`', () => {
    for (const { url, updated } of pages) {
      const shown = shownOn(readPage(sampleSite, url));
      expect(shown.summary, url).toBeUndefined();
      expect(shown.revisions, url).toEqual([]);
      expect(shown.lastUpdated, url).toBe(updated);
    }
  });

  test('the record is keyboard-friendly markup: a <details> whose <summary> names it, dates in <time datetime>', () => {
    const page = pages.map(({ url }) => readPage(sampleSite, url)).find((candidate) => candidate.querySelector('details.revision-history'));
    if (!fullHistory) return expect(page).toBeUndefined();
    const details = page!.querySelector('details.revision-history')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.firstElementChild?.tagName).toBe('SUMMARY');
    for (const time of details.querySelectorAll('time')) expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('fixture site: content outside any commit', () => {
  test('pages build and show no 修订记录 and no 最后更新 from git', () => {
    const pages = pagesOf(fixtureSite);
    expect(pages.length).toBeGreaterThan(20);
    for (const { url, updated } of pages) {
      const shown = shownOn(readPage(fixtureSite, url));
      expect(shown.summary, url).toBeUndefined();
      expect(shown.lastUpdated, url).toBe(updated);
    }
  });
});
