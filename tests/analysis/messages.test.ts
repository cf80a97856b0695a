import { describe, expect, it } from 'vitest';
import {
  analyzeGoal,
  describeCriterion,
  describeQuantity,
  goalMessage,
  quoteEvidence,
  verdictCode,
} from '../../src/analysis/index.js';
import { suggestionSuffix } from '../../src/issues/catalogue.js';
import { failure, trapped, unconvertible, withThrowingGetter } from '../fixtures/hostile.js';

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
      'invalid_calendar',
    ] as const;
    for (const code of codes) {
      for (const locale of ['zh-CN', 'en'] as const)
        expect(goalMessage(locale, code).length).toBeGreaterThan(5);
    }
  });

  it('is called as every catalogue is, and appends the shared did-you-mean', () => {
    expect(goalMessage('en', 'invalid_locale', { suggestion: 'en' })).toBe(
      `The locale must be zh-CN, en or auto; it was detected instead.${suggestionSuffix('en', 'en')}`,
    );
    expect(goalMessage('zh-CN', 'invalid_locale', { suggestion: 'zh-CN' })).toBe(
      `语言只能是 zh-CN、en 或 auto；已自动识别。${suggestionSuffix('zh-CN', 'zh-CN')}`,
    );
    failure(() => goalMessage('en', 'invalid_locale', { suggestion: 5 } as never), 'invalid_argument');
  });

  it('quotes in the locale’s style', () => {
    const [q] = analyzeGoal('Hire 5 engineers').measurable.evidence;
    expect(quoteEvidence(q!, 'en')).toBe('“5 engineers”');
    expect(quoteEvidence(q!, 'zh-CN')).toBe('「5 engineers」');
  });
});

describe('the message helpers on values outside their types', () => {
  const analysis = analyzeGoal('3个月内完成产品上市，首月销售额达500万元', { reference: '2026-09-01' });

  it('refuse an unknown locale with invalid_locale instead of falling back to zh-CN', () => {
    const error = failure(() => goalMessage('fr' as never, 'measurable.unmet'), 'invalid_locale');
    expect(error.issues[0]?.message).toBe('不支持的语言 "fr"，可选：zh-CN、en');
    failure(() => describeCriterion(analysis, 'measurable', 'fr' as never), 'invalid_locale');
    failure(() => quoteEvidence(analysis.measurable.evidence[0]!, 'de' as never), 'invalid_locale');
  });

  it('refuse unknown codes and criteria, and params of the wrong type, with invalid_argument', () => {
    failure(() => goalMessage('en', 'measurable.great' as never), 'invalid_argument');
    failure(() => goalMessage('en', 'toString' as never), 'invalid_argument');
    failure(
      () => goalMessage('en', 'measurable.met', { evidence: Symbol('e') } as never),
      'invalid_argument',
    );
    failure(() => goalMessage('en', 'measurable.met', trapped() as never), 'invalid_argument');
    expect(goalMessage('en', 'measurable.unmet', null as never)).toBe(goalMessage('en', 'measurable.unmet'));
    failure(() => verdictCode(analysis, 'smart' as never), 'invalid_argument');
    failure(() => describeCriterion(analysis, unconvertible as never), 'invalid_argument');
  });

  it('refuse analyses, evidence and quantities they cannot read with invalid_argument', () => {
    for (const bad of [null, 5, {}, trapped(), withThrowingGetter(analysis, 'measurable')]) {
      failure(() => verdictCode(bad as never, 'measurable'), 'invalid_argument');
      failure(() => describeCriterion(bad as never, 'measurable', 'en'), 'invalid_argument');
      failure(() => quoteEvidence(bad as never, 'en'), 'invalid_argument');
      failure(() => describeQuantity(bad as never), 'invalid_argument');
    }
  });
});
