import type { Locale } from '../../src/i18n/locale.js';
import type { CollaborationInput } from '../../src/model/types.js';
import { evaluate } from '../../src/rules/evaluate.js';
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

/** Evaluates the example changed by `mutate`. */
export async function evaluateChanged(
  mutate: (c: Input) => void = () => {},
  options: { now?: string; locale?: Locale; config?: unknown } = {},
): Promise<Report> {
  return evaluate(changed(mutate) as CollaborationInput, {
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
 * The example after the collaboration ended: the launch is done, the phase is `closing`, and a complete
 * retrospective is recorded; it yields no findings at `AFTER`.
 */
export function closedOut(c: Input): void {
  c.phase = 'closing';
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
