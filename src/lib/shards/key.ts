// What a shard's output depends on, as one hash: a shard whose key did not
// change since its last build reuses that output (the CI cache, or the local
// run's cache folder) instead of building again.
import { spawnSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedShard, ShardPlan } from './plan.ts';
import { filesUnder } from './files-under.ts';

/** The project's code and settings every page is made from (relative to the project root). */
export const CODE_INPUTS = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** Settings read from the environment that change what a build writes. */
export const OUTPUT_ENV = ['WEIJIAN_SITE', 'WEIJIAN_SEARCH_BUNDLE_PAGES'] as const;

/** Bump when the key's recipe changes, so no old output is taken for a new one. */
const RECIPE = 'weijian-shard-key-1';

function addFiles(hash: Hash, root: string, label: string) {
  for (const file of filesUnder(root)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // a listed input that does not exist (no public/ folder) adds nothing
    }
    hash.update(`${label}${file.slice(root.length)}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
}

/**
 * The commits that touched the content folder, and whether the clone is
 * shallow: pages show 修订记录 and 最后更新 from `git log` (content/history.ts),
 * so a revert, an amended or a `维护：` commit changes the output though no byte
 * of the content did. Outside a repository there is no history to show.
 */
function contentHistory(contentDir: string): string {
  const git = (args: string[]) => spawnSync('git', args, { cwd: contentDir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const shallow = git(['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0) return 'no repository';
  const log = git(['log', '--format=%H', '--', '.']);
  return `shallow=${shallow.stdout.trim()}\u0000${log.status === 0 ? log.stdout : 'no commits'}`;
}

export interface KeyInputs {
  projectRoot: string;
  env: Record<string, string | undefined>;
  /** The Node version builds run on (its output can differ between majors). */
  nodeVersion?: string;
}

/**
 * The shard's key: its content folder (with its copies of regions.json and
 * topics.json) and its git history, its address and the shard list baked into its search page,
 * the code and lockfile, and the settings that reach its pages.
 */
export function shardKey(
  shard: PlannedShard,
  plan: ShardPlan,
  { projectRoot, env, nodeVersion = process.versions.node }: KeyInputs,
): string {
  const hash = createHash('sha256');
  hash.update(`${RECIPE}\u0000${shard.id}\u0000${shard.base}\u0000${shard.searchShards}\u0000${plan.prefix}\u0000`);
  hash.update(`node ${nodeVersion.split('.')[0]}\u0000`);
  for (const name of OUTPUT_ENV) hash.update(`${name}=${env[name] ?? ''}\u0000`);
  addFiles(hash, shard.contentDir, 'content');
  hash.update(`history\u0000${contentHistory(shard.contentDir)}\u0000`);
  for (const input of CODE_INPUTS) addFiles(hash, join(projectRoot, input), input);
  return hash.digest('hex').slice(0, 40);
}
