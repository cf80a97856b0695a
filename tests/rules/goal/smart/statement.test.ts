// goal.smart.measurable and goal.smart.time-bound fall back on the goal statement's analysis when the structured
// fields are absent (goal.measures, goal.deadline), and quote its evidence in their explanations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGoal } from '../../../../src/analysis/analyze-goal.js';
import type { RulesConfigInput } from '../../../../src/rules/config-option.js';
import { toDayNumber } from '../../../../src/schedule/day.js';
import { LABELLED_GOALS } from '../../../analysis/goals.dataset.js';
import { exampleInput } from '../../../fixtures/example.js';
import { evaluateChanged, findingsOf, type Input, ruleIds } from '../../helpers.js';

const PERIOD = { start: '2026-09-01', end: '2026-11-30' };
/** The worked example's calendar, which the rules pass to the analysis. */
const CALENDAR = exampleInput().calendar;

describe('goal.smart.measurable with the goal statement', () => {
  it('accepts a quantity tied to a metric in the statement when no measures are listed', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.measures;
    });
    expect(report.findings).toEqual([]);
  });

  it('treats an empty measure list as no measures', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.measures = [];
      c.goal.statement = 'Within three months, raise first-month sales to 5 million yuan';
    });
    expect(report.findings).toEqual([]);
  });

  it('fires on a bare number and quotes it as weak evidence', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.measures;
      c.goal.statement = 'Make the site more customer-oriented by 13% within three months';
    });
    expect(ruleIds(report)).toEqual(['goal.smart.measurable']);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      severity: 'error',
      path: '/goal/measures',
      message:
        'The goal is not measurable: it lists no measures (goal.measures) and its statement states no quantity tied to a metric',
    });
    const quoted = finding?.explanation.find((e) => e.fact === 'statementQuantityCount');
    expect(quoted).toMatchObject({ operator: 'equal', expected: 0, actual: 0, result: true });
    expect(quoted?.evidence).toContain('“13%”');
  });

  it('fires in Chinese on a vague statement without any quantity', async () => {
    const report = await evaluateChanged(
      (c) => {
        delete c.goal.measures;
        c.goal.statement = '今年年底前大幅提升客户满意度';
      },
      { locale: 'zh-CN' },
    );
    expect(findingsOf(report, 'goal.smart.measurable')).toEqual([
      expect.objectContaining({
        message: '目标不可衡量：没有衡量指标（goal.measures），目标陈述中也没有与指标挂钩的数量',
      }),
    ]);
  });

  it('still demands a target when measures are listed without one, whatever the statement says', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.measures[0].target;
    });
    expect(ruleIds(report)).toEqual(['goal.smart.measurable']);
    expect(report.findings[0]?.message).toBe(
      'The goal is not measurable: 0 measures have a numeric target, at least 1 is needed',
    );
  });
});

describe('goal.smart.time-bound with the goal statement', () => {
  it('accepts a relative deadline in the statement that ends inside the period', async () => {
    // 3个月内 from the period start 2026-09-01 ends on 2026-11-30, the last day of the period.
    const report = await evaluateChanged((c) => {
      delete c.goal.deadline;
    });
    expect(report.findings).toEqual([]);
  });

  it('accepts an absolute deadline in the statement inside the period', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.deadline;
      c.goal.statement = 'Launch the product by November 15, 2026 with first-month sales of 5 million yuan';
    });
    expect(report.findings).toEqual([]);
  });

  it('fires when the statement’s deadline falls after the period, quoting it', async () => {
    const report = await evaluateChanged(
      (c) => {
        delete c.goal.deadline;
        c.goal.statement = '2027年3月31日前完成产品上市，首月销售额达500万元';
      },
      { locale: 'zh-CN' },
    );
    expect(ruleIds(report)).toEqual(['goal.smart.time-bound']);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      path: '/goal/statement',
      message: '目标陈述中的期限截止于 2027-03-31，不在协作周期 2026-09-01 至 2026-11-30 内',
    });
    const quoted = finding?.explanation.filter((e) => e.evidence !== undefined) ?? [];
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.evidence).toContain('「2027年3月31日前」（2027-03-31）');
  });

  it('fires when a relative window outlasts the period', async () => {
    const report = await evaluateChanged((c) => {
      delete c.goal.deadline;
      c.goal.statement = '六个月内完成产品上市，首月销售额达500万元';
    });
    expect(findingsOf(report, 'goal.smart.time-bound')[0]?.message).toBe(
      'The deadline in the goal statement, 2027-02-28, is outside the period 2026-09-01 to 2026-11-30',
    );
  });

  it('keeps the structured deadline authoritative when both are present', async () => {
    const report = await evaluateChanged((c) => {
      c.goal.statement = '2027年3月31日前完成产品上市，首月销售额达500万元';
    });
    expect(report.findings).toEqual([]);
  });
});

describe('working-day windows in the goal statement', () => {
  // The worked example's calendar: the National Day holidays 2026-10-01 to 10-07 (10-03 and 10-04 are a weekend)
  // and the make-up Saturday 2026-10-10. Counted as the schedule and the escalation timeboxes count (the working
  // days after the start), 10 working days after 2026-09-24 end on 2026-10-14, not on the plain weekday count
  // 2026-10-08.
  const deadlineIs = (date: string): RulesConfigInput => ({
    custom: [
      {
        id: 'acme.statement-deadline',
        scope: 'collaboration',
        severity: 'info',
        message: { 'zh-CN': '目标陈述截止于 {value}', en: 'The statement ends on {value}' },
        conditions: { all: [{ fact: 'statementDeadlineDay', operator: 'equal', value: toDayNumber(date) }] },
      },
    ],
  });

  it('resolves against the collaboration calendar', async () => {
    const mutate = (c: Input) => {
      c.period.start = '2026-09-24';
      c.goal.statement = '10个工作日内完成产品上市，首月销售额达500万元';
    };
    expect(ruleIds(await evaluateChanged(mutate, { config: deadlineIs('2026-10-14') }))).toContain(
      'acme.statement-deadline',
    );
    expect(ruleIds(await evaluateChanged(mutate, { config: deadlineIs('2026-10-08') }))).not.toContain(
      'acme.statement-deadline',
    );
  });

  it('quotes the calendar’s date when the window outlasts the period', async () => {
    const report = await evaluateChanged((c) => {
      c.period = { start: '2026-09-24', end: '2026-10-13' };
      delete c.goal.deadline;
      c.goal.statement = '10个工作日内完成产品上市，首月销售额达500万元';
    });
    const [finding] = findingsOf(report, 'goal.smart.time-bound');
    expect(finding?.message).toBe(
      'The deadline in the goal statement, 2026-10-14, is outside the period 2026-09-24 to 2026-10-13',
    );
    expect(finding?.explanation.find((e) => e.evidence !== undefined)?.evidence).toContain(
      '“10个工作日内” (2026-10-14)',
    );
  });
});

describe('statement facts', () => {
  it('are in the catalog for PMO custom rules', async () => {
    const config: RulesConfigInput = {
      custom: [
        {
          id: 'acme.vague-goal',
          scope: 'collaboration',
          severity: 'warning',
          message: { 'zh-CN': '目标陈述含模糊用语', en: 'The goal statement uses vague terms' },
          conditions: { all: [{ fact: 'statementVagueTerms', operator: 'contains', value: '提升' }] },
        },
        {
          id: 'acme.statement-quantities',
          scope: 'collaboration',
          severity: 'info',
          message: { 'zh-CN': '目标陈述有数量', en: 'The statement has {value} or more quantities' },
          conditions: {
            all: [
              { fact: 'statementQuantityCount', operator: 'greaterThanInclusive', value: 1 },
              { fact: 'statementHasDeadline', operator: 'equal', value: true },
            ],
          },
        },
      ],
    };
    const vague = await evaluateChanged(
      (c) => {
        c.goal.statement = '3个月内大幅提升客户满意度';
      },
      { config },
    );
    expect(ruleIds(vague)).toEqual(['acme.vague-goal']);
    const example = await evaluateChanged(() => {}, { config });
    expect(ruleIds(example)).toEqual(['acme.statement-quantities']);
    expect(findingsOf(example, 'acme.statement-quantities')[0]?.message).toBe(
      'The statement has 1 or more quantities',
    );
  });
});

describe('laws', () => {
  const statements = LABELLED_GOALS.map((g) => g.text);

  it('without measures, goal.smart.measurable fires exactly when the statement has no strong quantity', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statements), async (statement) => {
        const report = await evaluateChanged((c) => {
          delete c.goal.measures;
          c.goal.statement = statement;
        });
        const measurable = analyzeGoal(statement, { reference: PERIOD }).measurable.met;
        expect(ruleIds(report).includes('goal.smart.measurable')).toBe(!measurable);
      }),
      { numRuns: 60 },
    );
  });

  it('without a deadline, goal.smart.time-bound fires exactly when the statement has none, or one outside the period', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statements), async (statement) => {
        const report = await evaluateChanged((c) => {
          delete c.goal.deadline;
          c.goal.statement = statement;
        });
        const analysis = analyzeGoal(statement, { reference: PERIOD, calendar: CALENDAR });
        const outside =
          analysis.deadline !== undefined &&
          (analysis.deadline < PERIOD.start || analysis.deadline > PERIOD.end);
        expect(ruleIds(report).includes('goal.smart.time-bound')).toBe(!analysis.timeBound.met || outside);
      }),
      { numRuns: 60 },
    );
  });

  it('with structured measures and deadline, the statement changes no goal finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statements), async (statement) => {
        const report = await evaluateChanged((c) => {
          c.goal.statement = statement;
        });
        expect(report.findings).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
