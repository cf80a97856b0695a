import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/run.js';

const RULES = [
  { id: 'big', conditions: { all: [{ fact: 'size', operator: 'greaterThan', value: 8 }] } },
  { id: 'region', conditions: { all: [{ fact: 'meta', path: '$.region', operator: 'equal', value: 'EU' }] } },
  {
    id: 'unsafe',
    conditions: { all: [{ fact: 'meta', path: '$.constructor', operator: 'notEqual', value: 'x' }] },
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

  it('resolves paths with the safe resolver, never the prototype chain', async () => {
    const [outcome] = await runRules(RULES.slice(2), [{ meta: {} }]);
    expect(outcome?.get('unsafe')?.conditions).toMatchObject({
      all: [expect.not.objectContaining({ factResult: expect.anything() })],
    });
  });

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
});
