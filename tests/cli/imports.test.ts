// The command line is a client of the library: every module it imports is one of the package's public entry
// points (`crossdept`, `crossdept/engine`, `crossdept/schemas`), a file of its own under src/cli, the package's
// manifest (for the version), or a package from npm. Biome's noRestrictedImports enforces the same in the editor
// and in `npm run lint`; this holds it whatever the lint configuration says.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'src/cli');
const ENTRY_POINTS = ['src/index.ts', 'src/engine/index.ts', 'src/schemas/index.ts', 'package.json'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Where a relative specifier points, as a path from the repository root, its `.js` read as the `.ts` source. */
function target(file: string, specifier: string): string {
  return relative(ROOT, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts');
}

describe('the command line imports', () => {
  it('only the public entry points, its own files and npm packages', () => {
    const outside: string[] = [];
    for (const file of sources(CLI)) {
      for (const specifier of specifiers(file)) {
        if (!specifier.startsWith('.')) continue;
        const to = target(file, specifier);
        if (to.startsWith('src/cli/') || ENTRY_POINTS.includes(to)) continue;
        outside.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('sees an import of a library module for what it is', () => {
    expect(target(join(CLI, 'commands/rules.ts'), '../../rules/index.js')).toBe('src/rules/index.ts');
    expect(target(join(CLI, 'run.ts'), '../index.js')).toBe('src/index.ts');
    expect(target(join(CLI, 'run.ts'), './output.js')).toBe('src/cli/output.ts');
  });
});
