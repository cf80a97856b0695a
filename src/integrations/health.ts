import type { Collaboration } from '../model/types.js';
import type { Report } from '../rules/report.js';

/**
 * A collaboration's health as a notification shows it: red, amber or green, and why.
 *
 * @example
 * ```ts
 * import type { NotificationHealth } from 'crossdept';
 *
 * const health: NotificationHealth = { status: 'amber', reasons: [{ code: 'warnings', count: 2 }] };
 * ```
 */
export interface NotificationHealth {
  readonly status: 'green' | 'amber' | 'red';
  readonly reasons: readonly {
    readonly code: 'escalations' | 'errors' | 'warnings';
    readonly count: number;
  }[];
}

/**
 * The health a notification reports, derived from the report: red when an escalation is due or a finding is an
 * error, amber when there are warnings, green otherwise. The one place notifications read health from, so a
 * richer health measure replaces this body alone.
 *
 * @param report - The report `evaluate` returned at `now`.
 * @param _collaboration - The collaboration (for measures that read it).
 * @param _now - The date seen from, ISO.
 * @returns The status and its reasons, most serious first.
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import type { Report } from '../rules/report.js';
 * import { notificationHealth } from './health.js';
 *
 * declare const report: Report;
 * declare const c: Collaboration;
 * notificationHealth(report, c, '2026-11-26').status; // 'green' | 'amber' | 'red'
 * ```
 */
export function notificationHealth(
  report: Report,
  _collaboration: Collaboration,
  _now: string,
): NotificationHealth {
  const escalations = report.actions.filter((a) => a.type === 'escalate').length;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const reasons = [
    { code: 'escalations' as const, count: escalations },
    { code: 'errors' as const, count: errors },
    { code: 'warnings' as const, count: warnings },
  ].filter((r) => r.count > 0);
  const status = escalations > 0 || errors > 0 ? 'red' : warnings > 0 ? 'amber' : 'green';
  return { status, reasons };
}
