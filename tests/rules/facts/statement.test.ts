import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '../../../src/analysis/analyze-goal.js';
import { parseCollaborationForOneUse } from '../../../src/model/parse.js';
import { evaluateSync } from '../../../src/rules/evaluate.js';
import { FactContext } from '../../../src/rules/facts/context.js';
import { statementFacts, statementFactsOf } from '../../../src/rules/facts/statement.js';
import { example, exampleInput, parsed } from '../../fixtures/example.js';
import { failure, trapped, withThrowingGetter } from '../../fixtures/hostile.js';

const period = { start: '2026-09-01', end: '2026-11-30' };

describe('statementFacts', () => {
  it('counts strong quantities, reports the deadline and whether it falls in the period', () => {
    const analysis = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: period });
    expect(statementFacts(analysis, period)).toEqual({
      statementQuantityCount: 1,
      statementHasDeadline: true,
      statementVagueTerms: [],
      statementDeadline: '2026-11-30',
      statementDeadlineInPeriod: true,
    });
  });

  it('flags a statement deadline outside the period', () => {
    const analysis = analyzeGoal('六个月内完成产品上市', { reference: period });
    expect(statementFacts(analysis, period)).toMatchObject({
      statementDeadline: '2027-02-28',
      statementDeadlineInPeriod: false,
    });
  });

  it('leaves the deadline out when none resolved, and lists unresolved vague terms', () => {
    const facts = statementFacts(analyzeGoal('今年我们要成为最好的服务中心'));
    expect(facts).toEqual({
      statementQuantityCount: 0,
      statementHasDeadline: true,
      statementVagueTerms: ['最好'],
    });
  });

  it('does not count weak quantities', () => {
    expect(
      statementFacts(analyzeGoal('Make the site more customer-oriented by 13%.')).statementQuantityCount,
    ).toBe(0);
  });

  it('refuses analyses and periods it cannot read with invalid_argument', () => {
    const analysis = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: '2026-09-01' });
    for (const bad of [null, 5, {}, trapped(), withThrowingGetter(analysis, 'measurable')]) {
      failure(() => statementFacts(bad as never), 'invalid_argument');
    }
    failure(() => statementFacts(analysis, 'period' as never), 'invalid_argument');
    failure(() => statementFacts(analysis, trapped() as never), 'invalid_argument');
    expect(statementFacts(analysis, null as never)).toEqual(statementFacts(analysis));
  });
});

describe('statementFactsOf', () => {
  it('derives the facts once per evaluation from the context’s goal analysis', () => {
    const c = example();
    const ctx = new FactContext(c, '2026-11-26', new Map());
    expect(ctx.goalAnalysis).toBe(ctx.goalAnalysis);
    expect(ctx.goalAnalysis).toEqual(
      analyzeGoal(c.goal?.statement ?? '', { reference: c.period, calendar: c.calendar }),
    );
    expect(statementFactsOf(ctx)).toBe(statementFactsOf(ctx));
    expect(statementFactsOf(ctx)).toEqual(statementFacts(ctx.goalAnalysis, c.period));
  });
});

describe('the goal analysis across evaluations', () => {
  it('is made once per parsed collaboration, and afresh for a one-use copy', () => {
    const c = example();
    const first = new FactContext(c, '2026-11-26', new Map());
    const later = new FactContext(c, '2027-01-05', new Map());
    expect(later.goalAnalysis).toBe(first.goalAnalysis);
    const copy = parseCollaborationForOneUse(exampleInput());
    if (!copy.success) throw new Error(JSON.stringify(copy.issues));
    const fresh = new FactContext(copy.data, '2026-11-26', new Map());
    expect(fresh.goalAnalysis).toEqual(first.goalAnalysis);
  });

  it('is shared by collaborations parsed anew with the same statement, period and calendar, and only by them', () => {
    const analysisOf = (change: (c: ReturnType<typeof exampleInput>) => void = () => {}) => {
      const input = exampleInput();
      change(input);
      return new FactContext(parsed(input), '2026-11-26', new Map()).goalAnalysis;
    };
    const reference = analysisOf();
    expect(analysisOf()).toBe(reference);
    expect(analysisOf((c) => (c.name = 'Another name'))).toBe(reference);
    const relative = '10个工作日内完成首批试点';
    const withStatement = analysisOf((c) => (c.goal.statement = relative));
    expect(withStatement).not.toBe(reference);
    expect(withStatement.statement).toBe(relative);
    // The period and the calendar resolve relative deadlines: another one is another analysis.
    const laterStart = analysisOf((c) => {
      c.goal.statement = relative;
      c.period.start = '2026-09-07';
    });
    expect(laterStart).not.toBe(withStatement);
    expect(laterStart.deadline).not.toBe(withStatement.deadline);
    const moreHolidays = analysisOf((c) => {
      c.goal.statement = relative;
      c.calendar = { ...c.calendar, holidays: [...(c.calendar?.holidays ?? []), '2026-09-02', '2026-09-03'] };
    });
    expect(moreHolidays).not.toBe(withStatement);
    for (const [statement, analysis] of [
      [relative, laterStart],
      [relative, moreHolidays],
    ] as const) {
      expect(analysis.statement).toBe(statement);
    }
  });

  it('stays right past the bound of remembered statements', () => {
    const statements = Array.from({ length: 600 }, (_, i) => `第${i}季度将客户满意度提高到${(i % 90) + 1}%`);
    const contexts = statements.map((statement) => {
      const input = exampleInput();
      input.goal.statement = statement;
      return new FactContext(parsed(input), '2026-11-26', new Map());
    });
    const first = exampleInput();
    first.goal.statement = statements[0];
    const again = new FactContext(parsed(first), '2026-11-26', new Map());
    expect(again.goalAnalysis).toEqual(contexts[0]!.goalAnalysis);
    expect(again.goalAnalysis).toEqual(
      analyzeGoal(statements[0]!, { reference: again.c.period, calendar: again.c.calendar }),
    );
  });

  it('follows the statement: another parsed collaboration with another statement is analysed anew', () => {
    const input = exampleInput();
    input.goal.statement = '3个月内大幅提升客户满意度';
    const vague = new FactContext(parsed(input), '2026-11-26', new Map());
    const plain = new FactContext(example(), '2026-11-26', new Map());
    expect(vague.goalAnalysis.vagueTerms).not.toEqual(plain.goalAnalysis.vagueTerms);
    expect(vague.goalAnalysis.statement).toBe('3个月内大幅提升客户满意度');
  });

  it('gives each report its own vague terms, never an array shared with another report', () => {
    const input = exampleInput();
    input.goal.statement = '3个月内大幅提升客户满意度';
    const c = parsed(input);
    const config = {
      custom: [
        {
          id: 'acme.vague-goal',
          scope: 'collaboration',
          severity: 'warning',
          message: { 'zh-CN': '目标陈述含模糊用语', en: 'The goal statement uses vague terms' },
          conditions: { all: [{ fact: 'statementVagueTerms', operator: 'contains', value: '提升' }] },
        },
      ],
    } as const;
    const [a, b] = [1, 2].map(() => evaluateSync(c, { now: '2026-11-26', config }));
    const terms = (r: typeof a) =>
      r?.findings.find((f) => f.ruleId === 'acme.vague-goal')?.explanation[0]?.actual;
    expect(terms(a)).toEqual(terms(b));
    expect(terms(a)).toContain('提升');
    expect(terms(a)).not.toBe(terms(b));
  });
});
