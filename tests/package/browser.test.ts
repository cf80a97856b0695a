// The built entry points in a browser bundle, as a bundler sees them: `import … from 'crossdept'` resolves through
// the package's exports map to `dist/` (esbuild follows a package's reference to itself). No entry point imports
// a Node built-in or needs a Node global, and a bundle carries only what its imports reach (`"sideEffects":
// false`, one ESM file per module): importing `parseCollaboration` alone brings no json-rules-engine.
import { builtinModules } from 'node:module';
import { runInNewContext } from 'node:vm';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleInput } from '../fixtures/example.js';
import { ensureBuilt, root } from './build.js';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

beforeAll(ensureBuilt, 300_000);

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

/**
 * The files that put bytes into the bundle. `metafile.inputs` lists every file esbuild read to follow the imports,
 * the modules it then dropped included (`dist/rules/run.js` imports json-rules-engine, so esbuild reads it even
 * when nothing uses it); what it kept is in each output's `inputs`, with the bytes each contributed.
 */
function contributors(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([f]) => f),
  );
}

/** The npm packages among the files: `…/node_modules/zod/v4/classic/schemas.js` → `zod`. */
function packages(files: readonly string[]): string[] {
  const names = files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []);
  return [...new Set(names)].sort();
}

/** crossdept's own modules among the files, by folder: `dist/model/parse.js` → `model`. */
function folders(files: readonly string[]): string[] {
  const names = files.flatMap((f) => /^dist\/(?:([^/]+)\/)?[^/]+$/.exec(f)?.[1] ?? []);
  return [...new Set(names)].sort();
}

describe('the entry points in a browser bundle', () => {
  it.each(['crossdept', 'crossdept/engine', 'crossdept/schemas', 'crossdept/testing'])(
    '%s bundles with platform "browser" from dist/ and imports no Node built-in module',
    async (entry) => {
      const result = await bundle(`export * from '${entry}';`, 'esm');
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((f) => f.startsWith('src/'))).toEqual([]);
      expect(inputs.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(0);
      const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
      expect(imports.filter((p) => builtins.has(p))).toEqual([]);
    },
  );

  it('evaluates without Node globals: parses, evaluates and renders the worked example', async () => {
    const result = await bundle(`export * from 'crossdept';`, 'iife');
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
    const result = await bundle(`export { toJsonPointer } from 'crossdept';`, 'esm', true);
    expect(packages(contributors(result.metafile))).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeLessThan(2_000);
  });

  it('parseCollaboration alone brings the model and zod, and no json-rules-engine, YAML reader or rules', async () => {
    const result = await bundle(`export { parseCollaboration } from 'crossdept';`, 'esm', true);
    const used = contributors(result.metafile);
    expect(used.filter((f) => f.includes('node_modules/json-rules-engine/'))).toEqual([]);
    expect(packages(used)).toEqual(['zod']);
    expect(folders(used).filter((f) => !['i18n', 'issues', 'model'].includes(f))).toEqual([]);
  });

  it('parseCollaboration, evaluateSync and renderTemplate together bring no json-rules-engine', async () => {
    // The reference backend is reached only through the asynchronous `evaluate`; a page that checks and renders
    // synchronously must not download it.
    const result = await bundle(
      `export { parseCollaboration, evaluateSync, renderTemplate } from 'crossdept';`,
      'esm',
      true,
    );
    const used = contributors(result.metafile);
    expect(used.some((f) => f.includes('dist/rules/') || f.includes('dist/rules.'))).toBe(true);
    expect(used.filter((f) => f.includes('node_modules/json-rules-engine/'))).toEqual([]);
    expect(packages(used)).not.toContain('json-rules-engine');
  });

  it('evaluateSync brings no YAML reader: its config option takes data, and text goes through loadRulesConfig', async () => {
    const result = await bundle(`export { parseCollaboration, evaluateSync } from 'crossdept';`, 'esm', true);
    const used = contributors(result.metafile);
    expect(packages(used)).not.toContain('yaml');
    expect(used.filter((f) => f.includes('read-yaml') || f.includes('read-text'))).toEqual([]);
  });

  it("crossdept/engine's compileRules alone brings neither zod, json-rules-engine nor the domain model", async () => {
    const result = await bundle(`export { compileRules } from 'crossdept/engine';`, 'esm', true);
    const used = contributors(result.metafile);
    expect(packages(used)).toEqual(['ts-pattern']);
    expect(folders(used).filter((f) => !['engine', 'i18n', 'issues'].includes(f))).toEqual([]);
  });

  it('keeps the command line out of the root entry', async () => {
    const result = await bundle(`export * from 'crossdept';`, 'esm');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => f.startsWith('src/cli/') || f.startsWith('dist/cli'))).toEqual([]);
    expect(
      inputs.filter((f) => /node_modules\/(commander|cli-table3|cli-progress|picocolors)\//.test(f)),
    ).toEqual([]);
  });
});
