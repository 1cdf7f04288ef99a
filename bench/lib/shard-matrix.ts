// The CI matrix for a sharded archive, measured on this machine: the largest
// archive laid out as province shards (bench/lib/shard-archive.ts), then
// `npm run shards -- run` three times: from nothing (every shard built, one
// after another as one runner would; each shard's time and peak memory), again
// with nothing changed (every shard reused), and after one article of the first
// shard changed (that shard alone rebuilt).
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { directorySize, measure, peakBetween } from './measure.ts';
import { PROVINCES } from './vocabulary.ts';
import { writeShardedArchive, type ArchiveShard } from './shard-archive.ts';

export interface ShardMatrixShard {
  id: string;
  provinces: string[];
  articles: number;
  /** Its build and the copy into the cache. */
  seconds: number;
  peakRssBytes: number;
  output: { files: number; bytes: number };
  searchIndex: { files: number; bytes: number };
}

export interface ShardMatrixFigures {
  articles: number;
  shards: ShardMatrixShard[];
  /** The first run, every shard built, and the assembly of their outputs. */
  firstSeconds: number;
  assembleSeconds: number;
  assembled: { files: number; bytes: number };
  /** Nothing changed: every shard's output reused from the cache. */
  unchangedSeconds: number;
  /** One article of the first shard changed: that shard rebuilt, the others reused. */
  oneChanged: { seconds: number; rebuilt: string[] };
  date: string;
}

/** The ten provinces in two halves, as the CI matrix's two jobs. */
export function provinceHalves(): ArchiveShard[] {
  const half = Math.ceil(PROVINCES.length / 2);
  return [PROVINCES.slice(0, half), PROVINCES.slice(half)].map((provinces, index) => ({
    id: `shard-${index + 1}`,
    title: provinces.map((p) => p.name).join(' '),
    provinces: provinces.map((p) => p.id),
  }));
}

/** Every search bundle of a build (`pagefind/`, `pagefind-2/`, …) together. */
export function searchIndexSize(dist: string): { files: number; bytes: number } {
  return readdirSync(dist)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .map((name) => directorySize(join(dist, name)))
    .reduce((sum, size) => ({ files: sum.files + size.files, bytes: sum.bytes + size.bytes }), { files: 0, bytes: 0 });
}

type Timing = { step: string; reused?: boolean; start: number; end: number };

export async function measureShardMatrix({
  projectRoot,
  dir,
  count,
  seed,
}: {
  projectRoot: string;
  dir: string;
  count: number;
  seed: number;
}) {
  const layout = provinceHalves();
  const archive = writeShardedArchive(dir, { count, seed, shards: layout });
  const timingsFile = join(dir, 'timings.json');
  const env = { ...process.env };
  for (const name of ['WEIJIAN_BASE', 'WEIJIAN_OUT_DIR', 'WEIJIAN_CONTENT_DIR', 'WEIJIAN_SEARCH_SHARDS']) delete env[name];
  const run = () =>
    measure(process.execPath, [join(projectRoot, 'scripts/shards.ts'), 'run', '--timings', timingsFile], { cwd: dir, quiet: true, env });
  rmSync(join(projectRoot, 'node_modules/.astro/data-store.json'), { force: true });
  const first = await run();
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as Timing[];
  const shards = layout.map((shard): ShardMatrixShard => {
    const timing = timings.find((t) => t.step === shard.id)!;
    const out = join(dir, 'dist-shards', shard.id);
    return {
      id: shard.id,
      provinces: shard.provinces,
      articles: archive.articles[shard.id]!,
      seconds: (timing.end - timing.start) / 1000,
      peakRssBytes: peakBetween(first.samples, timing.start, timing.end),
      output: directorySize(out),
      searchIndex: searchIndexSize(out),
    };
  });
  const assemble = timings.find((t) => t.step === 'assemble')!;
  const unchanged = await run();
  const articles = join(dir, 'archive', layout[0]!.id, 'articles');
  appendFileSync(join(articles, readdirSync(articles).sort()[0]!), '\n本文另附说明。\n');
  const changed = await run();
  const rebuilt = (JSON.parse(readFileSync(timingsFile, 'utf8')) as Timing[])
    .filter((t) => t.step !== 'assemble' && !t.reused)
    .map((t) => t.step);
  const figures: ShardMatrixFigures = {
    articles: count,
    shards,
    firstSeconds: first.seconds,
    assembleSeconds: (assemble.end - assemble.start) / 1000,
    assembled: directorySize(join(dir, 'dist')),
    unchangedSeconds: unchanged.seconds,
    oneChanged: { seconds: changed.seconds, rebuilt },
    date: new Date().toISOString(),
  };
  return figures;
}
