// goalAttainment, health and diffCollaborations on any arguments: they return or throw an OutcomesError, and
// nothing else.
import fc from 'fast-check';
import { describe } from 'vitest';
import { diffCollaborations, goalAttainment, health } from '../../src/outcomes/index.js';
import { example, exampleInput } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const VALID: readonly unknown[] = [example(), exampleInput()];
const COLLABORATION_PATHS = [
  ['goal', 'measures', 0],
  ['goal', 'measures', 0, 'actuals'],
  ['milestones', 0, 'baselineDue'],
  ['scope', 'changes'],
  ['milestones', 0],
  ['period'],
];

const options = fc.oneof(
  { weight: 1, arbitrary: hostile },
  {
    weight: 5,
    arbitrary: object(
      {
        now: field(['2026-11-26', '2026-12-10', '2026-08-01'], ['2026-02-30', 'today', 20261126]),
        locale: field(['en', 'zh-CN', null, undefined], ['fr', 'EN']),
        config: field(
          [undefined, null, { health: { amberFloatDays: 5 } }, { rules: { 'goal.on-track': 'off' } }],
          [{ health: { amberFloatDays: -1 } }, { rules: { nope: 'off' } }, 'rules: 3'],
        ),
        report: field([undefined], [{ findings: 3 }, [], { findings: [], actions: [{}] }]),
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
  [{ t: 'valid', i: 1 }, { t: 'getters' }],
  [
    { t: 'valid', i: 0 },
    { t: 'proxy', of: 'object' },
  ],
];

describe('outcomes (property)', () => {
  sweep({
    name: 'goalAttainment',
    contract: API_CONTRACTS.goalAttainment!,
    args: fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options),
    call: goalAttainment as never,
    valid: VALID,
    examples,
  });
  sweep({
    name: 'health',
    contract: API_CONTRACTS.health!,
    args: fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options),
    call: health as never,
    valid: VALID,
    examples,
  });
  sweep({
    name: 'diffCollaborations',
    contract: API_CONTRACTS.diffCollaborations!,
    args: fc.tuple(
      mostlyValid(VALID.length, COLLABORATION_PATHS),
      mostlyValid(VALID.length, COLLABORATION_PATHS),
      options,
    ),
    call: diffCollaborations as never,
    valid: VALID,
    examples: [],
  });
});
