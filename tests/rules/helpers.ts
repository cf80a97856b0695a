import { expect } from 'vitest';
import type { Locale } from '../../src/i18n/locale.js';
import type { Collaboration, CollaborationInput } from '../../src/model/types.js';
import type { RulesConfigOption } from '../../src/rules/config-option.js';
import { type EvaluateOptions, evaluate, evaluateSync } from '../../src/rules/evaluate.js';
import type { Finding, Report } from '../../src/rules/report.js';
import { exampleInput } from '../fixtures/example.js';

/** The date the worked example yields no findings at. */
export const NOW = '2026-11-26';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into the example freely to change one field.
export type Input = Record<string, any>;

/** The example, changed by `mutate`. */
export function changed(mutate: (c: Input) => void = () => {}): Input {
  const c = exampleInput();
  mutate(c);
  return c;
}

/**
 * Evaluates with every engine: `evaluate` on the compiled evaluator and on json-rules-engine, and
 * `evaluateSync`; asserts the three reports are deep-equal and returns one.
 */
export async function evaluateAll(
  collaboration: Collaboration | CollaborationInput,
  options: Omit<EvaluateOptions, 'engine'>,
): Promise<Report> {
  const compiled = await evaluate(collaboration, { ...options, engine: 'compiled' });
  const reference = await evaluate(collaboration, { ...options, engine: 'json-rules-engine' });
  const sync = evaluateSync(collaboration, options);
  expect(reference, 'json-rules-engine and the compiled evaluator give the same report').toEqual(compiled);
  expect(sync, 'evaluateSync gives the same report as evaluate').toEqual(compiled);
  return compiled;
}

/**
 * What `evaluate` rejects with on every engine, and `evaluateSync` throws: asserts they are the same error (class,
 * code, issues) and returns it.
 */
export async function evaluationError(
  collaboration: unknown,
  options: Omit<EvaluateOptions, 'engine'>,
): Promise<unknown> {
  const input = collaboration as CollaborationInput;
  const compiled = await evaluate(input, { ...options, engine: 'compiled' }).then(
    () => expect.fail('evaluate resolved'),
    (e: unknown) => e,
  );
  const reference = await evaluate(input, { ...options, engine: 'json-rules-engine' }).then(
    () => expect.fail('evaluate resolved'),
    (e: unknown) => e,
  );
  let sync: unknown;
  try {
    evaluateSync(input, options);
    expect.fail('evaluateSync returned');
  } catch (e) {
    sync = e;
  }
  for (const other of [reference, sync]) {
    expect(other).toBeInstanceOf((compiled as object).constructor);
    expect(other).toMatchObject({ code: (compiled as { code: unknown }).code });
    expect((other as { issues: unknown }).issues).toEqual((compiled as { issues: unknown }).issues);
  }
  return compiled;
}

/** Evaluates the example changed by `mutate`, with every engine (see {@link evaluateAll}). */
export async function evaluateChanged(
  mutate: (c: Input) => void = () => {},
  options: { now?: string; locale?: Locale; config?: RulesConfigOption | undefined } = {},
): Promise<Report> {
  return evaluateAll(changed(mutate) as CollaborationInput, {
    now: options.now ?? NOW,
    locale: options.locale ?? 'en',
    config: options.config,
  });
}

/** The distinct rule ids of a report's findings, in report order. */
export function ruleIds(report: Report): string[] {
  return [...new Set(report.findings.map((f) => f.ruleId))];
}

/** The findings of one rule. */
export function findingsOf(report: Report, ruleId: string): Finding[] {
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/**
 * The example after the collaboration ended: the launch is done, the phase is `closing`, the sales measure has
 * its final actual, and a complete retrospective is recorded; it yields no findings at `AFTER`.
 */
export function closedOut(c: Input): void {
  c.phase = 'closing';
  c.goal.measures[0].actuals = [{ on: '2026-11-30', value: 5200000 }];
  const launch = c.milestones[4];
  launch.status = 'done';
  launch.completedOn = '2026-11-30';
  c.retrospective = {
    heldOn: '2026-12-08',
    highlights: ['里程碑机制有效'],
    improvements: ['推广物料审批偏慢'],
    lessons: ['提前锁定供应商产能'],
    reusablePractices: ['标准周会纪要模板'],
    recognitions: [{ who: 'sales', for: '提前完成铺货' }],
  };
}

/** A date after the period where the closed-out example yields no findings. */
export const AFTER = '2026-12-10';

/** The issue's example: an open incident on 2026-11-20 that delays the launch by 7 days, owned by sun. */
export function withOutage(c: Input): void {
  c.incidents = [
    {
      id: 'outage',
      description: '渠道系统故障',
      occurredOn: '2026-11-20',
      temporaryOwner: 'sun',
      measures: ['切换备用系统'],
      impact: { summary: '上市推迟一周', scheduleDays: 7, cost: 20000 },
      affects: ['launch'],
      status: 'open',
    },
  ];
}
