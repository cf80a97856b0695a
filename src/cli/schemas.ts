import {
  collaborationJsonSchema,
  notificationWebhookJsonSchema,
  rulesConfigJsonSchema,
} from '../schemas/index.js';

/** A JSON Schema the package ships in `schemas/` and `crossdept schema` prints. @example `const names = (list: readonly ShippedSchema[]) => list.map((s) => s.name); // ['collaboration', 'config']` */
export interface ShippedSchema {
  /** The argument of `crossdept schema`. */
  readonly name: string;
  /** The file name in `schemas/`. */
  readonly file: string;
  /** The schema as formatted JSON text, with a final newline. */
  readonly text: () => string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The shipped schemas, generated from the code: `scripts/schemas.ts` writes them and a test checks that the
 * files are current.
 *
 * @example
 * ```ts
 * SCHEMAS.map((s) => s.file); // ['collaboration.schema.json', 'rules-config.schema.json', 'notification-webhook.schema.json']
 * ```
 */
export const SCHEMAS: readonly ShippedSchema[] = [
  { name: 'collaboration', file: 'collaboration.schema.json', text: () => json(collaborationJsonSchema()) },
  { name: 'config', file: 'rules-config.schema.json', text: () => json(rulesConfigJsonSchema()) },
  {
    name: 'notification',
    file: 'notification-webhook.schema.json',
    text: () => json(notificationWebhookJsonSchema()),
  },
];
