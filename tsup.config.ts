import { defineConfig } from 'tsup';

/** The package's entry points (`crossdept`, `crossdept/engine`, `crossdept/schemas`, `crossdept/testing`). */
const ENTRIES = {
  index: 'src/index.ts',
  'engine/index': 'src/engine/index.ts',
  'schemas/index': 'src/schemas/index.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig([
  {
    // ESM, one file per source file: a bundler then drops whole modules nobody imports (`"sideEffects": false`),
    // so `import { parseCollaboration } from 'crossdept'` carries neither the rules nor json-rules-engine. One
    // bundled file per entry would keep every module's top-level code and every dependency it imports.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/workbench/**'],
    bundle: false,
    format: ['esm'],
    dts: { entry: ENTRIES },
    // The other configs build into the same folder at the same time: cleaning must spare what they write.
    clean: ['!cli.js', '!cli.js.map', '!**/*.cjs', '!**/*.cjs.map', '!**/*.d.cts', '!workbench/**'],
    sourcemap: true,
    target: 'node20',
  },
  {
    // CommonJS for `require`, one bundle per entry point (Node does not tree-shake).
    entry: ENTRIES,
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    splitting: false,
  },
  {
    // The `crossdept` executable (ESM only; `src/cli/main.ts` starts with its `#!/usr/bin/env node` line).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    splitting: false,
  },
]);
