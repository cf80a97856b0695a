import { describe, expect, it } from 'vitest';
import {
  analyzeGoal,
  describeCriterion,
  goalMessage,
  quoteEvidence,
  verdictCode,
} from '../../src/analysis/index.js';

describe('describeCriterion', () => {
  it('quotes the evidence with its normalised value, in the analysis locale', () => {
    const a = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: '2026-09-01' });
    expect(describeCriterion(a, 'measurable')).toBe('可衡量：「500万元」（5,000,000 CNY）。');
    expect(describeCriterion(a, 'timeBound')).toBe('有时限：「3个月内」（2026-11-30）、「首月」。');
    expect(describeCriterion(a, 'measurable', 'en')).toBe('Measurable: “500万元” (5,000,000 CNY).');
  });

  it('names the vague terms and the weak numbers', () => {
    const a = analyzeGoal('Make the site more customer-oriented by 13%.');
    expect(describeCriterion(a, 'specific')).toBe(
      'Not specific: “more customer-oriented” is not quantified; say how much.',
    );
    expect(describeCriterion(a, 'measurable')).toBe(
      'Not measurable: “13%” is not tied to a metric; say what is measured.',
    );
  });

  it('shows changes as from → to', () => {
    const a = analyzeGoal('六个月内将客户投诉率从5%降低到2%');
    expect(describeCriterion(a, 'measurable')).toBe('可衡量：「从5%降低到2%」（5% → 2%）。');
  });

  it('tells vague time from no time at all', () => {
    expect(verdictCode(analyzeGoal('尽快完成报告'), 'timeBound')).toBe('time-bound.vague');
    expect(describeCriterion(analyzeGoal('尽快完成报告'), 'timeBound')).toBe(
      '没有明确时限：「尽快」不是截止日期。',
    );
    expect(verdictCode(analyzeGoal('完成报告'), 'timeBound')).toBe('time-bound.unmet');
  });
});

describe('the catalogue', () => {
  it('has every message in both locales', () => {
    const codes = [
      'specific.met',
      'specific.vague',
      'specific.no-action',
      'measurable.met',
      'measurable.weak',
      'measurable.unmet',
      'time-bound.met',
      'time-bound.vague',
      'time-bound.unmet',
      'assignable.met',
      'assignable.unmet',
      'not_text',
      'too_long',
      'invalid_reference',
      'invalid_locale',
    ] as const;
    for (const code of codes) {
      for (const locale of ['zh-CN', 'en'] as const)
        expect(goalMessage(code, locale).length).toBeGreaterThan(5);
    }
  });

  it('quotes in the locale’s style', () => {
    const [q] = analyzeGoal('Hire 5 engineers').measurable.evidence;
    expect(quoteEvidence(q!, 'en')).toBe('“5 engineers”');
    expect(quoteEvidence(q!, 'zh-CN')).toBe('「5 engineers」');
  });
});
