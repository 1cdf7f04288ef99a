// The layering rules as a developer meets them: a wrong import fails
// `npm run lint` (and so CI) with a message naming the rule it broke.
// Each case is a tiny tree of its own, linted with the project's real
// configuration files and tools.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';

function project(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'weijian-layers-'));
  for (const file of ['.dependency-cruiser.cjs', 'eslint.config.js', 'tsconfig.json', 'package.json'])
    copyFileSync(join(repoRoot, file), join(dir, file));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = (bin: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/.bin', bin), ...args], { cwd: dir, encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  };
  return {
    cruise: () => run('depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'),
    lint: () => run('eslint', 'src'),
  };
}

describe('dependency-cruiser rules (TypeScript modules)', () => {
  it.each([
    [
      'schema-imports-only-basics',
      {
        'src/lib/schema/article.ts': "import { run } from '../check/run.ts';\nexport const x = run;\n",
        'src/lib/check/run.ts': 'export const run = 1;\n',
      },
    ],
    [
      'lib-knows-no-site',
      {
        'src/lib/format/date.ts': "import { loadSite } from '../../site/site.ts';\nexport const x = loadSite;\n",
        'src/site/site.ts': 'export const loadSite = 1;\n',
      },
    ],
    [
      'client-imports-only-browser-safe',
      {
        'src/client/search.ts': "import { run } from '../lib/check/run.ts';\nexport const x = run;\n",
        'src/lib/check/run.ts': 'export const run = 1;\n',
      },
    ],
    [
      'importer-is-not-the-site',
      {
        'src/site/site.ts': "import { draft } from '../lib/import/draft.ts';\nexport const x = draft;\n",
        'src/lib/import/draft.ts': 'export const draft = 1;\n',
      },
    ],
    [
      'no-folder-cycle',
      {
        'src/lib/stats/stat.ts': "import { message } from '../check/message.ts';\nexport const stat = message;\n",
        'src/lib/check/message.ts': 'export const message = 1;\n',
        'src/lib/check/components.ts': "import { stat } from '../stats/stat.ts';\nexport const use = stat;\n",
      },
    ],
    [
      'lib-knows-no-astro',
      { 'src/lib/content/articles.ts': "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n" },
    ],
    [
      'lib-knows-no-astro',
      { 'src/lib/content/paths.ts': "import { defineConfig } from 'astro/config';\nexport const x = defineConfig;\n" },
    ],
    [
      'no-module-cycle',
      {
        'src/lib/text/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
        'src/lib/text/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      },
    ],
  ])('%s', (rule, files) => {
    const { status, output } = project(files).cruise();
    expect(status, output).not.toBe(0);
    expect(output).toContain(`error ${rule}:`);
  });

  it('a tree that keeps the layers passes (valid but unusual: the client importing a shared formatter)', () => {
    const { status, output } = project({
      'src/client/search.ts': "import { formatNumber } from '../lib/format/number.ts';\nexport const x = formatNumber;\n",
      'src/lib/format/number.ts': 'export const formatNumber = 1;\n',
      'src/lib/schema/article.ts':
        "import { z } from 'astro/zod';\nimport { m } from '../messages/messages.ts';\nexport const x = [m, z];\n",
      'src/lib/messages/messages.ts': 'export const m = 1;\n',
    }).cruise();
    expect(status, output).toBe(0);
  });
});

describe('ESLint rules (.astro components, layouts and pages)', () => {
  it('a component that runs the checker names the rule', () => {
    const { status, output } = project({
      'src/components/Figure.astro':
        "---\nimport { checkContent } from '../lib/check/content.ts';\nconst problems = checkContent;\n---\n<p>{String(problems)}</p>\n",
      'src/lib/check/content.ts': 'export const checkContent = 1;\n',
    }).lint();
    expect(status, output).not.toBe(0);
    expect(output).toContain('[site-does-not-check-or-read-files]');
  });

  it('a page importing a component and a formatter passes', () => {
    const { status, output } = project({
      'src/pages/index.astro': "---\nimport { formatNumber } from '../lib/format/number.ts';\n---\n<p>{formatNumber}</p>\n",
      'src/lib/format/number.ts': 'export const formatNumber = 1;\n',
    }).lint();
    expect(status, output).toBe(0);
  });
});
