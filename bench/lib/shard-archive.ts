// The synthetic archive laid out as a sharded archive is: one content folder
// per shard (its provinces' articles and statistic files), each with the same
// copy of the whole archive's regions.json, topics.json, indicators.json and
// links.json, and a shards.json that lists them.
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArchive } from '../generate-archive.ts';

export interface ArchiveShard {
  id: string;
  title: string;
  /** Province ids (bench/lib/vocabulary.ts PROVINCES). */
  provinces: string[];
}

export interface ShardedArchive {
  shardsFile: string;
  /** Articles per shard id. */
  articles: Record<string, number>;
}

export function writeShardedArchive(out: string, options: { count: number; seed: number; shards: ArchiveShard[] }): ShardedArchive {
  rmSync(out, { recursive: true, force: true });
  const whole = writeArchive(join(out, 'whole'), { count: options.count, seed: options.seed });
  const articles: Record<string, number> = {};
  for (const shard of options.shards) {
    const dir = join(out, 'archive', shard.id);
    const ownFile = (name: string) => shard.provinces.some((province) => name.startsWith(`${province}-`));
    for (const kind of ['articles', 'data']) {
      mkdirSync(join(dir, kind), { recursive: true });
      const files = readdirSync(join(whole.contentDir, kind)).filter(ownFile);
      for (const name of files) renameSync(join(whole.contentDir, kind, name), join(dir, kind, name));
      if (kind === 'articles') articles[shard.id] = files.length;
    }
    for (const name of ['regions.json', 'topics.json', 'indicators.json', 'links.json'])
      copyFileSync(join(whole.contentDir, name), join(dir, name));
  }
  rmSync(join(out, 'whole'), { recursive: true, force: true });
  const shardsFile = join(out, 'shards.json');
  const list = { shards: options.shards.map(({ id, title }) => ({ id, title, content: `archive/${id}` })) };
  writeFileSync(shardsFile, `${JSON.stringify(list, null, 2)}\n`);
  return { shardsFile, articles };
}
