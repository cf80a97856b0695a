import type { UpcomingEscalation } from '../rules/report.js';

/**
 * The escalations a report lists as coming up (`report.upcoming`): each entry that has the fields an upcoming
 * escalation needs; none when the report has no such list (reports of rule packs that plan no escalations).
 * Reads the report defensively: a list or entry that cannot be read counts as absent.
 */
export function upcomingEscalations(report: unknown): readonly UpcomingEscalation[] {
  try {
    const list =
      typeof report === 'object' && report !== null ? (report as { upcoming?: unknown }).upcoming : undefined;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (u): u is UpcomingEscalation =>
        typeof u === 'object' &&
        u !== null &&
        typeof (u as UpcomingEscalation).ruleId === 'string' &&
        typeof (u as UpcomingEscalation).subjectId === 'string' &&
        typeof (u as UpcomingEscalation).toLevel === 'number' &&
        typeof (u as UpcomingEscalation).dueOn === 'string',
    );
  } catch {
    return [];
  }
}
