// summarizeCollaboration on any arguments: it returns a summary or throws a SummaryError, and nothing else.
import fc from 'fast-check';
import { describe } from 'vitest';
import { summarizeCollaboration } from '../../src/summary/summarize-collaboration.js';
import { example, exampleInput } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const VALID: readonly unknown[] = [example(), exampleInput()];
const COLLABORATION_PATHS = [
  ['milestones', 0],
  ['milestones', 0, 'dependsOn'],
  ['period'],
  ['team'],
  ['people'],
];

const options = fc.oneof(
  { weight: 1, arbitrary: hostile },
  {
    weight: 5,
    arbitrary: object(
      {
        now: field(['2026-11-26', '2026-08-01', '2027-03-01'], ['2026-02-30', 'today', 20261126]),
        locale: field(['en', 'zh-CN', null, undefined], ['fr', 'EN']),
      },
      ['now'],
    ),
  },
);

describe('summarizeCollaboration (property)', () => {
  const examples: readonly (readonly Recipe[])[] = [
    [
      { t: 'valid', i: 0 },
      { t: 'plain', v: null },
    ],
    [
      { t: 'valid', i: 1 },
      { t: 'proxy', of: 'object' },
    ],
    [{ t: 'valid', i: 0 }, { t: 'getters' }],
  ];
  sweep({
    name: 'summarizeCollaboration',
    contract: API_CONTRACTS.summarizeCollaboration!,
    args: fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options),
    call: summarizeCollaboration as never,
    valid: VALID,
    examples,
  });
});
