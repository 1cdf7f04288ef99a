// The hook `npm install` sets up: a commit with bad content is refused at the
// commit itself, with the checker's message; a good commit goes through.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { article } from '../support/content-root.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';

test('the pre-commit hook refuses bad content and accepts good content', () => {
  const repo = mkdtempSync(join(tmpdir(), 'weijian-hook-'));
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  copyFileSync(join(repoRoot, 'package.json'), join(repo, 'package.json'));
  for (const dir of ['node_modules', 'src', 'scripts']) symlinkSync(join(repoRoot, dir), join(repo, dir));
  mkdirSync(join(repo, 'content/articles'), { recursive: true });
  cpSync(join(fixturesDir, 'content'), join(repo, 'content'), { recursive: true });
  // The same tool and configuration `npm install` runs (package.json "prepare").
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/simple-git-hooks/cli.js')], { cwd: repo, stdio: 'ignore' });
  expect(readFileSync(join(repo, '.git/hooks/pre-commit'), 'utf8')).toContain('npm run check');

  writeFileSync(join(repo, '.gitignore'), 'node_modules\nsrc\nscripts\n');
  writeFileSync(join(repo, 'content/articles/meeting.mdx'), article({ region: 'xianyan' }));
  git('add', '.');
  const refused = git('commit', '-m', 'Add meeting report');
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain('content/articles/meeting.mdx:4: region：未知的地区 “xianyan”。');
  expect(refused.stderr).toContain('您是否想写 `xianyang`？');
  expect(git('rev-parse', '--verify', 'HEAD').status).not.toBe(0);

  writeFileSync(join(repo, 'content/articles/meeting.mdx'), article());
  git('add', '.');
  const accepted = git('commit', '-m', 'Add meeting report');
  expect(accepted.status, accepted.stderr).toBe(0);
  expect(git('log', '--oneline').stdout).toContain('Add meeting report');
});
