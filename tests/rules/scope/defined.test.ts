import { describe, expect, it } from 'vitest';
import { evaluateChanged, ruleIds } from '../helpers.js';

describe('scope.defined', () => {
  it('fires when scope.excluded is missing', async () => {
    const report = await evaluateChanged((c) => {
      delete c.scope.excluded;
    });
    expect(ruleIds(report)).toEqual(['scope.defined']);
    expect(report.findings[0]).toMatchObject({ severity: 'warning', path: '/scope/excluded' });
  });

  it('does not fire when scope.excluded is an explicit empty list', async () => {
    const report = await evaluateChanged((c) => {
      c.scope.excluded = [];
    });
    expect(ruleIds(report)).not.toContain('scope.defined');
    expect(report.findings).toEqual([]);
  });

  it('fires when scope.included is empty', async () => {
    const report = await evaluateChanged((c) => {
      c.scope.included = [];
    });
    expect(ruleIds(report)).toEqual(['scope.defined']);
    expect(report.findings[0]?.path).toBe('/scope/included');
  });
});
