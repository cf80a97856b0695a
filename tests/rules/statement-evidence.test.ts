import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '../../src/analysis/analyze-goal.js';
import type { GoalAnalysis } from '../../src/analysis/types.js';
import type { ConditionExplanation } from '../../src/rules/report.js';
import { withStatementEvidence } from '../../src/rules/statement-evidence.js';

const condition = (fact: string): ConditionExplanation => ({
  fact,
  operator: 'equal',
  expected: 0,
  actual: 0,
  result: true,
});

describe('withStatementEvidence', () => {
  const goalAnalysis = analyzeGoal('Make the site more customer-oriented by 13% within three months', {
    reference: '2026-09-01',
  });

  it('quotes the verdict on the first condition of each criterion and leaves the others', () => {
    const entries = [
      condition('goalMeasureCount'),
      condition('statementQuantityCount'),
      condition('statementHasDeadline'),
      condition('statementDeadlineInPeriod'),
      condition('statementQuantityCount'),
    ];
    const out = withStatementEvidence(entries, { goalAnalysis }, 'en');
    expect(out.map((e) => e.evidence)).toEqual([
      undefined,
      'Not measurable: “13%” is not tied to a metric; say what is measured.',
      'Time-bound: “within three months” (2026-11-30).',
      undefined,
      undefined,
    ]);
    expect(out[0]).toBe(entries[0]);
  });

  it('writes the verdict in the report’s locale', () => {
    const [entry] = withStatementEvidence([condition('statementVagueTerms')], { goalAnalysis }, 'zh-CN');
    expect(entry?.evidence).toBe('不够具体：「more customer-oriented」没有量化，请写明做到什么程度。');
  });

  it('adds nothing for an empty statement, and reads the analysis only when a condition needs it', () => {
    const empty = { goalAnalysis: analyzeGoal('  ') };
    expect(
      withStatementEvidence([condition('statementHasDeadline')], empty, 'en')[0]?.evidence,
    ).toBeUndefined();
    const unread = {
      get goalAnalysis(): GoalAnalysis {
        throw new Error('the analysis was read');
      },
    };
    expect(withStatementEvidence([condition('coreTeamSize')], unread, 'en')).toEqual([
      condition('coreTeamSize'),
    ]);
  });
});
