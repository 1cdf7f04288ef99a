// Layering rules for weijian's TypeScript, checked by `npm run lint`
// (dependency-cruiser resolves every import to a file, so a rule names real
// folders, not import spellings). The shape is the code map in README.md:
//   src/lib      plain TypeScript content logic: no Astro, no site, no browser code
//   src/site     build-time data loading for the pages (Astro's process)
//   src/client   the little that runs in the browser
//   scripts      command-line entry points over src/lib
//   bench        benchmarks and their floor project
// .astro files are not parsed here; eslint.config.js holds their rules.
const LIB = '^src/lib/';
// Modules that run in the browser may use only these parts of src/lib.
const CLIENT_SAFE_LIB =
  '^src/lib/(chart|search/(filters|variants)|stats/table|format/(number|period|date))[.]ts$|^src/lib/(chart|search|stats|format)/|^src/lib/reading/(convert|prefs)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      comment: 'Two modules import each other (directly or around a loop): move what both need into a third module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Two folders import each other: the lower layer must not know the higher one (see the code map in README.md).',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-knows-no-astro',
      comment:
        'src/lib is plain TypeScript, unit-tested without a build: it may use astro/zod (the zod Astro validates collections with) but nothing else from Astro.',
      severity: 'error',
      from: { path: LIB },
      to: { path: '^astro:|(^|/)node_modules/astro/', pathNot: '(^|/)node_modules/astro/(zod|dist/zod)' },
    },
    {
      name: 'lib-knows-no-site',
      comment: 'src/lib must not import the site, the browser code, the command-line scripts, the bench or the tests.',
      severity: 'error',
      from: { path: LIB },
      to: { path: '^(src/(site|client|pages|components|layouts)|scripts|bench|tests)/' },
    },
    {
      name: 'schema-imports-only-basics',
      comment: 'A schema uses zod, the message table, formatting and text rules only (Starlight: schemas import zod and small utilities).',
      severity: 'error',
      from: { path: '^src/lib/schema/' },
      to: { path: '^src/lib/', pathNot: '^src/lib/(schema|messages|format|text|files|util)/' },
    },
    {
      name: 'client-imports-only-browser-safe',
      comment:
        'Browser code may import only the lib modules that are safe to ship (charts, search filters and variants, number and date formatting), never the checker, importer, schemas or Node built-ins.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: {
        pathNot: ['^src/client/', CLIENT_SAFE_LIB, '^node_modules/chart[.]js/', '^node_modules/@kurkle/color/'],
      },
    },
    {
      name: 'client-not-imported-by-build',
      comment: 'Browser code is bundled by Astro from a <script>; build-time code must not import it.',
      severity: 'error',
      from: { pathNot: '^src/client/' },
      to: { path: '^src/client/' },
    },
    {
      name: 'importer-is-not-the-site',
      comment: 'The importer (src/lib/import) is an editor tool: the site, the checker and the build never import it.',
      severity: 'error',
      from: { path: '^(src/(site|client|pages|components|layouts)|src/lib/(?!import/)|scripts/(build|check)[.]ts)' },
      to: { path: '^src/lib/import/' },
    },
    {
      name: 'site-does-not-check-or-read-files',
      comment: 'Pages get content from src/site (collections read once); only src/site may run the checker to obtain its facts.',
      severity: 'error',
      from: { path: '^src/(pages|components|layouts)/' },
      to: { path: '^src/lib/(check|import|files)/' },
    },
    {
      name: 'nothing-imports-tests-or-bench',
      comment: 'Tests and benchmarks use the code; the code never uses them.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: '^(dist|dist-shards|preview|tmp|node_modules|[.]astro|[.]gitlab-ci-local|[.]shard-cache)/|^tests/fixtures/|^bench/floor/',
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
