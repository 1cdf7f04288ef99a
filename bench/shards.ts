// `node bench/shards.ts [--count 10000] [--seed 1]`: only the shard-matrix part
// of `npm run bench` (bench/lib/shard-matrix.ts), its figures merged into
// bench/results.json and bench/REPORT.md rewritten from them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureShardMatrix } from './lib/shard-matrix.ts';
import { writeReport, type BenchResults } from './lib/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const figures = await measureShardMatrix({
  projectRoot: root,
  dir: join(root, 'tmp/bench/shard-matrix'),
  count: Number(values.count),
  seed: Number(values.seed),
});
for (const shard of figures.shards)
  console.log(
    `${shard.id}: ${shard.articles} articles, ${shard.seconds.toFixed(1)} s, peak ${(shard.peakRssBytes / 2 ** 30).toFixed(2)} GiB`,
  );
console.log(
  `first ${figures.firstSeconds.toFixed(1)} s, unchanged ${figures.unchangedSeconds.toFixed(1)} s, one changed ${figures.oneChanged.seconds.toFixed(1)} s (${figures.oneChanged.rebuilt.join(', ')})`,
);
const resultsFile = join(root, 'bench/results.json');
const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults & { shards?: unknown };
delete results.shards;
results.shardMatrix = figures;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'bench/REPORT.md'), writeReport(results));
