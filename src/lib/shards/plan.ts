// A large archive built as shards (docs/scaling.md): shards.json lists them,
// and the plan says, for each, what one CI matrix job builds: its content
// folder, the address it is served at, where its output goes, and the other
// shards its search page merges. The local run and the CI workflows both
// read it here, so they cannot disagree.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { messages } from '../messages/messages.ts';
import { shardListSchema } from '../schema/shards.ts';
import { fieldName } from '../check/problem.ts';
import { ARCHIVE_HOME_ENV } from './archive-home.ts';
import { filesUnder } from './files-under.ts';

/**
 * Every shard must hold the same copy of these: one list of regions, topics and
 * indicators, one site name and licence for the whole archive. (site.json and
 * indicators.json may be left out, but then by every shard.)
 */
export const SHARED_FILES = ['regions.json', 'topics.json', 'indicators.json', 'site.json'] as const;

/** Where the shard list is looked for unless WEIJIAN_SHARDS_FILE says otherwise. */
export const DEFAULT_SHARDS_FILE = 'shards.json';

export interface PlannedShard {
  id: string;
  title: string;
  /** Absolute path of its content folder. */
  contentDir: string;
  /** Where it is served: the plan's prefix and its id, `/weijian/hunan/`. */
  base: string;
  /** Absolute path its build writes to. */
  outDir: string;
  /** The other shards' bases, for WEIJIAN_SEARCH_SHARDS (baked into its search page). */
  searchShards: string;
  /** How many article files it holds (the root page says so). */
  articles: number;
}

export interface ShardPlan {
  /** shards.json, relative to the working directory, for messages. */
  file: string;
  /** The address of the whole archive: `/`, `/weijian/` (GitHub project pages), `/weijian/pr-12/` (a preview). */
  prefix: string;
  outRoot: string;
  shards: PlannedShard[];
}

/** A plan that cannot be made; the message says why, in Chinese, naming the file. */
export class ShardPlanError extends Error {}

/** `/weijian` → `/weijian/`, `` → `/`. */
export function normalizePrefix(prefix: string): string {
  const trimmed = prefix.trim();
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** How many article files a content folder holds (the root page says so). */
function countArticles(dir: string): number {
  return filesUnder(join(dir, 'articles')).filter((file) => /\.mdx?$/.test(file)).length;
}

export interface PlanOptions {
  /** shards.json. */
  file: string;
  prefix?: string;
  /** Where shard outputs go, one folder per id. */
  outRoot: string;
  cwd?: string;
}

/** Read shards.json and lay out the shards; throws ShardPlanError with an editor's message. */
export function planShards({ file, prefix = '/', outRoot, cwd = process.cwd() }: PlanOptions): ShardPlan {
  const path = resolve(cwd, file);
  const shown = relative(cwd, path).split(sep).join('/') || file;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ShardPlanError(messages.shardFileUnreadable(shown, (error as Error).message));
  }
  const parsed = shardListSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ShardPlanError(messages.shardFileInvalid(shown, fieldName(issue.path) ?? '', issue.message));
  }
  const base = normalizePrefix(prefix);
  const bases = parsed.data.shards.map((shard) => `${base}${shard.id}/`);
  const shards = parsed.data.shards.map((shard, index): PlannedShard => {
    const contentDir = resolve(dirname(path), shard.content);
    if (!existsSync(join(contentDir, 'articles'))) throw new ShardPlanError(messages.shardContentMissing(shown, shard.id, shard.content));
    return {
      id: shard.id,
      title: shard.title,
      contentDir,
      base: bases[index]!,
      outDir: resolve(cwd, outRoot, shard.id),
      searchShards: bases.filter((_, other) => other !== index).join(','),
      articles: countArticles(contentDir),
    };
  });
  for (const name of SHARED_FILES) {
    const first = shards[0]!;
    // A missing regions.json or topics.json is the build's content check to report, with its own message.
    const read = (shard: PlannedShard) =>
      existsSync(join(shard.contentDir, name)) ? readFileSync(join(shard.contentDir, name)) : undefined;
    const copy = read(first);
    for (const other of shards.slice(1)) {
      const theirs = read(other);
      const differ = copy && theirs ? !copy.equals(theirs) : (copy === undefined) !== (theirs === undefined);
      if (differ)
        throw new ShardPlanError(
          messages.shardSharedDiffers(name, relative(cwd, first.contentDir) || '.', relative(cwd, other.contentDir) || '.'),
        );
    }
  }
  return { file: shown, prefix: base, outRoot: resolve(cwd, outRoot), shards };
}

/** The shard called `id`, or a ShardPlanError listing the ones there are. */
export function shardOf(plan: ShardPlan, id: string): PlannedShard {
  const shard = plan.shards.find((candidate) => candidate.id === id);
  if (!shard)
    throw new ShardPlanError(
      messages.shardUnknown(
        id,
        plan.shards.map((s) => s.id),
      ),
    );
  return shard;
}

/** The environment one shard's `npm run build` runs with; its header links back to the archive's root page. */
export function shardBuildEnv(shard: PlannedShard, plan: ShardPlan): Record<string, string> {
  return {
    WEIJIAN_CONTENT_DIR: shard.contentDir,
    WEIJIAN_BASE: shard.base,
    WEIJIAN_OUT_DIR: shard.outDir,
    WEIJIAN_SEARCH_SHARDS: shard.searchShards,
    [ARCHIVE_HOME_ENV]: plan.prefix,
  };
}
