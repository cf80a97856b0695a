// Every TSDoc `@example` in src/ is a program that compiles. An example on a name an entry point exports (or on a
// member of one) is what a user reads in the API reference: it is checked against the BUILT package (`crossdept`,
// `crossdept/engine`, `crossdept/schemas`, `crossdept/testing` mapped to dist/*.d.ts) and may import only from the
// package's entry points. An example on an internal name is checked against its module and never imports from
// `crossdept`: it imports from its module (a relative import, as written in the file it documents).
//
// An example may leave out the import of names its own entry point exports (internal: its own module, or a module
// of its layer, src/<layer>/**, when only that one exports the name; tests/analysis/examples.test.ts runs the
// analysis examples in such a scope): they are imported for it, as date-fns' examples read. Everything else it
// uses it imports or declares. All examples are type-checked by one TypeScript program.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../package/build.js';

/** The package's entry points, by import name: the file under `src/` (and `dist/`) each is built from. */
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  crossdept: 'index',
  'crossdept/engine': 'engine/index',
  'crossdept/schemas': 'schemas/index',
  'crossdept/testing': 'testing/index',
};

interface Example {
  /** The source file it documents, relative to the repository. */
  readonly file: string;
  /** The line of its `@example` tag in that file (1-based). */
  readonly line: number;
  /** What it documents, as `Name` or `Parent.member`. */
  readonly on: string;
  /** The entry point that exports what it documents, or undefined for an internal name. */
  readonly entry: string | undefined;
  /** Its code: the fenced block(s) after the tag, or its inline code spans. */
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The code of an `@example` tag's text: its fenced blocks, or else its inline code spans. */
function codeOf(text: string): string {
  const fenced = [...text.matchAll(/```[\w-]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  if (fenced.length > 0) return fenced.join('\n');
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).join('\n');
}

/** The `@example` sections of a JSDoc comment: each with its line offset in the comment and its text. */
function exampleSections(comment: string): { readonly offset: number; readonly text: string }[] {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''));
  const sections: { offset: number; text: string }[] = [];
  let current: { offset: number; lines: string[] } | undefined;
  let inFence = false;
  lines.forEach((line, i) => {
    if (!inFence && /^@\w+/.test(line)) {
      if (current) sections.push({ offset: current.offset, text: current.lines.join('\n') });
      current = line.startsWith('@example')
        ? { offset: i, lines: [line.slice('@example'.length)] }
        : undefined;
      return;
    }
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    current?.lines.push(line);
  });
  if (current) sections.push({ offset: current.offset, text: current.lines.join('\n') });
  // A one-line doc (`/** Summary. @example `code` */`) has its tag mid-line.
  if (sections.length === 0 && lines.length === 1) {
    const at = lines[0]!.indexOf('@example');
    if (at >= 0) sections.push({ offset: 0, text: lines[0]!.slice(at + '@example'.length) });
  }
  return sections;
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  esModuleInterop: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  types: ['node'],
  typeRoots: [join(root, 'node_modules/@types')],
  noEmit: true,
};

/** The examples in src/, each with what it documents and whether an entry point exports that. */
function collectExamples(): { examples: Example[]; program: ts.Program; uncounted: string[] } {
  const files = sourceFiles(join(root, 'src'));
  const program = ts.createProgram(files, OPTIONS);
  const checker = program.getTypeChecker();
  const resolve = (s: ts.Symbol): ts.Symbol =>
    s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;

  // Which entry point exports each symbol (the first, in the order above).
  const entryOf = new Map<ts.Symbol, string>();
  for (const [name, entry] of Object.entries(ENTRY_POINTS)) {
    const source = program.getSourceFile(join(root, `src/${entry}.ts`))!;
    for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
      const symbol = resolve(exported);
      if (!entryOf.has(symbol)) entryOf.set(symbol, name);
    }
  }

  const examples: Example[] = [];
  // Files where the tags found through the syntax tree are fewer than the `@example` tags in their `/** */`
  // comments: a comment attached to nothing would otherwise go unchecked.
  const uncounted: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const before = examples.length;
    const seen = new Set<ts.JSDoc>();
    const visit = (node: ts.Node): void => {
      for (const doc of ts.getJSDocCommentsAndTags(node)) {
        if (!ts.isJSDoc(doc) || seen.has(doc)) continue;
        seen.add(doc);
        const host = doc.parent;
        const { on, entry } = describeHost(host, checker, entryOf);
        const start = source.getLineAndCharacterOfPosition(doc.getStart(source)).line;
        for (const section of exampleSections(doc.getText(source))) {
          examples.push({
            file: relative(root, file),
            line: start + section.offset + 1,
            on,
            entry,
            code: codeOf(section.text),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    const tags = [...source.text.matchAll(/\/\*\*[\s\S]*?\*\//g)].reduce(
      (n, m) => n + (m[0].match(/@example\b/g)?.length ?? 0),
      0,
    );
    if (examples.length - before !== tags) {
      uncounted.push(`${relative(root, file)}: ${tags} @example tags, ${examples.length - before} found`);
    }
  }
  return { examples, program, uncounted };
}

/** The name a JSDoc documents, and the entry point that exports it (a member's: its parent's). */
function describeHost(
  host: ts.Node,
  checker: ts.TypeChecker,
  entryOf: ReadonlyMap<ts.Symbol, string>,
): { on: string; entry: string | undefined } {
  const declaration = ts.isVariableStatement(host) ? host.declarationList.declarations[0]! : host;
  const name = ts.getNameOfDeclaration(declaration as ts.Declaration);
  const symbol = name && checker.getSymbolAtLocation(name);
  const label = name?.getText() ?? ts.SyntaxKind[host.kind];
  const parent = declaration.parent;
  if (
    (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isTypeLiteralNode(parent)) &&
    !ts.isSourceFile(declaration)
  ) {
    const owner = ts.isTypeLiteralNode(parent) ? parent.parent : parent;
    const outer = describeHost(ts.isTypeAliasDeclaration(owner) ? owner : parent, checker, entryOf);
    return { on: `${outer.on}.${label}`, entry: outer.entry };
  }
  return { on: label, entry: symbol === undefined ? undefined : entryOf.get(symbol) };
}

/** The names a piece of code declares or imports at its top level. */
function topLevelNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else for (const e of n.elements) if (!ts.isOmittedExpression(e)) addBinding(e.name);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) addBinding(d.name);
    } else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.add(e.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Every identifier in a piece of code. */
function identifiers(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The module specifiers a piece of code imports. */
function importsOf(source: ts.SourceFile): string[] {
  return source.statements.flatMap((s) =>
    ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) ? [s.moduleSpecifier.text] : [],
  );
}

interface Problem {
  readonly where: string;
  readonly message: string;
}

let problems: Problem[] = [];
let missed: string[] = [];
let checked = 0;
let publicCount = 0;

beforeAll(async () => {
  await ensureBuilt();
  const { examples, program: srcProgram, uncounted } = collectExamples();
  missed = uncounted;
  const checker = srcProgram.getTypeChecker();
  const exportNames = new Map<string, string[]>();
  const namesOf = (file: string): string[] => {
    let names = exportNames.get(file);
    if (names === undefined) {
      const symbol = checker.getSymbolAtLocation(srcProgram.getSourceFile(file)!);
      names = symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name);
      exportNames.set(file, names);
    }
    return names;
  };
  // For internal examples: each name a layer's modules export (src/<layer>/**, barrels left out), with the
  // modules that export it.
  const layerNames = new Map<string, Map<string, string[]>>();
  const layerOf = (file: string): string => relative(root, file).split('/').slice(0, 2).join('/');
  const namesInLayer = (layer: string): Map<string, string[]> => {
    let names = layerNames.get(layer);
    if (names === undefined) {
      names = new Map();
      for (const source of srcProgram.getSourceFiles()) {
        const file = source.fileName;
        if (!file.startsWith(join(root, 'src/')) || layerOf(file) !== layer || file.endsWith('/index.ts'))
          continue;
        for (const name of namesOf(file)) names.set(name, [...(names.get(name) ?? []), file]);
      }
      layerNames.set(layer, names);
    }
    return names;
  };

  // One virtual file per example: public ones in a scratch folder, internal ones next to the module they document
  // (so that their relative imports mean what they say).
  const virtual = new Map<string, { text: string; example: Example; preludeLines: number }>();
  problems = [];
  examples.forEach((example, i) => {
    const where = `${example.file}:${example.line} (${example.on})`;
    if (example.code.trim() === '') {
      problems.push({ where, message: 'the @example has no code' });
      return;
    }
    const parsed = ts.createSourceFile('x.ts', example.code, ts.ScriptTarget.ES2022, true);
    const imports = importsOf(parsed);
    const declared = topLevelNames(parsed);
    const used = identifiers(parsed);
    const wanted = (name: string): boolean => used.has(name) && !declared.has(name);
    // The names the example uses without importing or declaring them, by the module they are imported from.
    const implicit = new Map<string, string[]>();
    let path: string;
    if (example.entry !== undefined) {
      publicCount++;
      const relativeImports = imports.filter((s) => s.startsWith('.'));
      if (relativeImports.length > 0) {
        problems.push({
          where,
          message: `an example on an exported name imports from the package's entry points, not ${relativeImports.join(', ')}`,
        });
      }
      implicit.set(
        example.entry,
        namesOf(join(root, `src/${ENTRY_POINTS[example.entry]}.ts`)).filter(wanted),
      );
      path = join(root, '.tmp', 'examples', `example_${i}.ts`);
    } else {
      const fromPackage = imports.filter((s) => s === 'crossdept' || s.startsWith('crossdept/'));
      if (fromPackage.length > 0) {
        problems.push({
          where,
          message: `an example on an internal name imports from its module, not from ${fromPackage.join(', ')}`,
        });
      }
      const module = join(root, example.file);
      path = join(dirname(module), `__example_${i}.ts`);
      // Its own module's names first; a name from elsewhere in its layer when one module only exports it.
      const own = new Set(namesOf(module));
      for (const [name, modules] of namesInLayer(layerOf(module))) {
        if (!wanted(name)) continue;
        const from = own.has(name) ? module : modules.length === 1 ? modules[0]! : undefined;
        if (from === undefined) continue;
        let specifier = relative(dirname(module), from).replace(/\.ts$/, '.js');
        if (!specifier.startsWith('.')) specifier = `./${specifier}`;
        implicit.set(specifier, [...(implicit.get(specifier) ?? []), name]);
      }
    }
    const prelude = [...implicit]
      .filter(([, names]) => names.length > 0)
      .map(([specifier, names]) => `import { ${names.join(', ')} } from '${specifier}';`);
    virtual.set(path, {
      text: `${prelude.map((l) => `${l}\n`).join('')}${example.code}\nexport {};\n`,
      example,
      preludeLines: prelude.length,
    });
  });

  const options: ts.CompilerOptions = {
    ...OPTIONS,
    baseUrl: root,
    paths: Object.fromEntries(
      Object.entries(ENTRY_POINTS).map(([name, entry]) => [name, [join(root, `dist/${entry}.d.ts`)]]),
    ),
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f)?.text ?? readFile.call(host, f);
  host.getSourceFile = (f, language, onError, create) => {
    const v = virtual.get(f);
    if (v !== undefined) return ts.createSourceFile(f, v.text, language, true);
    // The sources were parsed already, for finding the examples: reuse them.
    return srcProgram.getSourceFile(f) ?? getSourceFile.call(host, f, language, onError, create);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  for (const [path, { example, preludeLines }] of virtual) {
    const source = program.getSourceFile(path)!;
    checked++;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line =
        d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line - preludeLines;
      problems.push({
        where: `${example.file}:${example.line} (${example.on}${example.entry ? `, from ${example.entry}` : ''}), example line ${line + 1}`,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      });
    }
  }
}, 300_000);

describe('the @example of every TSDoc comment in src/', () => {
  it('finds every @example tag, those on exported names among them', () => {
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    expect(publicCount).toBeGreaterThan(200);
  });

  it('compiles each, against the built package for exported names and against its module otherwise', () => {
    expect(problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toBe('');
  });
});
