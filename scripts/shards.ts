// `npm run shards -- <step>`: a large archive built as shards (docs/scaling.md),
// the same steps a CI matrix runs, one job per shard:
//   plan              the shards of shards.json as JSON (the matrix), each with its cache key
//   check             every shard's content check, in the CI's format (annotations on the lines)
//   build <id>        one shard's `npm run build`, to dist-shards/<id>/
//   assemble          dist-shards/* into one tree (dist/) with a root index and 404 page
//   run               all of it here, in sequence: a shard whose key did not change
//                     reuses its last output from the cache folder (--cache)
// Options: --file shards.json (or WEIJIAN_SHARDS_FILE), --prefix / (the archive's
// address; WEIJIAN_BASE), --out-root dist-shards, --out dist, --cache .shard-cache,
// --github-output (plan: also write `sharded` and `matrix` to $GITHUB_OUTPUT),
// --timings FILE (run: each step's start and end, epoch ms, for `npm run bench`).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { messages } from '../src/lib/messages/messages.ts';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SHARDS_FILE, ShardPlanError, planShards, shardBuildEnv, shardOf, type ShardPlan } from '../src/lib/shards/plan.ts';
import { shardKey } from '../src/lib/shards/key.ts';
import { assembleShards } from '../src/lib/shards/assemble.ts';
import { runContentCheck } from '../src/lib/check/run.ts';
import { chooseCheckFormat } from '../src/lib/check/ci-formats.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    file: { type: 'string', default: process.env.WEIJIAN_SHARDS_FILE || DEFAULT_SHARDS_FILE },
    prefix: { type: 'string', default: process.env.WEIJIAN_BASE || '/' },
    'out-root': { type: 'string', default: 'dist-shards' },
    out: { type: 'string', default: process.env.WEIJIAN_OUT_DIR || 'dist' },
    cache: { type: 'string', default: '.shard-cache' },
    timings: { type: 'string' },
    'github-output': { type: 'boolean', default: false },
  },
});
const [step, id] = positionals;

const plan = (): ShardPlan => planShards({ file: values.file, prefix: values.prefix, outRoot: values['out-root'] });
const keyOf = (shard: ShardPlan['shards'][number], whole: ShardPlan) => shardKey(shard, whole, { projectRoot, env: process.env });

function buildShard(whole: ShardPlan, shardId: string): number {
  const shard = shardOf(whole, shardId);
  const started = performance.now();
  rmSync(shard.outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts')], {
    cwd: process.cwd(),
    stdio: 'inherit',
    env: { ...process.env, ...shardBuildEnv(shard, whole) },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const seconds = (performance.now() - started) / 1000;
  console.log(messages.shardBuilt(shard.id, shard.title, shard.articles, seconds.toFixed(1), shard.outDir));
  return seconds;
}

try {
  switch (step) {
    case 'plan': {
      if (!existsSync(resolve(values.file))) {
        // Not a sharded archive: the pipelines build the site as one.
        console.log(JSON.stringify({ sharded: false, include: [] }));
        if (values['github-output'] && process.env.GITHUB_OUTPUT)
          appendFileSync(process.env.GITHUB_OUTPUT, 'sharded=false\nmatrix={"include":[]}\n');
        break;
      }
      const whole = plan();
      const include = whole.shards.map((shard) => ({ id: shard.id, title: shard.title, base: shard.base, key: keyOf(shard, whole) }));
      const matrix = JSON.stringify({ include });
      console.log(JSON.stringify({ sharded: true, prefix: whole.prefix, include }));
      if (values['github-output'] && process.env.GITHUB_OUTPUT)
        appendFileSync(process.env.GITHUB_OUTPUT, `sharded=true\nmatrix=${matrix}\n`);
      break;
    }
    case 'check': {
      // As `npm run check` does for one content folder, once per shard; all are checked before it fails.
      const whole = plan();
      const format = chooseCheckFormat(undefined, process.env);
      let passed = true;
      for (const shard of whole.shards) {
        console.log(messages.shardChecking(shard.id, shard.title));
        const env = { ...process.env, WEIJIAN_CONTENT_DIR: shard.contentDir };
        const report = `gl-code-quality-${shard.id}.json`;
        if (!runContentCheck(process.cwd(), env, '没有发布任何内容。', { format, report })) passed = false;
      }
      if (!passed) process.exit(1);
      break;
    }
    case 'build': {
      if (!id) throw new ShardPlanError(messages.shardsUsage());
      buildShard(plan(), id);
      break;
    }
    case 'assemble': {
      const whole = plan();
      const out = resolve(values.out);
      assembleShards(whole, out);
      console.log(messages.shardsAssembled(whole.shards.length, out));
      break;
    }
    case 'run': {
      const whole = plan();
      const cache = resolve(values.cache);
      const timings: { step: string; reused?: boolean; start: number; end: number }[] = [];
      for (const shard of whole.shards) {
        const start = Date.now();
        const key = keyOf(shard, whole);
        const saved = join(cache, shard.id, key);
        const reused = existsSync(join(saved, 'index.html'));
        if (reused) {
          rmSync(shard.outDir, { recursive: true, force: true });
          cpSync(saved, shard.outDir, { recursive: true });
          console.log(messages.shardReused(shard.id, shard.title, key));
        } else {
          buildShard(whole, shard.id);
          // Only the newest output of each shard is kept.
          rmSync(join(cache, shard.id), { recursive: true, force: true });
          mkdirSync(join(cache, shard.id), { recursive: true });
          cpSync(shard.outDir, saved, { recursive: true });
        }
        timings.push({ step: shard.id, reused, start, end: Date.now() });
      }
      const start = Date.now();
      const out = resolve(values.out);
      assembleShards(whole, out);
      timings.push({ step: 'assemble', start, end: Date.now() });
      console.log(messages.shardsAssembled(whole.shards.length, out));
      if (values.timings) writeFileSync(values.timings, JSON.stringify(timings));
      break;
    }
    default:
      throw new ShardPlanError(messages.shardsUsage());
  }
} catch (error) {
  if (!(error instanceof ShardPlanError)) throw error;
  console.error(error.message);
  process.exit(1);
}
