// One deployable tree from the shards' outputs: each under its id, and at the
// root the index that lists them, the 404 page and the host headers.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersFile } from '../content/csp.ts';
import { messages } from '../messages/messages.ts';
import { HUB_CSS, HUB_STYLESHEET, hubIndexPage, hubNotFoundPage } from './hub.ts';
import { ShardPlanError, type ShardPlan } from './plan.ts';

/** Copy every shard's output into `outDir/<id>/` and write the root pages. Refuses if a shard was not built. */
export function assembleShards(plan: ShardPlan, outDir: string): void {
  for (const shard of plan.shards)
    if (!existsSync(join(shard.outDir, 'index.html')))
      throw new ShardPlanError(messages.shardOutputMissing(shard.id, relative(process.cwd(), shard.outDir) || shard.outDir));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const shard of plan.shards) {
    cpSync(shard.outDir, join(outDir, shard.id), { recursive: true });
    // Hosts read `_headers` only at the root; one is written there for all.
    rmSync(join(outDir, shard.id, '_headers'), { force: true });
  }
  writeFileSync(join(outDir, 'index.html'), hubIndexPage(plan.prefix, plan.shards));
  writeFileSync(join(outDir, '404.html'), hubNotFoundPage(plan.prefix, plan.shards));
  writeFileSync(join(outDir, HUB_STYLESHEET), HUB_CSS);
  writeFileSync(join(outDir, '_headers'), headersFile());
}
