// Every export of the public entry points (`crossdept`, `crossdept/engine`, `crossdept/schemas`,
// `crossdept/testing`) has TSDoc with an @example, as the house style asks; TypeDoc checks that they are
// documented, this checks that the examples are there (`examples.test.ts` compiles them).
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['src/index.ts', 'src/engine/index.ts', 'src/schemas/index.ts', 'src/testing/index.ts'].map(
  (f) => fileURLToPath(new URL(`../../${f}`, import.meta.url)),
);

// One program for the four entry points: they share most of their modules.
const program = ts.createProgram(ENTRIES, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function withoutExample(entry: string): string[] {
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const hasExample = declarations.some((d) => {
      const node = ts.isVariableDeclaration(d) ? d.parent.parent : d;
      return ts.getJSDocTags(node).some((t) => t.tagName.text === 'example');
    });
    if (!hasExample) missing.push(exported.name);
  }
  return missing.sort();
}

describe('TSDoc on the public API', () => {
  it.each(ENTRIES)('gives every export of %s an @example', (entry) => {
    expect(withoutExample(entry)).toEqual([]);
  });
});
