// Every export of src/analysis has TSDoc, and every export outside the lexicon data has an @example that
// type-checks: each example is compiled on its own, with the exports of its module and of the public barrel in
// scope, under the project's strict settings. An example may also import what it uses from a module, as
// `import { x } from './module.js'` relative to its file; those names come from there.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const srcDir = join(root, 'src', 'analysis');
const outDir = join(root, '.tmp', 'analysis-examples');

/** Data modules: a summary is enough, the values speak for themselves. */
const isData = (file: string): boolean =>
  file.includes(`${join('analysis', 'lexicon')}`) || file.endsWith('tries.ts');
/** Modules whose exports are in scope for every example, besides the example's own module. */
const SHARED = [
  'index.ts',
  'tokenize.ts',
  'context.ts',
  'signals.ts',
  'deadlines/day-arithmetic.ts',
  'phrase-trie.ts',
  'numbers.ts',
];

interface Exported {
  readonly file: string;
  readonly name: string;
  readonly isType: boolean;
  readonly doc: string | undefined;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

function exportsOf(file: string): Exported[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Exported[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    const docs = (statement as { jsDoc?: ts.JSDoc[] }).jsDoc;
    const doc = docs?.length ? text.slice(docs.at(-1)!.pos, docs.at(-1)!.end) : undefined;
    const push = (name: string, isType: boolean): void => {
      out.push({ file, name, isType, doc });
    };
    if (ts.isFunctionDeclaration(statement) && statement.name) push(statement.name.text, false);
    else if (ts.isClassDeclaration(statement) && statement.name) push(statement.name.text, false);
    else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))
      push(statement.name.text, true);
    else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations)
        if (ts.isIdentifier(d.name)) push(d.name.text, false);
    }
  }
  return out;
}

function barrelNames(): { name: string; isType: boolean }[] {
  const text = readFileSync(join(srcDir, 'index.ts'), 'utf8');
  const names: { name: string; isType: boolean }[] = [];
  for (const block of text.matchAll(/export \{([^}]*)\}/g)) {
    for (const raw of block[1]!.split(',')) {
      const item = raw.trim();
      if (!item) continue;
      names.push(
        item.startsWith('type ') ? { name: item.slice(5), isType: true } : { name: item, isType: false },
      );
    }
  }
  return names;
}

/** A relative import line of an example: its names and the module's source file. */
interface ExampleImport {
  readonly line: string;
  readonly names: readonly { name: string; isType: boolean }[];
  readonly module: string;
}

const IMPORT_LINE = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']+)';\s*$/;

/** The example's relative imports, resolved from the file the example is in. */
function importsOf(code: string, file: string): ExampleImport[] {
  return code.split('\n').flatMap((line) => {
    const m = IMPORT_LINE.exec(line.trim());
    if (!m) return [];
    const names = m[2]!
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '')
      .map((n) =>
        n.startsWith('type ') ? { name: n.slice(5), isType: true } : { name: n, isType: m[1] !== undefined },
      );
    return [{ line, names, module: join(dirname(file), m[3]!).replace(/\.js$/, '.ts') }];
  });
}

/** The example without its relative import lines. */
function withoutImports(code: string): string {
  return code
    .split('\n')
    .filter((line) => !IMPORT_LINE.test(line.trim()))
    .join('\n');
}

function examplesIn(doc: string): string[] {
  const code: string[] = [];
  const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
  let inside = false;
  let current: string[] = [];
  for (const line of lines) {
    if (/^```ts/.test(line.trim())) {
      inside = true;
      current = [];
    } else if (line.trim().startsWith('```') && inside) {
      inside = false;
      code.push(current.join('\n'));
    } else if (inside) {
      current.push(line);
    }
  }
  return code;
}

const files = listFiles(srcDir);
const all = files.flatMap(exportsOf);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('TSDoc on src/analysis', () => {
  it('documents every export', () => {
    const missing = all.filter((e) => e.doc === undefined).map((e) => `${relative(root, e.file)}: ${e.name}`);
    expect(missing).toEqual([]);
  });

  it('gives an @example to every export outside the lexicon data', () => {
    const missing = all
      .filter((e) => !isData(e.file))
      .filter((e) => !e.doc?.includes('@example') || examplesIn(e.doc).length === 0)
      .map((e) => `${relative(root, e.file)}: ${e.name}`);
    expect(missing).toEqual([]);
  });

  it('has examples that type-check', () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const byFile = new Map<string, Exported[]>();
    for (const e of all) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    const barrel = barrelNames();
    const written: string[] = [];
    for (const e of all) {
      if (isData(e.file) || !e.doc) continue;
      examplesIn(e.doc).forEach((code, k) => {
        const seen = new Set<string>();
        const imports: string[] = [];
        const importFrom = (module: string, names: readonly { name: string; isType: boolean }[]): void => {
          const list = names.filter((n) => !seen.has(n.name));
          list.forEach((n) => seen.add(n.name));
          if (list.length === 0) return;
          const spec = relative(outDir, module).replace(/\.ts$/, '.js');
          imports.push(
            `import { ${list.map((n) => (n.isType ? `type ${n.name}` : n.name)).join(', ')} } from '${spec}';`,
          );
        };
        for (const own of importsOf(code, e.file)) importFrom(own.module, own.names);
        importFrom(e.file, byFile.get(e.file) ?? []);
        importFrom(join(srcDir, 'index.ts'), barrel);
        for (const shared of SHARED.slice(1))
          importFrom(join(srcDir, shared), byFile.get(join(srcDir, shared)) ?? []);
        const name = `${relative(srcDir, e.file).replace(/[/.]/g, '_')}_${e.name}_${k}.ts`;
        writeFileSync(join(outDir, name), `${imports.join('\n')}\n\n${withoutImports(code)}\n\nexport {};\n`);
        written.push(join(outDir, name));
      });
    }
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(written, {
      ...parsed.options,
      noUnusedLocals: false,
      noUnusedParameters: false,
      noEmit: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && written.includes(d.file.fileName))
      .map(
        (d) =>
          `${relative(outDir, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(problems).toEqual([]);
    expect(written.length).toBeGreaterThan(50);
  }, 120_000);

  it('has examples whose `expression; // value` comments are what the code returns', async () => {
    const scope: Record<string, unknown> = {};
    for (const file of [...files].reverse()) Object.assign(scope, await import(file));
    const names = Object.keys(scope);
    const wrong: string[] = [];
    let checked = 0;
    for (const e of all) {
      if (isData(e.file) || !e.doc) continue;
      for (const code of examplesIn(e.doc)) {
        const checks: string[] = [];
        // Names an example imports from outside src/analysis join the scope for it.
        const local: Record<string, unknown> = {};
        for (const own of importsOf(code, e.file)) {
          const module = (await import(own.module)) as Record<string, unknown>;
          for (const n of own.names) if (!n.isType) local[n.name] = module[n.name];
        }
        const localNames = Object.keys(local).filter((n) => !names.includes(n));
        const body = withoutImports(code)
          .split('\n')
          .map((line) => {
            const m = /^(.*?);\s*\/\/\s*(.+)$/.exec(line);
            if (!m) return line;
            try {
              new Function(`return (${m[2]});`);
            } catch {
              return line;
            }
            checks.push(line.trim());
            return `__check(${checks.length - 1}, () => (${m[1]}), () => (${m[2]}));`;
          })
          .join('\n');
        if (checks.length === 0) continue;
        const js = ts.transpileModule(body, {
          compilerOptions: { target: ts.ScriptTarget.ES2022 },
        }).outputText;
        const check = (k: number, actual: () => unknown, expected: () => unknown): void => {
          checked++;
          const a = actual();
          const x = expected();
          const same =
            typeof x === 'object' && x !== null && !Array.isArray(x)
              ? typeof a === 'object' &&
                a !== null &&
                Object.entries(x).every(
                  ([key, v]) => JSON.stringify((a as Record<string, unknown>)[key]) === JSON.stringify(v),
                )
              : JSON.stringify(a) === JSON.stringify(x);
          if (!same) wrong.push(`${relative(root, e.file)} ${e.name}: ${checks[k]} → ${JSON.stringify(a)}`);
        };
        new Function('__check', ...names, ...localNames, js.replace(/^export \{\};?$/m, ''))(
          check,
          ...names.map((n) => scope[n]),
          ...localNames.map((n) => local[n]),
        );
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
