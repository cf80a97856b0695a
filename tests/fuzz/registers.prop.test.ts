// openActions and raciMatrix on any arguments: they return a register or throw a RegisterError, and nothing else.
import fc from 'fast-check';
import { describe } from 'vitest';
import { openActions } from '../../src/registers/open-actions.js';
import { raciMatrix } from '../../src/registers/raci-matrix.js';
import { example, exampleInput } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const VALID: readonly unknown[] = [example(), exampleInput()];
const COLLABORATION_PATHS = [
  ['meetings', 0],
  ['meetings', 0, 'actions'],
  ['meetings', 0, 'actions', 0],
  ['responsibilities', 0],
  ['people'],
  ['period'],
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

describe('openActions (property)', () => {
  sweep({
    name: 'openActions',
    contract: API_CONTRACTS.openActions!,
    args: fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options),
    call: openActions as never,
    valid: VALID,
    examples,
  });
});

describe('raciMatrix (property)', () => {
  sweep({
    name: 'raciMatrix',
    contract: API_CONTRACTS.raciMatrix!,
    args: fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options),
    call: raciMatrix as never,
    valid: VALID,
    examples,
  });
});
