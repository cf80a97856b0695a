// runRuleTests on hostile suites and options: it resolves with results and issues, and never rejects.

import fc from 'fast-check';
import { describe } from 'vitest';
import { runRuleTests } from '../../src/index.js';
import { exampleInput } from '../fixtures/example.js';
import { API_CONTRACTS } from './contracts.js';
import { argument } from './hostile.js';
import { sweep } from './sweep.js';

const SUITE = {
  config: { rules: { 'retro.recognition': 'off' } },
  cases: [
    {
      name: 'clean',
      collaboration: exampleInput(),
      patch: [{ op: 'replace', path: '/name', value: 'x' }],
      now: '2026-11-26',
      expect: { findings: [], absent: ['team.core-size'], only: true },
    },
  ],
};
const VALID = [[SUITE], { locale: 'en', read: () => undefined }, 'suite.test.yaml'];

describe('runRuleTests (property)', () => {
  sweep({
    name: 'runRuleTests',
    contract: API_CONTRACTS.runRuleTests!,
    args: fc.tuple(
      argument(VALID.length, [
        [0],
        [0, 'config'],
        [0, 'cases'],
        [0, 'cases', 0],
        [0, 'cases', 0, 'collaboration'],
        [0, 'cases', 0, 'patch'],
        [0, 'cases', 0, 'now'],
        [0, 'cases', 0, 'expect'],
      ]),
      argument(VALID.length, [['locale'], ['read'], ['cwd'], ['engine']]),
    ),
    call: runRuleTests as never,
    valid: VALID,
    async: true,
  });
});
