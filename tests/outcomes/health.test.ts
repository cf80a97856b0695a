import { describe, expect, it } from 'vitest';
import type { CollaborationInput } from '../../src/model/types.js';
import { OutcomesError } from '../../src/outcomes/errors.js';
import { health } from '../../src/outcomes/health.js';
import { evaluateSync } from '../../src/rules/evaluate.js';
import { changed, type Input, NOW } from '../rules/helpers.js';

const input = (mutate?: (c: Input) => void) => changed(mutate) as CollaborationInput;

describe('health', () => {
  it('is green for the worked example at 2026-11-26', () => {
    expect(health(input(), { now: NOW })).toEqual({ status: 'green', reasons: [] });
  });

  it('is red at 2026-12-10: the launch is overdue and forecast late', () => {
    const result = health(input(), { now: '2026-12-10', locale: 'en' });
    expect(result.status).toBe('red');
    expect(result.reasons).toContainEqual({
      status: 'red',
      cause: 'critical-late',
      scope: 'milestone',
      subjectId: 'launch',
      message:
        'Critical milestone “产品上市” is forecast to finish on 2026-12-10, 10 days after its due date 2026-11-30',
    });
    expect(result.reasons.every((r) => r.status === 'red' || r.status === 'amber')).toBe(true);
    // Red reasons come first.
    const statuses = result.reasons.map((r) => r.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
  });

  it('names an escalation due and the error behind it', () => {
    const result = health(
      input((c) => {
        c.milestones[4].durationDays = 20;
      }),
      { now: NOW, locale: 'zh-CN' },
    );
    expect(result.status).toBe('red');
    expect(result.reasons.map((r) => [r.cause, r.ruleId, r.subjectId])).toEqual([
      ['error-finding', 'exec.critical-slip', 'launch'],
      ['escalation-due', 'exec.critical-slip', 'launch'],
      ['critical-late', undefined, 'launch'],
    ]);
    expect(result.reasons[1]?.message).toMatch(
      /^应升级到第 1 级（部门经理）：里程碑「产品上市」预计 2026-12-03 完成/,
    );
  });

  it('is amber when a critical milestone has less float left than amberFloatDays', () => {
    const at = health(input(), { now: '2026-11-28', locale: 'en' });
    expect(at).toEqual({
      status: 'amber',
      reasons: [
        {
          status: 'amber',
          cause: 'critical-float',
          scope: 'milestone',
          subjectId: 'launch',
          message:
            'Critical milestone “产品上市” has 2 days of float left before its due date 2026-11-30, less than 3',
        },
      ],
    });
    // The PMO config sets the threshold: 5 days makes 2026-11-26 (4 days left) amber, 0 makes 2026-11-28 green.
    expect(health(input(), { now: NOW, config: { health: { amberFloatDays: 5 } } }).status).toBe('amber');
    expect(health(input(), { now: '2026-11-28', config: { health: { amberFloatDays: 0 } } }).status).toBe(
      'green',
    );
  });

  it('is amber for a warning, for a measure off track, and for an escalation coming up', () => {
    const warned = health(
      input((c) => {
        c.milestones[1].baselineDue = '2026-10-09';
      }),
      { now: NOW },
    );
    expect(warned.status).toBe('amber');
    expect(warned.reasons.map((r) => [r.cause, r.ruleId])).toEqual([['warning-finding', 'plan.due-drift']]);

    const behind = input((c) => {
      c.goal.measures[0].actuals = [{ on: '2026-11-20', value: 1000000 }];
    });
    const offTrack = health(behind, {
      now: NOW,
      locale: 'en',
      config: { rules: { 'goal.on-track': 'off' } },
    });
    expect(offTrack.status).toBe('amber');
    expect(offTrack.reasons).toEqual([
      {
        status: 'amber',
        cause: 'measure-off-track',
        scope: 'measure',
        subjectId: '首月销售额',
        message: 'Measure “首月销售额” stands at 1000000 (2026-11-20), behind the 4777777.78 expected by now',
      },
    ]);

    const report = {
      ...evaluateSync(input(), { now: NOW }),
      upcoming: [
        {
          ruleId: 'conflict.escalate',
          scope: 'conflict' as const,
          subjectId: 'budget-priority',
          toLevel: 2,
          dueOn: '2026-11-30',
          title: '分管副总',
        },
      ],
    };
    const coming = health(input(), { now: NOW, locale: 'en', report });
    expect(coming).toEqual({
      status: 'amber',
      reasons: [
        {
          status: 'amber',
          cause: 'escalation-upcoming',
          ruleId: 'conflict.escalate',
          scope: 'conflict',
          subjectId: 'budget-priority',
          message:
            '“budget-priority” escalates to level 2 (分管副总) on 2026-11-30 unless it is settled first',
        },
      ],
    });
  });

  it('is red for an exhausted escalation path, whatever the finding’s severity', () => {
    const report = {
      findings: [
        {
          ruleId: 'escalation.exhausted',
          severity: 'warning' as const,
          scope: 'conflict' as const,
          subjectId: 'budget-priority',
          path: '/conflicts/0',
          message: 'The escalation path is exhausted',
          explanation: [],
        },
      ],
      actions: [],
      upcoming: [],
      summary: { error: 0, warning: 1, info: 0 },
    };
    const result = health(input(), { now: NOW, report });
    expect(result.status).toBe('red');
    expect(result.reasons[0]).toMatchObject({
      cause: 'escalation-exhausted',
      ruleId: 'escalation.exhausted',
    });
  });

  it('rejects bad input with an OutcomesError', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
        return 'returned';
      } catch (error) {
        expect(error).toBeInstanceOf(OutcomesError);
        return (error as OutcomesError).code;
      }
    };
    expect(codeOf(() => health(input(), { now: NOW, report: { findings: 3 } as never }))).toBe(
      'invalid_report',
    );
    expect(codeOf(() => health(input(), { now: NOW, config: { health: { amberFloatDays: -1 } } }))).toBe(
      'invalid_config',
    );
    expect(codeOf(() => health(input(), { now: 'soon' }))).toBe('invalid_now');
    expect(codeOf(() => health([] as never, { now: NOW }))).toBe('invalid_collaboration');
  });
});
