import type { CollaborationSummary, SummaryMilestone } from '../index.js';
import type { CliContext } from './context.js';
import { type Colors, line, table } from './output.js';

/** `+8`, `0`, `-1`: a slip reads as a signed number of days. */
function signed(days: number): string {
  return days > 0 ? `+${days}` : String(days);
}

/** Red when the slip eats more than the float (the finish moves), yellow when late within the float. */
function slipCell(m: SummaryMilestone, c: Colors): string {
  const text = signed(m.slipDays);
  if (m.slipDays > m.totalFloat) return c.red(text);
  if (m.slipDays > 0) return c.yellow(text);
  return text;
}

/**
 * Prints the text form of `crossdept summary`: a heading (name, id, scenario, phase), the period, goal,
 * departments with their roles, the team, the critical path (ids, then names) with its planned finish, and the
 * milestone forecast as a table. A dependency cycle is shown in place of the critical path, with the milestones
 * it keeps from being scheduled.
 *
 * @param s - The summary, from `summarizeCollaboration`.
 * @param ctx - The run's context.
 * @example
 * ```ts
 * writeSummaryText(summarizeCollaboration(collaboration, { now: '2026-11-26' }), ctx);
 * ```
 */
export function writeSummaryText(s: CollaborationSummary, ctx: CliContext): void {
  const { io, m, out } = ctx;
  const say = (text = ''): void => line(io.stdout, text);
  const label = (name: string, value: string): string => m.labelled(out.bold(name), value);

  const phase = s.phaseDerived ? m.derivedPhase(m.phase[s.phase]) : m.phase[s.phase];
  say(out.bold(m.summaryTitle(s.name, s.id, m.scenario[s.scenario], phase)));
  say(label(m.labelPeriod, m.period(s.period.start, s.period.end)));
  say(label(m.labelGoal, s.goal ?? m.notStated));
  const departments = s.departments.map((d) => m.departmentRole(d.name, m.role[d.role]));
  say(label(m.labelDepartments, departments.length > 0 ? departments.join(m.listSeparator) : m.notStated));
  const { leader, coreSize } = s.team;
  const leaderText = leader === null ? undefined : m.person(leader.name, leader.title ?? undefined);
  say(label(m.labelTeam, m.team(leaderText, coreSize)));

  if (s.cycle !== null) {
    say(label(m.labelCriticalPath, out.red(m.dependencyCycle(s.cycle))));
  } else if (s.criticalPath.length === 0 || s.plannedFinish === null) {
    say(label(m.labelCriticalPath, m.noMilestones));
  } else {
    const ids = s.criticalPath.map((x) => x.id);
    say(label(m.labelCriticalPath, m.criticalPath(ids, s.plannedFinish)));
    say(`  ${s.criticalPath.map((x) => x.name).join(' → ')}`);
  }

  if (s.milestones.length > 0) {
    say();
    say(out.bold(m.forecastTitle(s.now)));
    const rows = s.milestones.map((x) => [
      x.critical ? out.bold(x.id) : x.id,
      x.name,
      x.due,
      x.forecastFinish,
      slipCell(x, out),
      String(x.totalFloat),
      x.done ? out.green(m.statusDone) : m.statusOpen,
    ]);
    say(
      table(rows, {
        head: [
          m.columnId,
          m.columnName,
          m.columnDue,
          m.columnForecast,
          m.columnSlip,
          m.columnFloat,
          m.columnStatus,
        ],
        colors: out,
        compact: true,
        align: ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
      }),
    );
  }
  if (s.unscheduled.length > 0) say(out.red(m.unscheduled(s.unscheduled)));
}
