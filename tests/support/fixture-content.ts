// Builds the fixture site's content folder: the hand-written fixtures plus
// FILLER_COUNT generated articles, enough for a listing to need a second page.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, FILLER_COUNT } from './paths.ts';

export interface FillerArticle {
  slug: string;
  title: string;
  date: string;
}

/** Filler articles: all in 咸阳市, topic jiceng, type news, one per day from 2020-12-20. */
export function fillerArticles(): FillerArticle[] {
  return Array.from({ length: FILLER_COUNT }, (_, index) => {
    const number = String(index + 1).padStart(2, '0');
    const date = new Date(Date.UTC(2020, 11, 20 + index)).toISOString().slice(0, 10);
    return { slug: `filler-${number}`, title: `基层卫生测试简讯第${number}号`, date };
  });
}

export function writeFixtureContent(contentDir: string): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  cpSync(join(fixturesDir, 'content'), contentDir, { recursive: true });
  cpSync(join(fixturesDir, 'site-articles'), join(contentDir, 'articles'), { recursive: true });
  cpSync(join(fixturesDir, 'site-data'), join(contentDir, 'data'), { recursive: true });
  for (const filler of fillerArticles()) {
    writeFileSync(
      join(contentDir, 'articles', `${filler.slug}.mdx`),
      [
        '---',
        `title: ${filler.title}`,
        `date: ${filler.date}`,
        'region: xianyang',
        'topics: [jiceng]',
        'type: news',
        'source: 测试市卫生健康委员会',
        `summary: 这是第${filler.slug.slice(-2)}篇生成的测试简讯，用来检查分页、排序和订阅。`,
        '---',
        '',
        `生成的测试正文，编号 ${filler.slug}。`,
        '',
      ].join('\n'),
    );
  }
}
