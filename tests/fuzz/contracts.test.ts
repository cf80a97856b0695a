import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.js';
import * as api from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import * as testing from '../../src/testing/index.js';
import {
  ENGINE_CONTRACTS,
  INTERNAL_CONTRACTS,
  ROOT_CONTRACTS,
  SCHEMAS_CONTRACTS,
  TESTING_CONTRACTS,
} from './contracts.js';

describe('the contracts table', () => {
  it.each([
    ['crossdept', api, ROOT_CONTRACTS],
    ['crossdept/engine', engine, ENGINE_CONTRACTS],
    ['crossdept/schemas', schemas, SCHEMAS_CONTRACTS],
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

  it('keeps the internal contracts for functions no entry point exports', () => {
    const exported = new Set([api, engine, schemas, testing].flatMap((entry) => Object.keys(entry)));
    expect(Object.keys(INTERNAL_CONTRACTS).filter((name) => exported.has(name))).toEqual([]);
  });
});
