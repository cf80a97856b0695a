import type { Collaboration } from '../model/types.js';
import { health } from '../outcomes/health.js';
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
 * The health a notification reports: the status of crossdept's {@link health} (red: an error finding, an
 * escalation due or exhausted, a critical milestone forecast late; amber: warnings, an escalation coming up, a
 * measure off track, little float on a critical milestone; green otherwise), with the counts a chat message can
 * show: escalations due, errors and warnings.
 *
 * @param report - The report `evaluate` returned at `now`.
 * @param collaboration - The collaboration.
 * @param now - The date seen from, ISO.
 * @returns The status and its reasons, most serious first.
 * @example
 * ```ts
 * import type { Collaboration } from '../model/types.js';
 * import { health } from '../outcomes/health.js';
import type { Report } from '../rules/report.js';
 * import { notificationHealth } from './health.js';
 *
 * declare const report: Report;
 * declare const c: Collaboration;
 * notificationHealth(report, c, '2026-11-26').status; // 'green' | 'amber' | 'red'
 * ```
 */
export function notificationHealth(
  report: Report,
  collaboration: Collaboration,
  now: string,
): NotificationHealth {
  const escalations = report.actions.filter((a) => a.type === 'escalate').length;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const reasons = [
    { code: 'escalations' as const, count: escalations },
    { code: 'errors' as const, count: errors },
    { code: 'warnings' as const, count: warnings },
  ].filter((r) => r.count > 0);
  return { status: health(collaboration, { now, report }).status, reasons };
}
