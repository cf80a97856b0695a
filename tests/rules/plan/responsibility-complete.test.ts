import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('plan.responsibility-complete', () => {
  it('fires for a row without a deliverable, pointing at it', async () => {
    const report = await evaluateChanged((c) => {
      delete c.responsibilities[1].deliverable;
    });
    expect(ruleIds(report)).toEqual(['plan.responsibility-complete']);
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      scope: 'responsibility',
      subjectId: 'responsibilities/1',
      path: '/responsibilities/1/deliverable',
      message: 'Row 2 of the responsibility table (市场部) lacks: deliverable',
    });
  });

  it('does not fire on the worked example', async () => {
    const report = await evaluateChanged(undefined);
    expect(ruleIds(report)).not.toContain('plan.responsibility-complete');
  });

  it('points at the first missing field', async () => {
    const report = await evaluateChanged((c) => {
      delete c.responsibilities[2].owner;
      delete c.responsibilities[2].due;
    });
    expect(ruleIds(report)).toEqual(['plan.responsibility-complete']);
    expect(report.findings[0]?.path).toBe('/responsibilities/2/owner');
    expect(report.findings[0]?.message).toBe(
      'Row 3 of the responsibility table (销售部) lacks: owner, due date',
    );
  });

  it('applies in any phase', async () => {
    const report = await evaluateChanged((c) => {
      delete c.responsibilities[0].due;
      c.phase = 'initiating';
    });
    expect(ruleIds(report)).toContain('plan.responsibility-complete');
  });
});
