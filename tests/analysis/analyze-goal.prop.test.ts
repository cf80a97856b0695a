// Laws of the analysis on arbitrary input: it never throws, its spans are exact, its verdicts follow from its
// evidence, and windows resolve as date-fns says they should.
import { addDays, addMonths, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGoal, type GoalAnalysis, type GoalEvidence } from '../../src/analysis/index.js';
import { statementFacts } from '../../src/rules/facts/statement.js';
import { addWorkdays, isWorkday, workdaysBetween } from '../../src/schedule/working-days.js';

/** Pieces of goal sentences, so that random strings also exercise every finder and their interplay. */
const FRAGMENTS = [
  '3个月内',
  '六个月内',
  '月底前',
  '年底前',
  'Q3结束前',
  '2026年3月31日前',
  '第二个月中旬前',
  '每月5日前',
  '首月',
  '国庆节前',
  '完成产品上市',
  '销售额达500万元',
  '从70%提高到85%',
  '三成',
  '十二周',
  '两个季度',
  '1.2亿',
  '百分之二十',
  '提升',
  '尽快',
  '最好',
  '更加',
  '研发部',
  '由张强负责',
  '我们',
  '去年',
  '在2025年基础上',
  'by July 2016',
  'within three months',
  'by the end of the month',
  'by 8/1/2014',
  'by the 5th of each month',
  'Increase sales by 10%',
  'from 60 to 70',
  '250 guests',
  'under 20 items',
  'more customer-oriented',
  'as soon as possible',
  'the IT team will',
  'Sarah will',
  'I',
  'compared to 2024',
  'twenty-five',
  'a dozen',
  '$1.2 million',
  'double',
  'Q3 2026',
  'FY26',
  'H1',
  '24/7',
  'ISO 9001',
  '，',
  '。',
  ', ',
  '. ',
  ' ',
  '-',
  '/',
  '%',
  '1',
  '2026',
  '一',
  '万',
  '亿',
  'more',
  'than',
  'to',
  'from',
  '到',
  '从',
];

const goalLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

const isoDate = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2090, 11, 31), noInvalidDate: true })
  .map((d) => format(d, 'yyyy-MM-dd'));

const options = fc.record(
  {
    locale: fc.constantFrom('zh-CN' as const, 'en' as const, 'auto' as const),
    reference: fc.oneof(
      isoDate,
      isoDate.map((start) => ({ start, end: start })),
    ),
  },
  { requiredKeys: [] },
);

function allEvidence(a: GoalAnalysis): GoalEvidence[] {
  return [
    ...a.specific.evidence,
    ...a.measurable.evidence,
    ...a.timeBound.evidence,
    ...a.assignable.evidence,
  ];
}

/** The laws every analysis obeys. */
function checkLaws(a: GoalAnalysis): void {
  for (const e of allEvidence(a)) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(a.statement.length);
    expect(a.statement.slice(e.start, e.end)).toBe(e.text);
  }
  for (const list of [
    a.measurable.evidence,
    a.timeBound.evidence,
    a.assignable.evidence,
    a.specific.evidence,
  ]) {
    for (let k = 1; k < list.length; k++) expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.start);
  }
  // Deadlines claim their tokens: they never overlap.
  for (let k = 1; k < a.timeBound.evidence.length; k++) {
    expect(a.timeBound.evidence[k]!.start).toBeGreaterThanOrEqual(a.timeBound.evidence[k - 1]!.end);
  }
  expect(a.measurable.met).toBe(a.measurable.evidence.some((q) => q.strength === 'strong'));
  expect(a.timeBound.met).toBe(a.timeBound.evidence.length > 0);
  expect(a.assignable.met).toBe(a.assignable.evidence.length > 0);
  const unresolved = a.specific.evidence.filter((e) => e.kind === 'vague' && !e.resolved).map((e) => e.text);
  expect(a.vagueTerms).toEqual([...new Set(unresolved)]);
  if (a.specific.met) expect(a.vagueTerms).toEqual([]);
  const met = [a.specific.met, a.measurable.met, a.timeBound.met, a.assignable.met].filter(Boolean).length;
  expect(a.score).toBeCloseTo(met / (3 + Number(a.assignable.met)), 12);
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  for (const d of a.timeBound.evidence) {
    if (d.date !== undefined) expect(a.deadline !== undefined && a.deadline >= d.date).toBe(true);
  }
  const facts = statementFacts(a);
  expect(facts.statementHasDeadline).toBe(a.timeBound.met);
  expect(facts.statementQuantityCount > 0).toBe(a.measurable.met);
}

describe('analyzeGoal on arbitrary input', () => {
  it('never throws and keeps its laws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), options, (s, o) => {
        checkLaws(analyzeGoal(s, o));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps its laws on grapheme strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        checkLaws(analyzeGoal(s));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps its laws on goal-like strings', () => {
    fc.assert(
      fc.property(goalLike, options, (s, o) => {
        checkLaws(analyzeGoal(s, o));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns nothing met for anything that is not a string', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        fc.anything(),
        (value, o) => {
          const a = analyzeGoal(value as string, o as never);
          expect(a.issues[0]?.code).toBe('not_text');
          expect(a.score).toBe(0);
        },
      ),
    );
  });
});

describe('windows resolve against the reference', () => {
  const expected = (reference: string, months: number): string =>
    format(addDays(addMonths(new Date(`${reference}T12:00:00`), months), -1), 'yyyy-MM-dd');

  it('N个月内 ends the day before reference + N months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), isoDate, (n, reference) => {
        const a = analyzeGoal(`${n}个月内完成产品上市`, { reference });
        expect(a.timeBound.evidence[0]).toMatchObject({ form: 'within', amount: n, unit: 'month' });
        expect(a.deadline).toBe(expected(reference, n));
      }),
    );
  });

  it('"within N months" and "in the next N months" agree with it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), isoDate, (n, reference) => {
        expect(analyzeGoal(`Launch the app within ${n} months`, { reference }).deadline).toBe(
          expected(reference, n),
        );
        expect(analyzeGoal(`Launch the app in the next ${n} months`, { reference }).deadline).toBe(
          expected(reference, n),
        );
      }),
    );
  });
});

describe('working-day windows resolve on the calendar the schedule uses', () => {
  const near = (reference: string) =>
    fc
      .integer({ min: -5, max: 120 })
      .map((n) => format(addDays(new Date(`${reference}T12:00:00`), n), 'yyyy-MM-dd'));
  const withCalendar = isoDate.chain((reference) =>
    fc.tuple(
      fc.constant(reference),
      fc.record({
        holidays: fc.array(near(reference), { maxLength: 12 }),
        workdays: fc.array(near(reference), { maxLength: 4 }),
      }),
    ),
  );

  it('N个工作日内 ends on the N-th working day after the reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), withCalendar, (n, [reference, calendar]) => {
        const a = analyzeGoal(`${n}个工作日内完成`, { reference, calendar });
        expect(a.deadline).toBe(addWorkdays(reference, n, calendar));
        expect(workdaysBetween(reference, a.deadline!, calendar)).toBe(n);
        expect(isWorkday(a.deadline!, calendar)).toBe(true);
      }),
    );
  });
});
