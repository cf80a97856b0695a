import type { CollaborationSummary, SummaryMilestone } from '../index.js';
import type { CliContext } from './context.js';
import { cliMessage } from './messages/catalogue.js';
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
 * import type { CliContext } from './context.js';
 * import { type Collaboration, summarizeCollaboration } from '../index.js';
 *
 * declare const ctx: CliContext;
 * declare const collaboration: Collaboration;
 * writeSummaryText(summarizeCollaboration(collaboration, { now: '2026-11-26' }), ctx);
 * ```
 */
export function writeSummaryText(s: CollaborationSummary, ctx: CliContext): void {
  const { io, locale, out } = ctx;
  const say = (text = ''): void => line(io.stdout, text);
  const label = (name: string, value: string): string =>
    cliMessage(locale, 'labelled', { label: out.bold(name), value });

  const phaseName = cliMessage(locale, `phase.${s.phase}`);
  const phase = s.phaseDerived ? cliMessage(locale, 'derivedPhase', { phase: phaseName }) : phaseName;
  const scenario = cliMessage(locale, `scenario.${s.scenario}`);
  say(out.bold(cliMessage(locale, 'summaryTitle', { name: s.name, id: s.id, scenario, phase })));
  say(label(cliMessage(locale, 'labelPeriod'), cliMessage(locale, 'period', s.period)));
  say(label(cliMessage(locale, 'labelGoal'), s.goal ?? cliMessage(locale, 'notStated')));
  const departments = s.departments.map((d) =>
    cliMessage(locale, 'departmentRole', { name: d.name, role: cliMessage(locale, `role.${d.role}`) }),
  );
  say(
    label(
      cliMessage(locale, 'labelDepartments'),
      departments.length > 0
        ? departments.join(cliMessage(locale, 'listSeparator'))
        : cliMessage(locale, 'notStated'),
    ),
  );
  const { leader, coreSize } = s.team;
  const leaderText =
    leader === null
      ? undefined
      : cliMessage(locale, 'person', {
          name: leader.name,
          ...(leader.title === null ? {} : { title: leader.title }),
        });
  say(
    label(
      cliMessage(locale, 'labelTeam'),
      cliMessage(locale, 'team', { ...(leaderText === undefined ? {} : { leader: leaderText }), coreSize }),
    ),
  );

  if (s.cycle !== null) {
    say(
      label(
        cliMessage(locale, 'labelCriticalPath'),
        out.red(cliMessage(locale, 'dependencyCycle', { ids: s.cycle })),
      ),
    );
  } else if (s.criticalPath.length === 0 || s.plannedFinish === null) {
    say(label(cliMessage(locale, 'labelCriticalPath'), cliMessage(locale, 'noMilestones')));
  } else {
    const ids = s.criticalPath.map((x) => x.id);
    say(
      label(
        cliMessage(locale, 'labelCriticalPath'),
        cliMessage(locale, 'criticalPath', { ids, finish: s.plannedFinish }),
      ),
    );
    say(`  ${s.criticalPath.map((x) => x.name).join(' → ')}`);
  }

  if (s.milestones.length > 0) {
    say();
    say(out.bold(cliMessage(locale, 'forecastTitle', { now: s.now })));
    const rows = s.milestones.map((x) => [
      x.critical ? out.bold(x.id) : x.id,
      x.name,
      x.due,
      x.forecastFinish,
      slipCell(x, out),
      String(x.totalFloat),
      x.done ? out.green(cliMessage(locale, 'statusDone')) : cliMessage(locale, 'statusOpen'),
    ]);
    say(
      table(rows, {
        head: [
          cliMessage(locale, 'columnId'),
          cliMessage(locale, 'columnName'),
          cliMessage(locale, 'columnDue'),
          cliMessage(locale, 'columnForecast'),
          cliMessage(locale, 'columnSlip'),
          cliMessage(locale, 'columnFloat'),
          cliMessage(locale, 'columnStatus'),
        ],
        colors: out,
        compact: true,
        align: ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
      }),
    );
  }
  if (s.unscheduled.length > 0) say(out.red(cliMessage(locale, 'unscheduled', { ids: s.unscheduled })));
}
