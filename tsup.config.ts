import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'tsup';
import { resolveBarrels } from './scripts/resolve-barrels.js';

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
    clean: [
      '!cli.js',
      '!cli.js.map',
      '!cli/**',
      '!metafile-esm.json',
      '!**/*.cjs',
      '!**/*.cjs.map',
      '!**/*.d.cts',
      '!workbench/**',
    ],
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
    // The `crossdept` executable, with the library's sources and every dependency inlined: a process that starts
    // from one file and a few chunks, not from hundreds of modules found in node_modules one by one. Each command
    // is a chunk (src/cli/run.ts loads it with `import()`), so `check` never reads the document writer, the
    // calendar or the workbench server. Chunks go to dist/cli/ (kept by the cleaning above).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    treeshake: false,
    splitting: true,
    noExternal: [/./],
    // dist/metafile-esm.json: which modules each chunk holds (tests/package/cli-startup.test.ts reads it; the
    // package leaves it out).
    metafile: true,
    // Less text for Node to read and compile at each start (names kept: the source maps still read well).
    minifyWhitespace: true,
    minifySyntax: true,
    banner: {
      // Inlined CommonJS packages `require` Node's built-in modules: give the ES module a `require` to do it.
      js: "import { createRequire as __crossdeptRequire } from 'node:module'; const require = __crossdeptRequire(import.meta.url);",
    },
    // The command line imports the library through its entry points; in this build only, each import goes to the
    // module that defines the name, or esbuild would put everything the entry points re-export in `check`'s chunks.
    esbuildPlugins: [
      resolveBarrels(
        resolve('src/cli'),
        Object.values(ENTRIES).map((file) => resolve(file)),
      ),
    ],
    esbuildOptions(options) {
      // Chunk names carry a hash of their content: drop the previous build's, or dist/cli/ (and the package)
      // would keep every chunk ever built.
      rmSync('dist/cli', { recursive: true, force: true });
      options.chunkNames = 'cli/[name]-[hash]';
      // The maps point into the sources without copying them (and the inlined dependencies): a developer's
      // stack traces still map, and the package does not carry every dependency's text twice.
      options.sourcesContent = false;
    },
  },
]);
