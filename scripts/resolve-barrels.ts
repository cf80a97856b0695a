// An esbuild plugin for the command line's build (tsup.config.ts): the command line imports the library only
// through its public entry points (src/index.ts, ...), which are barrels re-exporting every module. esbuild's
// code splitting keeps every module a barrel re-exports in the chunk of whoever imports the barrel, so the
// `check` command's chunks would carry the document writers, the calendar and the workbench's helpers. This
// plugin rewrites, in the command line's files only and only in the build, each named import from an entry point
// into an import from the module that defines the name: the chunks then hold what each command really uses.
// The sources keep importing the entry points (`npm run arch` checks it).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** Where a barrel's export comes from: defined in `file`, or re-exported from other files. */
interface ModuleExports {
  /** Names defined in the file itself. */
  readonly local: Set<string>;
  /** `export { name as alias } from './x.js'`: alias → [file, name]. */
  readonly named: Map<string, readonly [file: string, name: string]>;
  /** `export * from './x.js'`. */
  readonly stars: string[];
}

const parsed = new Map<string, ModuleExports>();

/** A relative `.js` specifier as the `.ts` (or `/index.ts`) file it names. */
function sourceFile(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier);
  return path.endsWith('.js') ? `${path.slice(0, -3)}.ts` : path;
}

function sourceOf(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

/** The exports of one source file, read from its syntax (no type checking). */
function exportsOf(file: string): ModuleExports {
  const known = parsed.get(file);
  if (known !== undefined) return known;
  const result: ModuleExports = { local: new Set(), named: new Map(), stars: [] };
  for (const statement of sourceOf(file).statements) {
    if (ts.isExportDeclaration(statement)) {
      const from =
        statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
          ? sourceFile(file, statement.moduleSpecifier.text)
          : undefined;
      const clause = statement.exportClause;
      if (clause === undefined) {
        if (from !== undefined) result.stars.push(from);
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const name = (element.propertyName ?? element.name).text;
          if (from === undefined) result.local.add(element.name.text);
          else result.named.set(element.name.text, [from, name]);
        }
      }
    } else if (hasExportModifier(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) result.local.add(declaration.name.text);
        }
      } else if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isEnumDeclaration(statement) ||
          ts.isInterfaceDeclaration(statement) ||
          ts.isTypeAliasDeclaration(statement)) &&
        statement.name !== undefined
      ) {
        result.local.add(statement.name.text);
      }
    }
  }
  parsed.set(file, result);
  return result;
}

/** The file that defines `name` as exported by `file`, and its name there; undefined when it cannot be told. */
function definition(
  file: string,
  name: string,
  seen = new Set<string>(),
): readonly [string, string] | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const exports = exportsOf(file);
  if (exports.local.has(name)) return [file, name];
  const named = exports.named.get(name);
  if (named !== undefined) return definition(named[0], named[1], seen) ?? named;
  for (const star of exports.stars) {
    const found = definition(star, name, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The text of a command line file with its value imports from an entry point pointing at the defining modules.
 * An import it cannot resolve stays as it is (the build is then merely less split, never wrong).
 */
export function rewriteImports(file: string, text: string, entryPoints: readonly string[]): string {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    if (clause === undefined || clause.isTypeOnly || clause.name !== undefined) continue;
    const bindings = clause.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
    const target = sourceFile(file, statement.moduleSpecifier.text);
    if (!entryPoints.includes(target)) continue;
    const imports: string[] = [];
    let resolved = true;
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      const name = (element.propertyName ?? element.name).text;
      const found = definition(target, name);
      if (found === undefined) {
        resolved = false;
        break;
      }
      imports.push(`import { ${found[1]} as ${element.name.text} } from ${JSON.stringify(found[0])};`);
    }
    // One line for the whole statement, so the lines after it keep their numbers in the source map.
    if (resolved)
      edits.push({ start: statement.getStart(source), end: statement.getEnd(), text: imports.join(' ') });
  }
  let result = text;
  for (const edit of edits.reverse()) {
    const lines = text.slice(edit.start, edit.end).split('\n').length - 1;
    result = result.slice(0, edit.start) + edit.text + '\n'.repeat(lines) + result.slice(edit.end);
  }
  return result;
}

/**
 * The plugin: loads the files under `folder` with their entry point imports resolved to the defining modules.
 *
 * @param folder - The absolute path of the client's sources (src/cli).
 * @param entryPoints - The absolute paths of the barrels to see through (src/index.ts, ...).
 */
export function resolveBarrels(folder: string, entryPoints: readonly string[]): Plugin {
  const filter = new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.*\\.ts$`);
  return {
    name: 'resolve-barrels',
    setup(build) {
      build.onLoad({ filter }, (args) => ({
        contents: rewriteImports(args.path, readFileSync(args.path, 'utf8'), entryPoints),
        loader: 'ts',
      }));
    },
  };
}
