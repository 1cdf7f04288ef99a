// shards.json and the plan made from it (src/lib/shards): what each matrix job
// builds, the messages for a wrong list, and the cache key that decides
// whether a shard is built again.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { normalizePrefix, planShards, shardBuildEnv, ShardPlanError } from '../../src/lib/shards/plan.ts';
import { archiveHomeFrom } from '../../src/lib/shards/archive-home.ts';
import { shardKey } from '../../src/lib/shards/key.ts';
import { messages } from '../../src/lib/messages/messages.ts';

type Shard = { id: string; title: string; content: string };

/** An archive folder with a content folder per shard (regions/topics identical) and shards.json. */
function archive(shards: Shard[], { list = { shards } as unknown } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'weijian-shards-'));
  for (const shard of shards) {
    const dir = join(root, shard.content);
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'articles', `${shard.id}-a.mdx`), `---\ntitle: ${shard.id}\n---\n`);
    writeFileSync(join(dir, 'regions.json'), '[]\n');
    writeFileSync(join(dir, 'topics.json'), '[]\n');
  }
  writeFileSync(join(root, 'shards.json'), typeof list === 'string' ? list : JSON.stringify(list));
  return root;
}

const TWO: Shard[] = [
  { id: 'north', title: '华北', content: 'archive/north' },
  { id: 'south', title: '华南', content: 'archive/south' },
];

const plan = (root: string, prefix = '/') => planShards({ file: 'shards.json', prefix, outRoot: 'dist-shards', cwd: root });

function refusal(root: string): string {
  try {
    plan(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ShardPlanError);
    return (error as Error).message;
  }
  throw new Error('the plan was made');
}

test('each shard is served under the archive’s address and searches all the others', () => {
  const root = archive([...TWO, { id: 'gs-2', title: '甘肃（二）', content: 'more/../archive/gs-2' }]);
  const { prefix, shards } = plan(root, '/weijian');
  expect(prefix).toBe('/weijian/');
  expect(shards.map((s) => [s.id, s.base, s.searchShards, s.articles])).toEqual([
    ['north', '/weijian/north/', '/weijian/south/,/weijian/gs-2/', 1],
    ['south', '/weijian/south/', '/weijian/north/,/weijian/gs-2/', 1],
    ['gs-2', '/weijian/gs-2/', '/weijian/north/,/weijian/south/', 1],
  ]);
  expect(shards[0]!.outDir).toBe(join(root, 'dist-shards/north'));
  expect(shards[2]!.contentDir).toBe(join(root, 'archive/gs-2'));
  expect(['', '/', '//', 'a/b', '/a/b/'].map(normalizePrefix)).toEqual(['/', '/', '/', '/a/b/', '/a/b/']);
});

test('a wrong shards.json is refused with the file, the field and the fix', () => {
  expect(refusal(archive(TWO, { list: { shards: [TWO[0], { ...TWO[1], id: 'north' }] } }))).toBe(
    messages.shardFileInvalid('shards.json', 'shards[1].id', messages.shardDuplicate('north')),
  );
  expect(refusal(archive(TWO, { list: { shards: [{ ...TWO[0], id: 'Hunan' }, TWO[1]] } }))).toBe(
    messages.shardFileInvalid('shards.json', 'shards[0].id', messages.shardId()),
  );
  expect(refusal(archive(TWO, { list: { shards: [TWO[0]] } }))).toBe(
    messages.shardFileInvalid('shards.json', 'shards', messages.shardsTooFew()),
  );
  expect(refusal(archive(TWO, { list: { shards: [TWO[0], { ...TWO[1], content: 'archive/west' }] } }))).toBe(
    messages.shardContentMissing('shards.json', 'south', 'archive/west'),
  );
  expect(refusal(archive(TWO, { list: '{ "shards": [ }' }))).toMatch(/^读不了 shards\.json（.+）。请确认它是 UTF-8 编码的 JSON。$/);
  expect(refusal(archive(TWO, { list: { shards: TWO, extra: 1 } }))).toMatch(/^shards\.json：.*extra/);
});

test('the key follows what the output depends on, and nothing else', () => {
  const root = archive(TWO);
  const project = mkdtempSync(join(tmpdir(), 'weijian-project-'));
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'src/page.ts'), 'export const a = 1;\n');
  writeFileSync(join(project, 'package-lock.json'), '{}\n');
  const keys = (prefix = '/', env: Record<string, string> = {}) => {
    const whole = plan(root, prefix);
    return whole.shards.map((shard) => shardKey(shard, whole, { projectRoot: project, env, nodeVersion: '24.9.0' }));
  };
  const [north, south] = keys();
  expect(keys()).toEqual([north, south]);
  expect(north).not.toBe(south);
  // Unrelated to any page: a README, a newer Node of the same major, another shard's content.
  writeFileSync(join(project, 'README.md'), '说明\n');
  expect(keys()).toEqual([north, south]);
  const whole = plan(root);
  expect(shardKey(whole.shards[0]!, whole, { projectRoot: project, env: {}, nodeVersion: '24.10.1' })).toBe(north);
  writeFileSync(join(root, 'archive/south/articles/south-b.mdx'), '---\ntitle: b\n---\n');
  const [northAfter, southAfter] = keys();
  expect(northAfter).toBe(north);
  expect(southAfter).not.toBe(south);
  // What reaches north's pages: its content, its regions, the code, the lockfile, the address, the site URL, the shard list.
  const changes: (() => void)[] = [
    () => writeFileSync(join(root, 'archive/north/articles/north-a.mdx'), '---\ntitle: 改\n---\n'),
    () => {
      // The shared list changes in every shard at once (the plan refuses copies that differ).
      for (const shard of TWO) writeFileSync(join(root, shard.content, 'regions.json'), '[ ]\n');
    },
    () => writeFileSync(join(project, 'src/page.ts'), 'export const a = 2;\n'),
    () => writeFileSync(join(project, 'package-lock.json'), '{ }\n'),
  ];
  let previous = keys()[0];
  for (const change of changes) {
    change();
    const next = keys()[0];
    expect(next).not.toBe(previous);
    previous = next;
  }
  expect(keys('/pr-3/')[0]).not.toBe(previous);
  expect(keys('/', { WEIJIAN_SITE: 'https://wsjkw.example.gov.cn' })[0]).not.toBe(previous);
  writeFileSync(join(root, 'shards.json'), JSON.stringify({ shards: [...TWO, { id: 'west', title: '西部', content: 'archive/south' }] }));
  expect(keys()[0]).not.toBe(previous);
});

test('a shard’s link back to the archive’s root page: a path or an https address, else refused', () => {
  expect(archiveHomeFrom(undefined)).toBeUndefined();
  expect(archiveHomeFrom(' ')).toBeUndefined();
  expect(archiveHomeFrom('/weijian')).toBe('/weijian/');
  expect(archiveHomeFrom('https://wsjkw.example.gov.cn/')).toBe('https://wsjkw.example.gov.cn/');
  expect(() => archiveHomeFrom('javascript:alert(1)')).toThrow(messages.archiveHomeInvalid('javascript:alert(1)'));
  const root = archive(TWO);
  const whole = plan(root, '/weijian/');
  expect(shardBuildEnv(whole.shards[1]!, whole)).toMatchObject({ WEIJIAN_BASE: '/weijian/south/', WEIJIAN_ARCHIVE_HOME: '/weijian/' });
});

test('the key follows the content’s git history too: a change and its revert leave the bytes as they were, not the 修订记录', () => {
  const root = archive(TWO);
  const project = mkdtempSync(join(tmpdir(), 'weijian-project-'));
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=e@example.cn', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
  };
  const key = () => {
    const whole = plan(root);
    return shardKey(whole.shards[0]!, whole, { projectRoot: project, env: {} });
  };
  const outside = key();
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'First');
  const first = key();
  expect(first).not.toBe(outside);
  const file = join(root, 'archive/north/articles/north-a.mdx');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('title: north', 'title: 改'));
  git('commit', '-q', '-am', 'Change');
  writeFileSync(file, original);
  git('commit', '-q', '-am', 'Revert');
  expect(key()).not.toBe(first);
  // Commits that touch only another shard leave this one's key alone.
  const again = key();
  writeFileSync(join(root, 'archive/south/articles/south-a.mdx'), '---\ntitle: 南\n---\n');
  git('commit', '-q', '-am', 'South only');
  expect(key()).toBe(again);
});
