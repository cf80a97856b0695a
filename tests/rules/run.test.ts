import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors.js';
import { runRules } from '../../src/rules/run.js';

const RULES = [
  { id: 'big', conditions: { all: [{ fact: 'size', operator: 'greaterThan', value: 8 }] } },
  { id: 'region', conditions: { all: [{ fact: 'meta', path: '$.region', operator: 'equal', value: 'EU' }] } },
  {
    id: 'inherited',
    conditions: { all: [{ fact: 'meta', path: '$.toString', operator: 'notEqual', value: 'x' }] },
  },
];

describe('runRules', () => {
  for (const backend of ['json-rules-engine', 'compiled'] as const) {
    it(`${backend}: reports each rule per subject, with the evaluated conditions`, async () => {
      const [a, b] = await runRules(
        RULES.slice(0, 2),
        [
          { size: 9, meta: { region: 'EU' } },
          { size: 3, meta: {} },
        ],
        backend,
      );
      expect(a?.get('big')?.fired).toBe(true);
      expect(a?.get('region')?.fired).toBe(true);
      expect(b?.get('big')).toMatchObject({
        fired: false,
        conditions: { all: [expect.objectContaining({ fact: 'size', factResult: 3, result: false })] },
      });
      expect(b?.get('region')?.fired).toBe(false);
    });
  }

  for (const backend of ['json-rules-engine', 'compiled'] as const) {
    it(`${backend}: resolves paths with the safe resolver, never the prototype chain`, async () => {
      const [outcome] = await runRules(RULES.slice(2), [{ meta: {} }], backend);
      expect(outcome?.get('inherited')?.conditions).toMatchObject({
        all: [expect.not.objectContaining({ factResult: expect.anything() })],
      });
    });

    it(`${backend}: refuses a path through constructor, __proto__ or prototype before running`, async () => {
      const rules = [
        {
          id: 'unsafe',
          conditions: { all: [{ fact: 'meta', path: '$.constructor', operator: 'notEqual', value: 'x' }] },
        },
      ];
      const error: unknown = await runRules(rules, [{ meta: {} }], backend).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EngineError);
      expect(error).toMatchObject({ code: 'invalid_rules', issues: [{ code: 'unsafe_path_segment' }] });
    });
  }

  it('gives the same results when many runs overlap', async () => {
    const subjects = Array.from({ length: 200 }, (_, i) => ({
      size: i % 12,
      meta: { region: i % 2 ? 'EU' : 'US' },
    }));
    const one = await Promise.all(subjects.map((s) => runRules(RULES, [s])));
    const all = await runRules(RULES, subjects);
    expect(one.map((r) => [...r[0]!].map(([k, v]) => [k, v.fired]))).toEqual(
      all.map((r) => [...r].map(([k, v]) => [k, v.fired])),
    );
  });

  for (const backend of ['json-rules-engine', 'compiled'] as const) {
    it(`${backend}: rejects an operator that meets a value it cannot use with an EngineError`, async () => {
      const rules = [
        { id: 'listed', conditions: { all: [{ fact: 'x', operator: 'in', value: { fact: 'list' } }] } },
      ];
      const error: unknown = await runRules(rules, [{ x: 1, list: 5 }], backend).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EngineError);
      expect(error).toMatchObject({ code: 'evaluation_failed', issues: [{ code: 'operator_type' }] });
    });
  }
});
