import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CommonJS with declarations, browser-safe at the root.
    entry: {
      index: 'src/index.ts',
      'testing/index': 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // The command line is built by the second config into the same folder: cleaning must spare it.
    clean: ['!cli.js', '!cli.js.map'],
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
