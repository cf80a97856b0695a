// Key (and enum value) completion from a JSON Schema: the YAML path of the cursor is read from the indentation of
// the lines above it, the schema is walked along that path, and its properties (or the enum's values) are offered.
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';

interface Schema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly additionalProperties?: Schema | boolean;
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly allOf?: readonly Schema[];
  readonly enum?: readonly unknown[];
  readonly $ref?: string;
  readonly description?: string;
  readonly $defs?: Readonly<Record<string, Schema>>;
}

/** The schema and its alternatives (`$ref`, `anyOf`, `oneOf`, `allOf`) flattened into plain schemas. */
function variants(schema: Schema | undefined, root: Schema, depth = 0): Schema[] {
  if (schema === undefined || depth > 20) return [];
  if (schema.$ref?.startsWith('#/$defs/'))
    return variants(root.$defs?.[schema.$ref.slice(8)], root, depth + 1);
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...alternatives.flatMap((s) => variants(s, root, depth + 1))];
}

/** The schemas at a path: an array is entered into its items, a map into its values. */
function walk(root: Schema, path: readonly string[]): Schema[] {
  let current = variants(root, root);
  for (const key of path) {
    current = current.flatMap((s) => {
      const next =
        s.properties?.[key] ??
        (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      return variants(next, root);
    });
    current = current.flatMap((s) => (s.items ? [s, ...variants(s.items, root)] : [s]));
  }
  return current;
}

interface Line {
  readonly indent: number;
  readonly key: string | undefined;
  readonly blank: boolean;
}

function readLine(text: string): Line {
  const m = /^(\s*)((?:-\s+)*)(?:([^\s:#'"{[][^:#]*?)\s*:(?:\s|$))?/.exec(text)!;
  const blank = text.trim() === '' || text.trim().startsWith('#');
  return { indent: m[1]!.length + m[2]!.length, key: m[3], blank };
}

/** The keys from the document's root to the block the cursor's line belongs to. */
export function pathAt(lines: readonly string[], lineIndex: number, column: number): string[] {
  const path: string[] = [];
  let indent = column;
  for (let i = lineIndex - 1; i >= 0 && indent > 0; i--) {
    const line = readLine(lines[i]!);
    if (line.blank) continue;
    if (line.indent < indent && line.key !== undefined) {
      path.unshift(line.key);
      const m = /^(\s*)/.exec(lines[i]!)!;
      indent = m[1]!.length;
      // A key after `- ` belongs to the list item: the list's own key sits further out.
      if (/^\s*-\s/.test(lines[i]!)) indent = Math.min(indent, line.indent);
    }
  }
  return path;
}

/** A CodeMirror completion source for a schema. */
export function schemaCompletion(root: Schema | object) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const lines = context.state.doc.toString().split('\n');
    const valueMatch = /^(\s*(?:-\s+)*)([^\s:#][^:#]*?)\s*:\s+([\w-]*)$/.exec(before);
    if (valueMatch) {
      const indent = valueMatch[1]!.length;
      const schemas = walk(root as Schema, [...pathAt(lines, line.number - 1, indent), valueMatch[2]!]);
      const values = [
        ...new Set(schemas.flatMap((s) => (s.enum ?? []).filter((v) => typeof v === 'string'))),
      ];
      if (values.length === 0) return null;
      return {
        from: context.pos - valueMatch[3]!.length,
        options: values.map((v) => ({ label: String(v), type: 'enum' })),
        validFor: /^[\w-]*$/,
      };
    }
    const keyMatch = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(before);
    if (!keyMatch || (!context.explicit && keyMatch[2] === '')) return null;
    const indent = keyMatch[1]!.length;
    const schemas = walk(root as Schema, pathAt(lines, line.number - 1, indent));
    const seen = new Set<string>();
    const options = schemas.flatMap((s) =>
      Object.entries(s.properties ?? {}).flatMap(([key, value]) => {
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ label: key, apply: `${key}: `, type: 'property', detail: value.description ?? '' }];
      }),
    );
    if (options.length === 0) return null;
    return { from: context.pos - keyMatch[2]!.length, options, validFor: /^[\w-]*$/ };
  };
}
