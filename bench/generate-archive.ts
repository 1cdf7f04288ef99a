// `npm run generate-archive -- --count 10000 --seed 1 --out tmp/bench/archive-10000`
// Writes a synthetic archive outside content/ (the sample site is untouched):
//   <out>/content/   articles, statistic files, regions.json, topics.json, indicators.json (weijian's format)
//   <out>/markdown/  the same articles as plain Markdown, for generators without MDX
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive, type ArchiveOptions } from './lib/archive.ts';

export interface WrittenArchive {
  contentDir: string;
  markdownDir: string;
  articles: number;
  withChart: number;
  datasets: number;
  /** Regions per indicator (statistic files naming it). */
  regionsPerIndicator: Record<string, number>;
  characters: number;
}

export function writeArchive(out: string, options: ArchiveOptions): WrittenArchive {
  const archive = generateArchive(options);
  const contentDir = join(out, 'content');
  const markdownDir = join(out, 'markdown');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'data'), { recursive: true });
  mkdirSync(markdownDir, { recursive: true });
  const regions = archive.regions.map(({ id, name, province, level }) => ({ id, name, province, level }));
  writeFileSync(join(contentDir, 'regions.json'), `${JSON.stringify(regions, null, 2)}\n`);
  writeFileSync(join(contentDir, 'topics.json'), `${JSON.stringify(archive.topics, null, 2)}\n`);
  if (archive.indicators.length) writeFileSync(join(contentDir, 'indicators.json'), `${JSON.stringify(archive.indicators, null, 2)}\n`);
  // The project's own link allow-list: the archive is held to the same link policy.
  copyFileSync(new URL('../content/links.json', import.meta.url), join(contentDir, 'links.json'));
  let characters = 0;
  for (const article of archive.articles) {
    writeFileSync(join(contentDir, 'articles', `${article.slug}.mdx`), article.mdx);
    writeFileSync(join(markdownDir, `${article.slug}.md`), article.markdown);
    characters += Array.from(article.markdown).length;
  }
  for (const [id, { id: _id, ...dataset }] of archive.datasets) {
    writeFileSync(join(contentDir, 'data', `${id}.json`), `${JSON.stringify(dataset, null, 2)}\n`);
  }
  return {
    contentDir,
    markdownDir,
    articles: archive.articles.length,
    withChart: archive.articles.filter((article) => article.hasChart).length,
    datasets: archive.datasets.size,
    regionsPerIndicator: Object.fromEntries(
      archive.indicators.map(({ id }) => [
        id,
        [...archive.datasets.values()].filter((d) => d.series.some((s) => s.indicator === id)).length,
      ]),
    ),
    characters,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      provinces: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const out = resolve(values.out ?? `tmp/bench/archive-${count}`);
  const started = performance.now();
  const written = writeArchive(out, { count, seed, provinces: values.provinces?.split(',') });
  console.log(
    `合成文章 ${written.articles} 篇（含图表 ${written.withChart} 篇），统计文件 ${written.datasets} 个，` +
      `正文约 ${written.characters} 字，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒：${out}`,
  );
}
