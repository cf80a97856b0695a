// Builds the workbench's browser bundle into dist/workbench/ (part of `npm run build`): one classic script (a
// static site opened from the file system cannot load ES modules) and one style sheet. `crossdept serve` and
// `crossdept dashboard` ship these two files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}dist/workbench`;

mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${root}src/workbench/app/main.tsx`],
  outfile: `${out}/app.js`,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
  legalComments: 'linked',
  // Chinese text as UTF-8, not \u escapes (half the bytes); both pages and the server declare UTF-8.
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: `${root}tsconfig.workbench.json`,
  logLevel: 'warning',
});
copyFileSync(`${root}src/workbench/app/app.css`, `${out}/app.css`);
