import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import { API_CONTRACTS, TESTING_CONTRACTS } from './contracts.js';

describe('the contracts table', () => {
  it.each([
    ['crossdept', api, API_CONTRACTS],
    ['crossdept/testing', testing, TESTING_CONTRACTS],
  ] as const)('lists every value %s exports, and nothing else', (_, entry, contracts) => {
    expect(Object.keys(contracts).sort()).toEqual(Object.keys(entry).sort());
    for (const [name, contract] of Object.entries(contracts)) {
      const callable = typeof (entry as Record<string, unknown>)[name] === 'function';
      expect(
        callable,
        `${name} is ${contract.kind === 'data' || contract.kind === 'schema' ? 'not ' : ''}callable`,
      ).toBe(contract.kind !== 'data' && contract.kind !== 'schema');
    }
  });
});
