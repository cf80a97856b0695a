// Types of evaluate and its options, and of the report it gives: findings, escalation actions, the count per
// severity. (What `config` accepts has type tests of its own.)
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Action,
  type Collaboration,
  type ConditionExplanation,
  type EvaluateOptions,
  evaluate,
  evaluateSync,
  type Finding,
  type Locale,
  type Report,
  type RuleScope,
  type Severity,
} from '../../src/index.js';

declare const collaboration: Collaboration;

describe('EvaluateOptions', () => {
  it('needs `now`; the locale and the engine are optional and closed', () => {
    expectTypeOf<EvaluateOptions['now']>().toEqualTypeOf<string>();
    expectTypeOf<EvaluateOptions['locale']>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<EvaluateOptions['engine']>().toEqualTypeOf<'compiled' | 'json-rules-engine' | undefined>();
    expectTypeOf<{ now: '2026-11-26' }>().toExtend<EvaluateOptions>();
    // @ts-expect-error: now is required
    evaluate(collaboration, { locale: 'en' });
    // @ts-expect-error: not an engine
    evaluate(collaboration, { now: '2026-11-26', engine: 'rete' });
    // @ts-expect-error: not a locale
    evaluate(collaboration, { now: '2026-11-26', locale: 'fr' });
  });

  it('evaluate resolves to a report; evaluateSync returns it', () => {
    expectTypeOf(evaluate(collaboration, { now: '2026-11-26' })).toEqualTypeOf<Promise<Report>>();
    expectTypeOf(evaluateSync(collaboration, { now: '2026-11-26' })).toEqualTypeOf<Report>();
  });
});

describe('the report types', () => {
  it('Report: readonly findings and actions, and a count per severity', () => {
    expectTypeOf<Report['findings']>().toEqualTypeOf<readonly Finding[]>();
    expectTypeOf<Report['actions']>().toEqualTypeOf<readonly Action[]>();
    expectTypeOf<Report['summary']>().toEqualTypeOf<{
      readonly error: number;
      readonly warning: number;
      readonly info: number;
    }>();
    expectTypeOf<keyof Report['summary']>().toEqualTypeOf<Severity>();
  });

  it('Finding: a rule, a severity, a subject in a scope, a JSON Pointer, a message and its explanation', () => {
    expectTypeOf<Finding['ruleId']>().toEqualTypeOf<string>();
    expectTypeOf<Finding['severity']>().toEqualTypeOf<Severity>();
    expectTypeOf<Severity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
    expectTypeOf<Finding['scope']>().toEqualTypeOf<RuleScope>();
    expectTypeOf<Finding['subjectId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Finding['path']>().toEqualTypeOf<string>();
    expectTypeOf<Finding['message']>().toEqualTypeOf<string>();
    expectTypeOf<Finding['explanation']>().toEqualTypeOf<readonly ConditionExplanation[]>();
  });

  it('Action: an escalation to a level of the path, for a subject', () => {
    expectTypeOf<Action['type']>().toEqualTypeOf<'escalate'>();
    expectTypeOf<Action['toLevel']>().toEqualTypeOf<number>();
    expectTypeOf<Action['subjectId']>().toEqualTypeOf<string>();
    expectTypeOf<Action['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Action['person']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Action['reason']>().toEqualTypeOf<string>();
  });

  it('is readonly all the way', () => {
    const report = evaluateSync(collaboration, { now: '2026-11-26' });
    // @ts-expect-error: findings cannot be added to
    report.findings.push(report.findings[0]!);
    // @ts-expect-error: a finding cannot be changed
    report.findings[0]!.severity = 'info';
    // @ts-expect-error: nor the summary
    report.summary.error = 0;
  });
});
