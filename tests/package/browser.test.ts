// The root entry point must run in a browser: no Node built-in modules, no Node globals at import time, and
// tree-shakable (`"sideEffects": false`), so importing one helper does not drag in the model.
import { builtinModules } from 'node:module';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { exampleInput } from '../fixtures/example.js';
import { root } from './build.js';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

async function bundle(contents: string, format: 'esm' | 'iife', minify = false) {
  return build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format,
    ...(format === 'iife' ? { globalName: 'crossdept' } : {}),
    minify,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

describe('the root entry point in a browser', () => {
  it('bundles with platform "browser" and imports no Node built-in module', async () => {
    const result = await bundle(`export * from './src/index.ts';`, 'esm');
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => builtins.has(p))).toEqual([]);
  });

  it('evaluates without Node globals: parses, evaluates and renders the worked example', async () => {
    const result = await bundle(`export * from './src/index.ts';`, 'iife');
    const code = result.outputFiles[0]!.text;
    // A context with the web platform's globals only: no process, Buffer, require or module.
    const context = {
      console,
      URL,
      TextEncoder,
      TextDecoder,
      structuredClone,
      queueMicrotask,
      setTimeout,
      clearTimeout,
      input: exampleInput(),
    };
    const output = await runInNewContext(
      `${code}
;(async () => {
  const r = crossdept.parseCollaboration(input);
  if (!r.success) return JSON.stringify(r.issues);
  const report = await crossdept.evaluate(r.data, { now: '2026-12-10', locale: 'en' });
  const kickoff = crossdept.renderTemplate('kickoff', r.data, { locale: 'en', format: 'html' });
  return [crossdept.scheduleMilestones(r.data).criticalPath.join(','), JSON.stringify(report.summary), kickoff.slice(0, 15)].join(' ');
})()`,
      context,
    );
    expect(output).toBe('beta,cs-training,launch {"error":1,"warning":2,"info":0} <!doctype html>');
  });

  it('tree-shakes: one small helper does not bring zod or the model along', async () => {
    const result = await bundle(`export { toJsonPointer } from './src/index.ts';`, 'esm', true);
    // The inputs that contributed bytes to the output (the metafile's inputs list every file visited).
    const used = Object.values(result.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([f]) => f),
    );
    expect(used.filter((f) => f.includes('node_modules/'))).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeLessThan(2_000);
  });

  it('keeps the command line out of the root entry', async () => {
    const result = await bundle(`export * from './src/index.ts';`, 'esm');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('src/cli/'))).toEqual([]);
    expect(
      inputs.filter((f) => /node_modules\/(commander|cli-table3|cli-progress|picocolors)\//.test(f)),
    ).toEqual([]);
  });
});
