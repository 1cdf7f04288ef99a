// The publishing pipelines in the project (.github/workflows/, .gitlab-ci.yml):
// GitHub's workflow checked against its schema (action-validator) and for what
// the schema cannot see; GitLab's jobs run for real here with gitlab-ci-local's
// shell executor, on a copy of this working tree, for a merge request, for the
// default branch and for a bad commit. No job runs `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { childEnvironment } from '../support/child-env.ts';
import { repoRoot } from '../support/paths.ts';
import { article } from '../support/content-root.ts';
import { CODE_QUALITY_FILE, type CodeQualityEntry } from '../../src/lib/check/ci-formats.ts';

const bin = (name: string) => join(repoRoot, 'node_modules/.bin', name);
const WORKFLOWS = join(repoRoot, '.github/workflows');
const workflowFiles = ['publish.yml'];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
  strategy?: { matrix: unknown };
  environment?: { name: string };
}
const workflow = parse(readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
};
const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('GitHub Actions', () => {
  test('every workflow file passes GitHub’s schema (action-validator), and a broken one does not', () => {
    for (const file of workflowFiles) {
      const run = spawnSync(bin('action-validator'), [join(WORKFLOWS, file)], { encoding: 'utf8' });
      expect(run.status, `${file}: ${run.stderr}`).toBe(0);
    }
    const broken = join(repoRoot, 'tmp/test-sites/broken-workflow.yml');
    mkdirSync(dirname(broken), { recursive: true });
    writeFileSync(broken, readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8').replace('runs-on:', 'runs-onn:'));
    const run = spawnSync(bin('action-validator'), [broken], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Additional property 'runs-onn' is not allowed");
  });

  test('pull requests are checked and built, pushes deployed to Pages with the official actions', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const { check, build, deploy, shard, assemble } = workflow.jobs;
    // The content check: the whole content folder, or each shard of a sharded archive.
    const checkStep = check!.steps.find((step) => step.run?.includes('npm run check'));
    expect(checkStep?.run).toContain('npm run shards -- check');
    expect(checkStep?.run).toContain('"$WEIJIAN_SHARDS_FILE"');
    // Builds read `git log` for 修订记录: full history.
    for (const job of [build!, shard!])
      expect(job.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(check!.steps.some((step) => step.uses?.startsWith('actions/configure-pages@'))).toBe(true);
    expect(build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.if).toContain("publish == 'true'");
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.environment?.name).toBe('github-pages');
    expect(deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(deploy!.if).toContain("needs.check.outputs.publish == 'true'");
    // The preview of a pull request is an artifact, never a deployment.
    expect(build!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.if).toBe("github.event_name == 'pull_request'");
    // Shards: one job per shard from the plan, reusing its cached output, then one assembly.
    expect(shard!.strategy?.matrix).toBe('${{ fromJSON(needs.check.outputs.matrix) }}');
    expect(shard!.steps.find((step) => step.uses?.startsWith('actions/cache/restore@'))?.with?.key).toBe(
      'shard-${{ matrix.id }}-${{ matrix.key }}',
    );
    expect(assemble!.needs).toEqual(['check', 'shard']);
  });

  test('every command a step runs exists: npm scripts in package.json, node scripts and .ci files in the project; none runs npm test', () => {
    const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) {
      for (const [, name] of command.matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(scripts, command).toHaveProperty(name!);
      for (const [, file] of command.matchAll(/(?:node|bash) ((?:scripts|\.ci)\/[\w./-]+)/g))
        expect(existsSync(join(repoRoot, file!)), file).toBe(true);
      expect(command).not.toMatch(/npm (run )?test\b/);
    }
  });
});

test('every step output and job output the workflow reads is one that its step or job writes', () => {
  const text = readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8');
  const jobs = workflow.jobs as Record<string, Job & { outputs?: Record<string, string>; steps: (Step & { id?: string })[] }>;
  // What each step writes: the scripts' own output, run here; the inline lines; the official actions' documented outputs.
  const githubOutput = (args: string[], cwd: string) => {
    const file = join(repoRoot, 'tmp/test-sites/github-output.txt');
    writeFileSync(file, '');
    const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: file } });
    expect(run.status, run.stderr).toBe(0);
    return new Set([...readFileSync(file, 'utf8').matchAll(/^(\w+)=/gm)].map((m) => m[1]!));
  };
  const address = spawnSync(process.execPath, [join(repoRoot, 'scripts/ci-address.ts')], { encoding: 'utf8' }).stdout;
  const written: Record<string, Set<string>> = {
    address: new Set([...address.matchAll(/^(\w+)=/gm)].map((m) => m[1]!)),
    plan: githubOutput([join(repoRoot, 'scripts/shards.ts'), 'plan', '--github-output', '--file', 'no-such-shards.json'], repoRoot),
    pages: new Set(['base_url', 'origin', 'host', 'base_path']),
    cache: new Set(['cache-hit', 'cache-primary-key', 'cache-matched-key']),
    deployment: new Set(['page_url']),
  };
  for (const job of Object.values(jobs))
    for (const step of job.steps)
      if (step.id && step.run && !written[step.id]) written[step.id] = new Set([...step.run.matchAll(/echo "(\w+)=/g)].map((m) => m[1]!));
  const stepReads = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)];
  expect(stepReads.length).toBeGreaterThan(8);
  for (const [read, step, name] of stepReads) expect(written[step!], read).toContain(name);
  for (const [read, job, name] of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g))
    expect(Object.keys(jobs[job!]?.outputs ?? {}), read).toContain(name);
});

// GitLab: a copy of this working tree (tracked and new files, as a commit would
// hold them) in a repository of its own, so the runs touch nothing here.
const project = join(repoRoot, 'tmp/test-sites/gitlab-project');

function git(...args: string[]) {
  const run = spawnSync('git', args, { cwd: project, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** A commit by an editor, without this project's hooks (the copy has no node_modules). */
const commit = (message: string) =>
  git('-c', 'user.name=编辑', '-c', 'user.email=editor@example.cn', '-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', message);

/**
 * What a runner's shell has: not what Vitest sets for its own Vite (BASE_URL=/
 * would override the site's base), nor this machine's CI variables; Node 24
 * first on PATH, as in the pipeline's node:24 image.
 */
function jobEnvironment(): NodeJS.ProcessEnv {
  const env = childEnvironment((name) => /^(WEIJIAN_|GITHUB_|GITLAB_|CI_)|^CI$/.test(name));
  return { ...env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH}` };
}

/** gitlab-ci-local with the shell executor, each job in its own copy of the project, the npm cache shared with this machine. */
function gitlab(args: string[], variables: Record<string, string> = {}, unset: string[] = []) {
  const flags = Object.entries({ GITLAB_CI: 'true', npm_config_cache: join(homedir(), '.npm'), ...variables }).flatMap(([name, value]) => [
    '--variable',
    `${name}=${value}`,
  ]);
  const run = spawnSync(
    bin('gitlab-ci-local'),
    [
      '--force-shell-executor',
      '--shell-isolation',
      '--no-artifacts-to-source',
      '--no-color',
      '--ignore-predefined-vars',
      'GITLAB_CI,CI_PIPELINE_SOURCE,CI_MERGE_REQUEST_IID,CI_COMMIT_BRANCH,CI_DEFAULT_BRANCH,CI_PAGES_URL',
      ...flags,
      ...unset.flatMap((name) => ['--unset-variable', name]),
      ...args,
    ],
    { cwd: project, encoding: 'utf8', env: jobEnvironment() },
  );
  return { status: run.status, stdout: run.stdout, output: `${run.stdout}${run.stderr}` };
}
const artifact = (job: string, path: string) => join(project, '.gitlab-ci-local/artifacts', job, path);
const MERGE_REQUEST = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' };
const DEFAULT_BRANCH = { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' };

function jobsListed(variables: Record<string, string>, unset: string[] = []): string[] {
  const run = gitlab(['--list-json'], variables, unset);
  expect(run.status, run.output).toBe(0);
  // Jobs whose rules leave them out are listed with when: never.
  return (JSON.parse(run.stdout) as { name: string; when: string }[]).filter((job) => job.when !== 'never').map((job) => job.name);
}

beforeAll(() => {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
    .stdout.split('\0')
    .filter((file) => file && !file.startsWith('tmp/') && existsSync(join(repoRoot, file)));
  for (const file of files) cpSync(join(repoRoot, file), join(project, file), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  commit('Copy of the project');
}, 120_000);

describe('GitLab CI, run with gitlab-ci-local', () => {
  test('what GitLab checks that gitlab-ci-local does not: an exposed artifact’s name is ASCII words and spaces', () => {
    const config = parse(readFileSync(join(repoRoot, '.gitlab-ci.yml'), 'utf8')) as Record<string, { artifacts?: { expose_as?: string } }>;
    const exposed = Object.values(config).flatMap((job) => (job?.artifacts?.expose_as ? [job.artifacts.expose_as] : []));
    expect(exposed.length).toBeGreaterThan(0);
    // GitLab's EXPOSE_AS_REGEX, /\A\w[-\w ]*\z/ in Ruby, where \w is ASCII only.
    for (const name of exposed) expect(name).toMatch(/^[A-Za-z0-9_][-A-Za-z0-9_ ]*$/);
  });

  test('which jobs each kind of pipeline runs', () => {
    expect(jobsListed(MERGE_REQUEST, ['CI_COMMIT_BRANCH'])).toEqual(['check', 'preview']);
    expect(jobsListed({ ...MERGE_REQUEST, WEIJIAN_PAGES_PREVIEW: 'true' }, ['CI_COMMIT_BRANCH'])).toEqual([
      'check',
      'preview',
      'pages-preview',
    ]);
    expect(jobsListed(DEFAULT_BRANCH)).toEqual(['check', 'pages']);
    expect(jobsListed({ ...DEFAULT_BRANCH, WEIJIAN_RCLONE_DEST: 'oss:bucket/site' })).toEqual(['check', 'pages', 'deploy-static']);
    expect(jobsListed({ ...DEFAULT_BRANCH, CI_COMMIT_BRANCH: 'draft' })).toEqual(['check']);
  });

  test('a merge request: the check passes with an empty Code Quality report, and the preview is built under /mr-7/', () => {
    const run = gitlab([], MERGE_REQUEST, ['CI_COMMIT_BRANCH']);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/PASS\s+check/);
    expect(run.output).toMatch(/PASS\s+preview/);
    expect(run.output).toContain('内容检查通过');
    expect(JSON.parse(readFileSync(artifact('check', CODE_QUALITY_FILE), 'utf8'))).toEqual([]);
    const home = readFileSync(artifact('preview', 'preview/mr-7/index.html'), 'utf8');
    expect(home).toContain('href="/mr-7/regions/"');
    expect(home).not.toMatch(/(href|src)="\/(?!mr-7\/)[^"/]/);
    expect(run.output).toContain('http://localhost:8000/mr-7/');
  }, 300_000);

  test('the default branch: the site is built for its GitLab Pages address, with full history', () => {
    const run = gitlab(['pages'], { ...DEFAULT_BRANCH, CI_PAGES_URL: 'https://hc.gitlab.io/weijian' });
    expect(run.status, run.output).toBe(0);
    const home = readFileSync(artifact('pages', 'public/index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://hc.gitlab.io/weijian/">');
    expect(home).toContain('href="/weijian/regions/"');
    expect(run.output).not.toContain('浅克隆');
  }, 300_000);

  test('a bad commit: the check job fails and the Code Quality report puts each problem on its line', () => {
    const file = 'content/articles/bad-commit.mdx';
    writeFileSync(
      join(project, file),
      article({ region: 'xianyan', title: '测试市卫生健康工作会议' }, { body: '门诊量增长%，住院量基本持平。' }),
    );
    git('add', file);
    commit('Bad article');
    const run = gitlab(['check'], DEFAULT_BRANCH);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/FAIL\s+1?\s*check|check.*FAIL/);
    expect(run.output).toContain(`${file}:4: region：`);
    const report = JSON.parse(readFileSync(artifact('check', CODE_QUALITY_FILE), 'utf8')) as CodeQualityEntry[];
    expect(report.map((entry) => [entry.location.path, entry.location.lines.begin, entry.check_name])).toEqual([
      [file, 4, 'weijian/region'],
      [file, 11, 'weijian/正文'],
    ]);
  }, 300_000);
});
