import { describe, expect, it } from 'vitest';
import {
  analyzeGoal,
  type GoalAnalysis,
  MAX_STATEMENT_LENGTH,
  type QuantityEvidence,
} from '../../src/analysis/index.js';
import type { Calendar } from '../../src/model/types.js';
import { example } from '../fixtures/example.js';

const REF = '2026-09-01';

function quantities(statement: string): QuantityEvidence[] {
  return [...analyzeGoal(statement, { reference: REF }).measurable.evidence];
}

function strongValues(statement: string): [number, string | undefined][] {
  return quantities(statement)
    .filter((q) => q.strength === 'strong')
    .map((q) => [q.value, q.unit]);
}

function deadlineDates(statement: string, reference: string | undefined = REF): (string | undefined)[] {
  const a = analyzeGoal(statement, reference === undefined ? {} : { reference });
  return a.timeBound.evidence.map((d) => d.date);
}

function spansAreExact(a: GoalAnalysis): boolean {
  const all = [
    ...a.specific.evidence,
    ...a.measurable.evidence,
    ...a.timeBound.evidence,
    ...a.assignable.evidence,
  ];
  return all.every((e) => a.statement.slice(e.start, e.end) === e.text);
}

describe('measurable: quantities with unit and direction', () => {
  it.each([
    ['首月销售额达500万元', 5_000_000, 'CNY'],
    ['用户数达到10万', 100_000, undefined],
    ['实现销售额1.2亿', 120_000_000, undefined],
    ['全年营业收入突破2亿元', 200_000_000, 'CNY'],
    ['客户满意度达到85%', 85, '%'],
    ['将销售额提高10%', 10, '%'],
    ['年内将库存周转天数降低三成', 30, '%'],
    ['Plan an event for 250 guests', 250, 'guests'],
    ['Reduce the backlog to under 20 items', 20, 'items'],
    ['Increase sales by 10%', 10, '%'],
    ['Close deals worth $1.2 million', 1_200_000, 'USD'],
    ['Hire a dozen new engineers', 12, 'engineers'],
    ['Open twenty-five new stores', 25, 'stores'],
    ['差错率降到千分之三以下', 3, '‰'],
    ['百分之二十的客户完成续约', 20, '%'],
  ])('%s → %d %s', (statement, value, unit) => {
    expect(strongValues(statement)).toContainEqual([value, unit]);
    expect(analyzeGoal(statement).measurable.met).toBe(true);
  });

  it('reads a change as from → to with its direction', () => {
    const [change] = quantities('满意度从70%提高到85%');
    expect(change).toMatchObject({
      text: '从70%提高到85%',
      from: 70,
      to: 85,
      value: 85,
      unit: '%',
      direction: 'increase',
    });
    expect(quantities('Reduce turnover from 18% to 12%')[0]).toMatchObject({
      from: 18,
      to: 12,
      direction: 'decrease',
    });
  });

  it('reads rates and the period of a year', () => {
    const [monthly, yearly] = quantities('我要每月读2本书，全年读完24本');
    expect(monthly).toMatchObject({ value: 2, unit: '本', per: 'month' });
    expect(yearly).toMatchObject({ value: 24, unit: '本' });
    expect(quantities('Publish 3 blog posts per week')[0]).toMatchObject({ value: 3, per: 'week' });
  });

  it('reads comparators as directions', () => {
    expect(quantities('把退货率控制在2%以下')[0]?.direction).toBe('at-most');
    expect(quantities('续约率提高到90%以上')[0]?.direction).toBe('at-least');
    expect(quantities('Grow the customer base by at least 15%')[0]?.direction).toBe('at-least');
  });

  it('reads multipliers', () => {
    expect(quantities('Double online sales')[0]).toMatchObject({ value: 2, category: 'multiplier' });
    expect(quantities('把平均处理时长缩短一半')[0]).toMatchObject({ value: 0.5, category: 'multiplier' });
  });

  it('treats a number with no metric attached as weak evidence that does not count', () => {
    const a = analyzeGoal('Make the site more customer-oriented by 13%.');
    expect(a.measurable.met).toBe(false);
    expect(a.measurable.evidence).toEqual([expect.objectContaining({ text: '13%', strength: 'weak' })]);
    expect(analyzeGoal('让官网更加以客户为导向，提升13%').measurable.met).toBe(false);
  });

  it('does not count deadlines, names or baselines as quantities', () => {
    expect(analyzeGoal('3个月内完成产品上市').measurable.met).toBe(false);
    expect(analyzeGoal('2026年12月31日前通过ISO 9001认证').measurable.met).toBe(false);
    expect(analyzeGoal('Achieve ISO 27001 certification by March 2027.').measurable.met).toBe(false);
    expect(analyzeGoal('Increase revenue compared to 2024.').measurable.met).toBe(false);
  });

  it('counts a service level as a measure, not a deadline', () => {
    const a = analyzeGoal('Respond to all customer emails within 24 hours.');
    expect(a.measurable.met).toBe(true);
    expect(a.timeBound.met).toBe(false);
    const zh = analyzeGoal('将客户投诉响应时间缩短至2小时内');
    expect(zh.measurable.evidence[0]).toMatchObject({ value: 2, unit: 'hour', direction: 'at-most' });
    expect(zh.timeBound.met).toBe(false);
  });
});

describe('time-bound: deadlines resolved against the reference', () => {
  it.each([
    ['3个月内完成产品上市', '2026-11-30'],
    ['六个月内完成', '2027-02-28'],
    ['十二周内完成', '2026-11-23'],
    ['两个季度内完成', '2027-02-28'],
    ['一个半月内完成', '2026-10-15'],
    ['月底前完成', '2026-09-30'],
    ['年底前完成', '2026-12-31'],
    ['第三季度完成', '2026-09-30'],
    ['Q3结束前上线', '2026-09-30'],
    ['在第四季度末之前完成', '2026-12-31'],
    ['2026年3月31日前完成', '2026-03-31'],
    ['8月31日前完成', '2027-08-31'],
    ['下个月底前完成', '2026-10-31'],
    ['研发部在第一个月底前交付', '2026-09-30'],
    ['第二个月中旬前完成', '2026-10-15'],
    ['2026年上半年完成', '2026-06-30'],
    ['by July 2016', '2016-07-31'],
    ['within three months', '2026-11-30'],
    ['by the end of the month', '2026-09-30'],
    ['by 8/1/2014', '2014-08-01'],
    ['by December 31, 2025', '2025-12-31'],
    ['by the end of Q2', '2027-06-30'],
    ['in the next 30 days', '2026-09-30'],
    ['by year-end', '2026-12-31'],
    ['next quarter', '2026-12-31'],
    ['by the end of month 2', '2026-10-31'],
  ])('%s → %s', (statement, date) => {
    expect(deadlineDates(statement)).toContain(date);
  });

  it('uses the start of a reference period', () => {
    const a = analyzeGoal('3个月内完成产品上市', { reference: { start: '2026-09-01', end: '2026-11-30' } });
    expect(a.deadline).toBe('2026-11-30');
    expect(a.reference).toBe('2026-09-01');
  });

  it('meets relative deadlines without a reference, with no date; absolute ones keep theirs', () => {
    const relative = analyzeGoal('3个月内完成产品上市');
    expect(relative.timeBound.met).toBe(true);
    expect(relative.timeBound.evidence[0]).toMatchObject({
      text: '3个月内',
      form: 'within',
      amount: 3,
      unit: 'month',
    });
    expect(relative.timeBound.evidence[0]?.date).toBeUndefined();
    expect(deadlineDates('2026年3月31日前完成', undefined)).toEqual(['2026-03-31']);
  });

  it('recognises recurring and event deadlines', () => {
    expect(analyzeGoal('财务部每月5日前提交费用报表').timeBound.evidence[0]?.form).toBe('recurring');
    expect(analyzeGoal('by the 5th of each month').timeBound.evidence[0]?.form).toBe('recurring');
    expect(analyzeGoal('首月销售额达500万元').timeBound.evidence[0]?.form).toBe('event');
    expect(deadlineDates('在国庆节前完成开业')).toEqual(['2026-10-01']);
  });

  it('does not take cadences, vague time or baselines for deadlines', () => {
    expect(analyzeGoal('We will hold a quarterly town hall.').timeBound.met).toBe(false);
    expect(analyzeGoal('每天背诵50个单词').timeBound.met).toBe(false);
    expect(analyzeGoal('尽快完成报告').timeBound.met).toBe(false);
    expect(analyzeGoal('在2025年基础上，销售额同比增长15%').timeBound.met).toBe(false);
    expect(analyzeGoal('将季度客户流失率从15%降低至10%').timeBound.met).toBe(false);
  });

  it('takes the latest resolved date as the deadline', () => {
    expect(analyzeGoal('月底前交付测试版，3个月内完成上市', { reference: REF }).deadline).toBe('2026-11-30');
  });
});

describe('time-bound: working-day windows count on the collaboration calendar', () => {
  // The worked example's calendar: the National Day holidays and the make-up Saturday 2026-10-10.
  const { calendar } = example();
  const period = { start: '2026-09-24', end: '2026-11-30' };

  it('counts the working days after the start, as the schedule does', () => {
    // 09-25, 28, 29, 30; 10-01 … 10-07 are holidays; 10-08, 09, 10 (the make-up Saturday), 12, 13, 14.
    const a = analyzeGoal('10个工作日内完成', { reference: period, calendar });
    expect(a.timeBound.evidence[0]).toMatchObject({
      text: '10个工作日内',
      form: 'within',
      amount: 10,
      unit: 'workday',
      date: '2026-10-14',
    });
    expect(a.deadline).toBe('2026-10-14');
    expect(
      analyzeGoal('Complete the migration within 10 business days', { reference: period, calendar }).deadline,
    ).toBe('2026-10-14');
  });

  it('counts Monday to Friday without a calendar', () => {
    expect(analyzeGoal('10个工作日内完成', { reference: period }).deadline).toBe('2026-10-08');
    expect(analyzeGoal('10个工作日内完成', { reference: period, calendar: {} }).deadline).toBe('2026-10-08');
  });

  it('leaves calendar-day windows alone', () => {
    expect(analyzeGoal('10天内完成', { reference: period, calendar }).deadline).toBe('2026-10-03');
  });

  it('reports a calendar that is not one and counts Monday to Friday', () => {
    const a = analyzeGoal('10个工作日内完成', {
      reference: period,
      calendar: 'holidays' as unknown as Calendar,
    });
    expect(a.issues.map((i) => [i.code, i.path])).toEqual([['invalid_calendar', ['options', 'calendar']]]);
    expect(a.deadline).toBe('2026-10-08');
  });
});

describe('specific: actions and vague terms', () => {
  it('lists unresolved vague terms and fails specific', () => {
    expect(analyzeGoal('今年我们要成为最好的服务中心').vagueTerms).toEqual(['最好']);
    expect(analyzeGoal('尽快优化跨部门沟通流程').vagueTerms).toEqual(['尽快', '优化']);
    expect(analyzeGoal('我们要大幅提升团队协作效率').vagueTerms).toEqual(['大幅', '提升']);
    expect(analyzeGoal('Improve employee engagement as soon as possible.').vagueTerms).toEqual([
      'Improve',
      'as soon as possible',
    ]);
    expect(analyzeGoal('Ensure better collaboration').vagueTerms).toEqual(['Ensure', 'better']);
    expect(analyzeGoal('We want to be the best sales team.').specific.met).toBe(false);
  });

  it('resolves vague verbs with a quantity, and vague time with a deadline', () => {
    const a = analyzeGoal('将销售额提高10%');
    expect(a.specific.met).toBe(true);
    expect(a.vagueTerms).toEqual([]);
    expect(a.specific.evidence).toContainEqual(expect.objectContaining({ text: '提高', resolved: true }));
  });

  it('meets specific with a concrete action and no vague term', () => {
    expect(analyzeGoal('Launch the new mobile app by the end of the month.').specific.met).toBe(true);
    expect(analyzeGoal('三个月内完成ERP系统迁移').specific.evidence[0]).toMatchObject({
      kind: 'action',
      term: '完成',
    });
    expect(analyzeGoal('Customer satisfaction.').specific.met).toBe(false);
  });

  it('does not read "more than 500" or "500 more" as a vague comparative', () => {
    expect(analyzeGoal('Sign more than 500 customers').vagueTerms).toEqual([]);
    expect(analyzeGoal('Sign 500 more customers').vagueTerms).toEqual([]);
    expect(analyzeGoal('Get more customers').vagueTerms).toEqual(['more customers']);
  });
});

describe('assignable', () => {
  it.each([
    ['我要每月读2本书', '我'],
    ['研发部在第一个月底前交付测试版产品', '研发部'],
    ['Q3结束前上线新版CRM系统，由IT部负责', 'IT部'],
    ['由张强负责，在国庆节前完成开业', '张强'],
    ['The marketing team will generate 500 leads', 'The marketing team'],
    ['Sarah will onboard 12 new clients', 'Sarah'],
    ['I will lose 15 pounds', 'I'],
  ])('%s names %s', (statement, owner) => {
    const a = analyzeGoal(statement);
    expect(a.assignable.met).toBe(true);
    expect(a.assignable.evidence.map((o) => o.text)).toContain(owner);
  });

  it('does not take an object for an owner', () => {
    expect(analyzeGoal('Train all customer service reps on the new system').assignable.met).toBe(false);
    expect(analyzeGoal('成为最好的服务中心').assignable.met).toBe(false);
  });
});

describe('score and locale', () => {
  it('is the share of met criteria among S, M, T, counting A only when met', () => {
    expect(analyzeGoal('3个月内完成产品上市，首月销售额达500万元').score).toBe(1);
    expect(analyzeGoal('将销售额提高10%').score).toBeCloseTo(2 / 3);
    expect(analyzeGoal('今年我们要成为最好的服务中心').score).toBe(2 / 4);
    expect(analyzeGoal('提升客户满意度').score).toBe(0);
  });

  it('detects the locale unless told', () => {
    expect(analyzeGoal('3个月内完成产品上市').locale).toBe('zh-CN');
    expect(analyzeGoal('Increase sales by 10%').locale).toBe('en');
    expect(analyzeGoal('Q3结束前上线CRM').locale).toBe('zh-CN');
    expect(analyzeGoal('Increase sales by 10%', { locale: 'zh-CN' }).locale).toBe('zh-CN');
  });

  it('reads slash dates month first in both locales', () => {
    expect(deadlineDates('by 8/1/2014')).toEqual(['2014-08-01']);
    expect(analyzeGoal('8/1/2014前完成', { locale: 'zh-CN' }).timeBound.evidence[0]?.date).toBe('2014-08-01');
  });
});

describe('spans', () => {
  it('are UTF-16 offsets into the statement', () => {
    for (const s of [
      '3个月内完成产品上市，首月销售额达500万元',
      '😀 Increase sales by 10% by 8/1/2014 😀',
      '　销售额提高１０％，月底前完成',
    ]) {
      expect(spansAreExact(analyzeGoal(s))).toBe(true);
    }
  });

  it('fold full-width digits and percent signs', () => {
    expect(strongValues('销售额提高１０％')).toEqual([[10, '%']]);
  });
});

describe('bad input', () => {
  it('returns nothing met with a not_text issue for non-strings', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x'), () => 1]) {
      const a = analyzeGoal(input as unknown as string);
      expect(a.issues[0]?.code).toBe('not_text');
      expect(a.score).toBe(0);
      expect([a.specific.met, a.measurable.met, a.timeBound.met, a.assignable.met]).toEqual([
        false,
        false,
        false,
        false,
      ]);
    }
  });

  it('returns nothing met with a too_long issue beyond the limit', () => {
    const a = analyzeGoal('x'.repeat(MAX_STATEMENT_LENGTH + 1));
    expect(a.issues.map((i) => i.code)).toEqual(['too_long']);
    expect(a.measurable.met).toBe(false);
  });

  it('reports a bad reference or locale and goes on', () => {
    const a = analyzeGoal('3个月内完成', { reference: '2026-02-30', locale: 'fr' as 'en' });
    expect(a.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_locale', ['options', 'locale']],
      ['invalid_reference', ['options', 'reference']],
    ]);
    expect(a.timeBound.met).toBe(true);
    expect(a.timeBound.evidence[0]?.date).toBeUndefined();
  });

  it('survives options whose getters throw', () => {
    const options = Object.defineProperty({}, 'reference', {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => analyzeGoal('月底前完成', options)).not.toThrow();
  });

  it('ignores prototype keys in the input', () => {
    expect(() => analyzeGoal('constructor __proto__ toString hasOwnProperty 5 constructor')).not.toThrow();
  });
});
