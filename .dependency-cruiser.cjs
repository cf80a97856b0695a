// The architecture, checked by `npm run arch` (part of `npm test`): dependency-cruiser reads every import in
// src/ (type-only imports included) and fails on a broken rule. DEVELOPERS.md describes the layers.

/** The package's entry points: what the command line, as a client, may import. */
const ENTRY_POINTS = ['src/index\\.ts$', 'src/engine/index\\.ts$', 'src/schemas/index\\.ts$', 'src/testing/index\\.ts$'];

/** The folders of crossdept's domain: what the generic engine must not know about. */
const DOMAIN = '^src/(model|rules|rule-tests|schedule|analysis|templates|summary|registers|integrations|outcomes|cli|schemas|testing)/|^src/index\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules in src/ form no import cycle: data flows one way.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'engine-without-domain',
      comment:
        'src/engine is a json-rules-engine-compatible evaluator over any facts (crossdept/engine): it imports ' +
        'the issue kernel (src/issues), the locale helpers (src/i18n) and the error base class, never the domain.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: DOMAIN },
    },
    {
      name: 'cli-through-entry-points',
      comment:
        'The command line is a client of the library: it imports only the package entry points and its own ' +
        'folder, so everything it does a service can do.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: ['^src/cli/', ...ENTRY_POINTS] },
    },
    {
      name: 'workbench-through-entry-points',
      comment:
        'The workbench (its view model and its browser app) is a client of the library too: it imports only the ' +
        'package entry points and its own folder, so the pages show what a service could compute.',
      severity: 'error',
      from: { path: '^src/workbench/' },
      to: { path: '^src/', pathNot: ['^src/workbench/', ...ENTRY_POINTS] },
    },
    {
      name: 'library-without-workbench',
      comment: 'No library module imports the workbench (it is an application over the library).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/workbench/', '^src/cli/'] },
      to: { path: '^src/workbench/' },
    },
    {
      name: 'library-without-cli',
      comment: 'No library module imports the command line (it reads the process, the clock and files).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
