// The benchmark's synthetic archive: deterministic, shaped as the issue says,
// and valid content (the real checker accepts every file).
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/lib/archive.ts';
import { writeArchive } from '../../bench/generate-archive.ts';
import { checkContent } from '../../src/lib/check/content.ts';

const bodyLength = (mdx: string) => Array.from(mdx.split('\n---\n')[1]!.replace(/<[^>]+>|[\s#*-]/g, '')).length;

describe('synthetic archive', () => {
  test('the same count and seed give identical files; another seed does not', () => {
    const a = generateArchive({ count: 50, seed: 11 });
    const b = generateArchive({ count: 50, seed: 11 });
    const c = generateArchive({ count: 50, seed: 12 });
    expect(a.articles.map((x) => x.mdx)).toEqual(b.articles.map((x) => x.mdx));
    expect([...a.datasets.values()]).toEqual([...b.datasets.values()]);
    expect(c.articles.map((x) => x.mdx)).not.toEqual(a.articles.map((x) => x.mdx));
  });

  test('800–3,000 characters with headings and lists; about one in five with <Chart> and <Stat>; ten years; many regions', () => {
    const { articles, datasets } = generateArchive({ count: 1000, seed: 1 });
    const lengths = articles.map((article) => bodyLength(article.mdx));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(800);
    // The last paragraph may run past the target, by a few sentences at most.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(3600);
    expect(articles.every((article) => /^## /m.test(article.mdx))).toBe(true);
    expect(articles.filter((article) => /^- /m.test(article.mdx)).length).toBeGreaterThan(500);
    const charted = articles.filter((article) => article.mdx.includes('<Chart dataset='));
    expect(charted.length / articles.length).toBeGreaterThan(0.17);
    expect(charted.length / articles.length).toBeLessThan(0.23);
    expect(charted.every((article) => article.mdx.includes('<Stat dataset='))).toBe(true);
    expect(new Set(articles.map((article) => article.date.slice(0, 4))).size).toBe(10);
    expect(new Set(articles.map((article) => article.region)).size).toBe(100);
    expect(datasets.size).toBeGreaterThan(100);
    // Varied vocabulary: many distinct characters, not one repeated paragraph.
    expect(new Set(articles.flatMap((article) => Array.from(article.markdown))).size).toBeGreaterThan(500);
  });

  test('a shard holds only its provinces', () => {
    const { articles, regions } = generateArchive({ count: 100, seed: 1, provinces: ['hb', 'sx'] });
    expect(new Set(regions.map((region) => region.provinceId))).toEqual(new Set(['hb', 'sx']));
    expect(articles.every((article) => ['hb', 'sx'].includes(article.provinceId))).toBe(true);
  });

  test('written outside content/, it passes the real content check', () => {
    const out = mkdtempSync(join(tmpdir(), 'weijian-archive-'));
    const written = writeArchive(out, { count: 120, seed: 5 });
    expect(readdirSync(join(written.contentDir, 'articles'))).toHaveLength(120);
    expect(readdirSync(written.markdownDir)).toHaveLength(120);
    const result = checkContent({ root: out, contentDir: written.contentDir });
    expect(result.problems).toEqual([]);
    expect(result.articles).toHaveLength(120);
    // The Markdown copy has the quoted figure as text, the same text <Stat> renders.
    const charted = readdirSync(written.markdownDir)
      .map((name) => readFileSync(join(written.markdownDir, name), 'utf8'))
      .filter((md) => md.includes('据统计'));
    expect(charted.length).toBeGreaterThan(0);
    expect(charted.every((md) => !md.includes('<Stat'))).toBe(true);
  });

  test('every statistic file names its indicator, listed in indicators.json; without indicators the archive has neither, and both pass the check', () => {
    const out = mkdtempSync(join(tmpdir(), 'weijian-archive-'));
    const written = writeArchive(out, { count: 200, seed: 3 });
    const listed = JSON.parse(readFileSync(join(written.contentDir, 'indicators.json'), 'utf8')) as { id: string; unit: string }[];
    const files = readdirSync(join(written.contentDir, 'data')).map(
      (name) =>
        JSON.parse(readFileSync(join(written.contentDir, 'data', name), 'utf8')) as { unit: string; series: { indicator?: string }[] },
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const indicator = listed.find((entry) => entry.id === file.series[0]!.indicator);
      expect(indicator?.unit).toBe(file.unit);
    }
    // One file per region and indicator: the counts add up to the files.
    expect(Object.values(written.regionsPerIndicator).reduce((a, b) => a + b, 0)).toBe(files.length);
    expect(checkContent({ root: out, contentDir: written.contentDir }).problems).toEqual([]);

    const plain = writeArchive(join(out, 'plain'), { count: 200, seed: 3, indicators: false });
    expect(existsSync(join(plain.contentDir, 'indicators.json'))).toBe(false);
    expect(
      readdirSync(join(plain.contentDir, 'data')).every(
        (name) => !readFileSync(join(plain.contentDir, 'data', name), 'utf8').includes('"indicator"'),
      ),
    ).toBe(true);
    expect(checkContent({ root: join(out, 'plain'), contentDir: plain.contentDir }).problems).toEqual([]);
  });
});
