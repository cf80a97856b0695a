import * as z from 'zod';
import { CollaborationSchema } from './collaboration.js';

/**
 * The JSON Schema (draft 2020-12) of a collaboration file, generated from the zod model, for editors to validate
 * and autocomplete YAML and JSON files (e.g. with a `# yaml-language-server: $schema=…` line). Checks the
 * schema cannot express (references, unique ids, real dates, period order) are done by `parseCollaboration`.
 *
 * @returns A JSON Schema object; a fresh copy on each call.
 * @example
 * ```ts
 * import { collaborationJsonSchema } from 'crossdept/schemas';
 *
 * const schema = collaborationJsonSchema();
 * console.log(Object.keys(schema.properties ?? {})); // ['id', 'name', 'scenario', …]
 * ```
 */
export function collaborationJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(CollaborationSchema, { io: 'input', unrepresentable: 'any' });
}
