// ESLint: typescript-eslint's recommended rules for .ts, eslint-plugin-astro's
// for .astro, and the layering rules for .astro files (dependency-cruiser,
// .dependency-cruiser.cjs, holds them for .ts; it cannot read .astro).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One entry per layering rule; the message names the rule, as dependency-cruiser's do.
const layer = (name, regex, why) => ({ regex, message: `[${name}] ${why}` });
const RENDER_ONLY = [
  layer(
    'site-does-not-check-or-read-files',
    String.raw`(^|/)lib/(check|import|files)/`,
    'Components, layouts and pages render what src/site hands them; they do not validate or read files.',
  ),
  layer(
    'client-not-imported-by-build',
    // `?worker&url` imports no code, only the address of a separately bundled script (ReadingControls.astro).
    String.raw`(^|/)client/(?!.*\?worker&url$)`,
    'Browser code is bundled from a <script> tag, not imported into the build (only its ?worker&url address may be).',
  ),
  layer('no-file-reading-in-components', String.raw`^node:fs`, 'Read files in src/site, once per build, not in a component.'),
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'tmp/',
    '**/.astro/',
    'node_modules/',
    'content/',
    'tests/fixtures/',
    'bench/floor/dist/',
    'import-reports/',
    'dist-shards/',
    '.shard-cache/',
    'preview/',
    '.gitlab-ci-local/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (an argument a callback must accept).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/pages/**/*.astro'],
    rules: { 'no-restricted-imports': ['error', { patterns: RENDER_ONLY }] },
  },
]);
