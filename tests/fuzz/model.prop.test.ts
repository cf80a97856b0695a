// The readers and the pieces of the model on any arguments, options included: null, unreadable or naming an
// unknown locale, they come back as an issue, never as an exception.
import fc from 'fast-check';
import { describe } from 'vitest';
import { collaborationJsonSchema } from '../../src/model/json-schema.js';
import { loadCollaboration, parseCollaboration } from '../../src/model/parse.js';
import { isIsoDate, isoDateParts } from '../../src/model/primitives.js';
import { readYaml } from '../../src/model/read-yaml.js';
import { rulesConfigJsonSchema } from '../../src/rules/config/schema.js';
import { exampleInput, exampleText } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { argument, field, hostile, mostlyValid, object } from './hostile.js';
import { sweep } from './sweep.js';

const VALID: readonly unknown[] = [exampleInput(), exampleText, { locale: 'en' }, { format: 'json' }];
const PATHS = [['departments'], ['departments', 0], ['period'], ['milestones', 0, 'due'], ['team', 'core']];
const NULL_OPTIONS = [
  [
    { t: 'valid', i: 0 },
    { t: 'plain', v: null },
  ],
  [
    { t: 'valid', i: 1 },
    { t: 'proxy', of: 'object' },
  ],
] as const;

describe('the readers (property)', () => {
  sweep({
    name: 'parseCollaboration',
    contract: API_CONTRACTS.parseCollaboration!,
    args: fc.tuple(mostlyValid(VALID.length, PATHS), fc.constant({ t: 'valid', i: 2 } as const)),
    call: parseCollaboration as never,
    valid: VALID,
  });
  sweep({
    name: 'loadCollaboration',
    contract: API_CONTRACTS.loadCollaboration!,
    args: fc.tuple(
      fc.oneof(field([exampleText, 'a: [', '{}', '']), hostile),
      fc.constant({ t: 'valid', i: 3 } as const),
    ),
    call: loadCollaboration as never,
    valid: VALID,
  });
  // Options that are null, cannot be read, or name an unknown locale.
  for (const [name, call] of [
    ['parseCollaboration', parseCollaboration],
    ['loadCollaboration', loadCollaboration],
  ] as const) {
    sweep({
      name,
      contract: API_CONTRACTS[name]!,
      args: fc.tuple(
        argument(2),
        fc.oneof(hostile, object({ locale: field(['en'], ['fr']), format: field(['json']) })),
      ),
      call: call as never,
      valid: VALID,
      examples: NULL_OPTIONS,
    });
  }
  // readYaml given something other than text.
  sweep({
    name: 'readYaml',
    contract: API_CONTRACTS.readYaml!,
    args: fc.tuple(fc.oneof(field([exampleText, 'a: [']), hostile), field(['en', 'zh-CN'], ['fr'])),
    call: readYaml as never,
    examples: [
      [
        { t: 'plain', v: null },
        { t: 'plain', v: 'en' },
      ],
    ],
  });
});

describe('dates and JSON Schemas (property)', () => {
  for (const [name, call] of [
    ['isIsoDate', isIsoDate],
    ['isoDateParts', isoDateParts],
  ] as const) {
    sweep({
      name,
      contract: API_CONTRACTS[name]!,
      args: fc.tuple(fc.oneof(field(['2026-09-01', '2024-02-29', '2026-02-30', '99999-01-01']), hostile)),
      call: call as never,
    });
  }
  for (const [name, call] of [
    ['collaborationJsonSchema', collaborationJsonSchema],
    ['rulesConfigJsonSchema', rulesConfigJsonSchema],
  ] as const) {
    sweep({ name, contract: API_CONTRACTS[name]!, args: fc.tuple(hostile), call: call as never });
  }
});
