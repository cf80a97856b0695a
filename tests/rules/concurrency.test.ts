import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollaborationInput } from '../../src/model/types.js';
import { evaluate, evaluateSync } from '../../src/rules/evaluate.js';
import { collaborationArb } from '../../src/testing/index.js';
import { exampleInput } from '../fixtures/example.js';

const NOWS = ['2026-08-15', '2026-10-01', '2026-11-26', '2026-12-20', '2027-03-01'];

/** 1,000 collaborations: variations of the worked example and generated ones. */
function collaborations(): { c: CollaborationInput; now: string }[] {
  const generated = fc.sample(collaborationArb({ size: 'small' }), { numRuns: 500, seed: 20261126 });
  const variations = Array.from({ length: 500 }, (_, i) => {
    const c = exampleInput();
    if (i % 2 === 0) c.team.core = c.team.core.slice(0, 1 + (i % 5));
    if (i % 3 === 0) c.milestones[4].durationDays = i % 40;
    if (i % 5 === 0) delete c.team.liaisons.cs;
    if (i % 7 === 0) {
      c.conflicts[0].status = 'open';
      delete c.conflicts[0].resolvedOn;
    }
    return { c: c as CollaborationInput, now: NOWS[i % NOWS.length]! };
  });
  return [...generated.map((c, i) => ({ c, now: NOWS[i % NOWS.length]! })), ...variations];
}

describe('evaluate under load', () => {
  it('gives identical reports for 1,000 collaborations with Promise.all and one by one, on both engines', async () => {
    const inputs = collaborations();
    expect(inputs).toHaveLength(1000);
    // json-rules-engine keeps run state on its Engine (its issue #303): one by one, then all at once.
    const sequential = [];
    for (const { c, now } of inputs) {
      sequential.push(await evaluate(c, { now, locale: 'en', engine: 'json-rules-engine' }));
    }
    const concurrent = await Promise.all(
      inputs.map(({ c, now }) => evaluate(c, { now, locale: 'en', engine: 'json-rules-engine' })),
    );
    expect(concurrent).toEqual(sequential);
    // The compiled evaluator, all at once through evaluate and one by one through evaluateSync.
    const compiled = await Promise.all(inputs.map(({ c, now }) => evaluate(c, { now, locale: 'en' })));
    expect(compiled).toEqual(sequential);
    expect(inputs.map(({ c, now }) => evaluateSync(c, { now, locale: 'en' }))).toEqual(sequential);
    // The inputs are varied enough for the comparison to mean something.
    const fired = new Set(sequential.flatMap((r) => r.findings.map((f) => f.ruleId)));
    expect(fired.size).toBeGreaterThan(25);
    expect(sequential.some((r) => r.actions.length > 0)).toBe(true);
  }, 120_000);
});
