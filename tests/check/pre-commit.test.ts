// The hook `npm install` sets up: a commit with bad content is refused at the
// commit itself, with the checker's message; a good commit goes through. The
// hook checks what is staged, not the working copy: work in progress outside
// the commit does not block it, and what the commit breaks elsewhere does.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { article } from '../support/content-root.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';

/** A throwaway repository with the real hook installed (as `npm install` does it), and the fixture taxonomies and datasets. */
function hookRepo() {
  const repo = mkdtempSync(join(tmpdir(), 'weijian-hook-'));
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  for (const file of ['package.json', 'eslint.config.js', '.prettierrc.json', '.prettierignore'])
    copyFileSync(join(repoRoot, file), join(repo, file));
  for (const dir of ['node_modules', 'src', 'scripts']) symlinkSync(join(repoRoot, dir), join(repo, dir));
  mkdirSync(join(repo, 'content/articles'), { recursive: true });
  cpSync(join(fixturesDir, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(fixturesDir, 'site-data'), join(repo, 'content/data'), { recursive: true });
  // The same tool and configuration `npm install` runs (package.json "prepare").
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/simple-git-hooks/cli.js')], { cwd: repo, stdio: 'ignore' });
  writeFileSync(join(repo, '.gitignore'), 'node_modules\nsrc\nscripts\n');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  return { repo, git, write };
}

test('the pre-commit hook refuses bad content and accepts good content', () => {
  const { repo, git, write } = hookRepo();
  expect(readFileSync(join(repo, '.git/hooks/pre-commit'), 'utf8')).toContain('npm run check');
  write('content/articles/meeting.mdx', article({ region: 'xianyan' }));
  git('add', '.');
  const refused = git('commit', '-m', 'Add meeting report');
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain('content/articles/meeting.mdx:4: region：未知的地区 “xianyan”。');
  expect(refused.stderr).toContain('您是否想写 `xianyang`？');
  expect(git('rev-parse', '--verify', 'HEAD').status).not.toBe(0);

  write('content/articles/meeting.mdx', article());
  git('add', '.');
  const accepted = git('commit', '-m', 'Add meeting report');
  expect(accepted.status, accepted.stderr).toBe(0);
  expect(git('log', '--oneline').stdout).toContain('Add meeting report');
});

/** hookRepo() with two articles committed. */
function committedRepo() {
  const { repo, git, write } = hookRepo();
  write('content/articles/meeting.mdx', article());
  // Line 11 cites a dataset.
  write(
    'content/articles/checkups.mdx',
    article({ title: '测试市两癌检查进展', date: '2021-05-06' }, { body: '<Chart dataset="test-checkups" />' }),
  );
  git('add', '.');
  const first = git('commit', '-m', 'First articles');
  expect(first.status, first.stderr).toBe(0);
  /** `git commit`, with the hook's output (git sends it to stderr) in `output`. */
  const commit = (message: string) => {
    const result = git('commit', '-m', message);
    return { ...result, output: `${result.stdout}${result.stderr}` };
  };
  // The whole check pinned to the text format these tests read (inside a CI it would choose the CI's).
  const check = (...args: string[]) =>
    spawnSync('npm', ['run', 'check', '--silent', '--', ...(args.length ? args : ['--format', 'text'])], { cwd: repo, encoding: 'utf8' });
  return { repo, git, write, commit, check };
}

const BAD_REGION = '4: region：未知的地区 “xianyan”。';

test('work in progress outside the commit does not block it; `npm run check` still reports it', () => {
  const { write, git, commit, check } = committedRepo();
  write('content/articles/meeting.mdx', article({ region: 'xianyan' })); // tracked, changed, not staged
  write('content/articles/draft-notes.mdx', article({ title: '草稿', region: 'xianyan' })); // untracked
  write('content/articles/clinic-opening.mdx', article({ title: '咸阳市新建社区卫生服务中心投入使用' }));
  git('add', 'content/articles/clinic-opening.mdx');
  const accepted = commit('Add clinic opening');
  expect(accepted.status, accepted.output).toBe(0);
  expect(accepted.output).toContain('内容检查通过：将要提交的内容没有问题');
  expect(git('log', '--oneline').stdout).toContain('Add clinic opening');

  const everything = check();
  expect(everything.status).toBe(1);
  expect(everything.stderr).toContain(`content/articles/meeting.mdx:${BAD_REGION}`);
  expect(everything.stderr).toContain(`content/articles/draft-notes.mdx:${BAD_REGION}`);
});

test('the staged version is checked, not the working copy', () => {
  const { write, git, commit } = committedRepo();
  const path = 'content/articles/clinic-opening.mdx';
  write(path, article({ title: '咸阳市新建社区卫生服务中心投入使用', region: 'xianyan' }));
  git('add', path);
  write(path, article({ title: '咸阳市新建社区卫生服务中心投入使用' })); // fixed, but not staged
  const refused = commit('Add clinic opening');
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain(`${path}:${BAD_REGION}`);
  expect(refused.stderr).toContain('内容检查未通过：将要提交的内容有 1 个问题');
  expect(git('log', '--oneline').stdout).not.toContain('Add clinic opening');

  git('add', path);
  write(path, article({ title: '咸阳市新建社区卫生服务中心投入使用', region: 'xianyan' })); // broken again, not staged
  const accepted = commit('Add clinic opening');
  expect(accepted.status, accepted.output).toBe(0);
  expect(git('show', `HEAD:${path}`).stdout).toContain('region: xianyang');

  // `git commit -a` stages the working copy into a temporary index: that is what gets checked.
  const all = git('commit', '-a', '-m', 'Everything');
  expect(all.status).not.toBe(0);
  expect(all.stderr).toContain(`${path}:${BAD_REGION}`);
});

test('what a commit breaks elsewhere is refused: a cited dataset deleted, a re-post of a committed article', () => {
  const { write, git, commit } = committedRepo();
  git('rm', '-q', 'content/data/test-checkups.json');
  const deleted = commit('Remove checkups data');
  expect(deleted.status).not.toBe(0);
  expect(deleted.stderr).toContain('content/articles/checkups.mdx:11: 找不到数据文件 content/data/test-checkups.json。');
  git('reset', '-q', 'HEAD', '--', 'content/data/test-checkups.json');
  git('checkout', '--', 'content/data/test-checkups.json');

  // Sorted by path, the committed meeting.mdx is the later copy and carries the problem.
  write('content/articles/a-repost.mdx', article());
  git('add', 'content/articles/a-repost.mdx');
  const reposted = commit('Repost');
  expect(reposted.status).not.toBe(0);
  expect(reposted.stderr).toContain('content/articles/meeting.mdx:2: title：与 content/articles/a-repost.mdx 标题和日期都相同');
});

test('a commit that changes nothing under content/ passes at once; an old problem in an untouched file does not block', () => {
  const { write, git, commit } = committedRepo();
  write('README.md', '说明\n');
  write('content/articles/draft-notes.mdx', '没有 frontmatter 的草稿\n'); // untracked
  git('add', 'README.md');
  const readme = commit('Add README');
  expect(readme.status, readme.output).toBe(0);
  expect(readme.output).toContain('本次提交没有改动 content/ 中的文件，跳过内容检查。');

  // A problem committed past the hook stays out of later, unrelated commits (and is mentioned).
  write('content/articles/meeting.mdx', article({ region: 'xianyan' }));
  git('add', 'content/articles/meeting.mdx');
  expect(git('commit', '--no-verify', '-m', 'Bypass the hook').status).toBe(0);
  write('content/articles/clinic-opening.mdx', article({ title: '咸阳市新建社区卫生服务中心投入使用' }));
  git('add', 'content/articles/clinic-opening.mdx');
  const next = commit('Add clinic opening');
  expect(next.status, next.output).toBe(0);
  expect(next.output).toContain('另有 1 个问题在本次提交没有改动的文件中');
});

test('`--staged` from a folder below the top of the repository, with the content folder elsewhere', () => {
  const { repo, git, write } = committedRepo();
  mkdirSync(join(repo, 'site'));
  write('content/articles/clinic-opening.mdx', article({ title: '咸阳市新建社区卫生服务中心投入使用', region: 'xianyan' }));
  git('add', 'content/articles/clinic-opening.mdx');
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/check.ts'), '--staged'], {
    cwd: join(repo, 'site'),
    encoding: 'utf8',
    env: { ...process.env, WEIJIAN_CONTENT_DIR: '../content' },
  });
  expect(run.status).toBe(1);
  expect(run.stderr.split('\n\n')[0]).toBe(
    `../content/articles/clinic-opening.mdx:${BAD_REGION}请填写 content/regions.json 中的某个 id（小写拼音）；如是新地区，请先在该文件中添加。您是否想写 \`xianyang\`？`,
  );
});

test('a problem already committed in an untouched file does not block a commit that changes its wording (found in review)', () => {
  const { write, git, commit } = committedRepo();
  const report = [
    '全县今年新建标准化村卫生室18所，配备乡村医生42名，村级医疗服务覆盖率达到百分之百。',
    '县人民医院与14个乡镇卫生院组建紧密型医共体，下派医师96人次，开展远程会诊310例。',
    '家庭医生签约服务重点人群签约率达到81%，高血压和糖尿病患者规范管理率均超过七成。',
  ].join('\n\n');
  write('content/articles/b-first.mdx', article({ title: '测试县基层医疗卫生服务进展', date: '2021-03-03' }, { body: report }));
  write('content/articles/a-later.mdx', article({ title: '某县基层卫生服务稳步推进', date: '2021-03-20' }, { body: report }));
  git('add', '.');
  expect(git('commit', '--no-verify', '-m', 'A re-post slipped in').status).toBe(0);
  // Editing the earlier article changes the similarity the later one's message quotes.
  write(
    'content/articles/b-first.mdx',
    article({ title: '测试县基层医疗卫生服务进展', date: '2021-03-03' }, { body: `${report}\n\n下一步将继续推进基层首诊。` }),
  );
  git('add', 'content/articles/b-first.mdx');
  const accepted = commit('Add a closing sentence');
  expect(accepted.status, accepted.output).toBe(0);
  expect(accepted.output).toContain('另有 1 个问题');
});

test('a content folder linked in from elsewhere in the repository is still checked (found in review)', () => {
  const { repo, write, git, commit } = committedRepo();
  git('mv', 'content', 'site-content');
  symlinkSync('site-content', join(repo, 'content'));
  git('add', '-A');
  expect(git('commit', '--no-verify', '-m', 'Move content').status).toBe(0);
  write('content/articles/clinic-opening.mdx', article({ title: '咸阳市新建社区卫生服务中心投入使用', region: 'xianyan' }));
  git('add', '-A');
  const refused = commit('Add clinic opening');
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain(`clinic-opening.mdx:${BAD_REGION}`);
});

test("the hook formats and lints the staged code files, and never rewrites an editor's content file", () => {
  const { repo, git, write } = hookRepo();
  // Valid but unformatted: Prettier rewrites it in the commit.
  write('tools/sum.ts', 'export const sum = (a: number,b: number)=>a+b\n');
  // An article whose source Prettier would change if it ever touched content.
  const text = article({}, { body: '*  一项   检查*\n\n1)  已完成' });
  write('content/articles/meeting.mdx', text);
  git('add', '.');
  const accepted = git('commit', '-m', 'Add a tool and an article');
  expect(accepted.status, accepted.stderr).toBe(0);
  expect(git('show', 'HEAD:tools/sum.ts').stdout).toBe('export const sum = (a: number, b: number) => a + b;\n');
  expect(git('show', 'HEAD:content/articles/meeting.mdx').stdout).toBe(text);
  expect(readFileSync(join(repo, 'content/articles/meeting.mdx'), 'utf8')).toBe(text);

  // A lint error refuses the commit with ESLint's message naming the rule.
  write('tools/equal.ts', 'export const same = (a: unknown, b: unknown) => a == b;\n');
  git('add', 'tools/equal.ts');
  const refused = git('commit', '-m', 'Add a loose comparison');
  expect(refused.status).not.toBe(0);
  expect(refused.stdout + refused.stderr).toContain('eqeqeq');
  expect(git('log', '--format=%s', '-1').stdout.trim()).toBe('Add a tool and an article');
  // ESLint and Prettier start twice per commit: about 10 s each on a busy 2-core machine.
}, 120_000);
