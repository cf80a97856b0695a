// The rules layer's entry points on any arguments: evaluate, evaluateSync and escalationLadder reject or throw
// only a RulesError,
// effectivePhase and the references throw only invalid_argument, loadRulesConfig always answers with a result.
import fc from 'fast-check';
import { describe } from 'vitest';
import { loadRulesConfig } from '../../src/rules/config/load.js';
import { defaultRules } from '../../src/rules/default-rules.js';
import { renderFactsDoc, renderRulesDoc } from '../../src/rules/docs.js';
import { escalationLadder } from '../../src/rules/escalation-ladder.js';
import { evaluate, evaluateSync } from '../../src/rules/evaluate.js';
import { facts } from '../../src/rules/facts/catalog.js';
import { effectivePhase } from '../../src/rules/facts/context.js';
import { example, exampleInput } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { argument, field, hostile, mostlyValid, object, type Recipe } from './hostile.js';
import { sweep } from './sweep.js';

const NOW = '2026-11-26';
const CONFIG = { rules: { 'retro.recognition': 'off', 'team.core-size': { params: { min: 3, max: 4 } } } };

const VALID: readonly unknown[] = [example(), exampleInput()];
const COLLABORATION_PATHS = [
  ['departments'],
  ['period'],
  ['period', 'end'],
  ['milestones', 0],
  ['team'],
  ['goal'],
];

/** Options that are mostly right, with one field or the whole object wrong now and then. */
const options = fc.oneof(
  { weight: 1, arbitrary: hostile },
  {
    weight: 5,
    arbitrary: object(
      {
        now: field([NOW, '2026-12-20', '2027-03-01', '2026-08-15'], ['2026-02-30', 'tomorrow']),
        locale: field(['en', 'zh-CN', null, undefined], ['fr', 'EN']),
        config: field(
          [CONFIG, loadRulesConfig(CONFIG), null, { rules: { 'plan.cadence': 'off' } }],
          [{ success: false }, { success: false, issues: [null] }, { rules: { nope: 'off' } }],
        ),
        engine: field(['compiled', 'json-rules-engine', null], ['jre']),
      },
      ['now'],
    ),
  },
);

describe('evaluate and evaluateSync (property)', () => {
  const args = fc.tuple(mostlyValid(VALID.length, COLLABORATION_PATHS), options);
  // Always tried: the failed config result without issues, null and unreadable options.
  const examples: readonly (readonly Recipe[])[] = [
    [
      { t: 'valid', i: 0 },
      { t: 'plain', v: { now: NOW, config: { success: false } } },
    ],
    [
      { t: 'valid', i: 0 },
      { t: 'plain', v: null },
    ],
    [
      { t: 'valid', i: 0 },
      { t: 'proxy', of: 'object' },
    ],
    [{ t: 'valid', i: 1 }, { t: 'getters' }],
  ];
  sweep({
    name: 'evaluateSync',
    contract: API_CONTRACTS.evaluateSync!,
    args,
    call: evaluateSync as never,
    valid: VALID,
    examples,
  });
  sweep({
    name: 'escalationLadder',
    contract: API_CONTRACTS.escalationLadder!,
    args,
    call: escalationLadder as never,
    valid: VALID,
    examples,
  });
  sweep({
    name: 'evaluate',
    contract: API_CONTRACTS.evaluate!,
    args,
    call: evaluate as never,
    valid: VALID,
    examples,
    async: true,
  });
});

describe('effectivePhase and the references (property)', () => {
  sweep({
    name: 'effectivePhase',
    contract: API_CONTRACTS.effectivePhase!,
    args: fc.tuple(
      argument(VALID.length, [['phase'], ['period'], ['period', 'start'], ['period', 'end']]),
      hostile,
    ),
    call: effectivePhase as never,
    valid: VALID,
  });
  const definitions = [defaultRules, facts];
  const paths = [
    [0],
    [0, 'id'],
    [0, 'scope'],
    [0, 'params'],
    [0, 'description'],
    [0, 'message'],
    [0, 'name'],
    [1],
  ];
  sweep({
    name: 'renderRulesDoc',
    contract: API_CONTRACTS.renderRulesDoc!,
    args: fc.tuple(argument(definitions.length, paths)),
    call: renderRulesDoc as never,
    valid: definitions,
  });
  sweep({
    name: 'renderFactsDoc',
    contract: API_CONTRACTS.renderFactsDoc!,
    args: fc.tuple(argument(definitions.length, paths)),
    call: renderFactsDoc as never,
    valid: definitions,
  });
});

describe('loadRulesConfig (property)', () => {
  const configs = [CONFIG, 'rules:\n  retro.recognition: off\n', { locale: 'en' }, { format: 'json' }];
  sweep({
    name: 'loadRulesConfig',
    contract: API_CONTRACTS.loadRulesConfig!,
    args: fc.tuple(
      argument(2, [['rules'], ['custom'], ['rules', 'retro.recognition']]),
      fc.constant({ t: 'valid', i: 2 } as const),
    ),
    call: loadRulesConfig as never,
    valid: configs,
  });
  // Options that are null, cannot be read, or carry an unknown locale are answered with issues.
  sweep({
    name: 'loadRulesConfig',
    contract: API_CONTRACTS.loadRulesConfig!,
    args: fc.tuple(
      fc.constant({ t: 'valid', i: 0 } as const),
      argument(configs.length, [['locale'], ['format']]),
    ),
    call: loadRulesConfig as never,
    valid: configs,
    examples: [
      [
        { t: 'valid', i: 0 },
        { t: 'plain', v: null },
      ],
      [
        { t: 'valid', i: 0 },
        { t: 'proxy', of: 'object' },
      ],
    ],
  });
});
