import {
  type Action,
  type Collaboration,
  type CrossdeptIssue,
  describeFinding,
  type Finding,
  type HealthResult,
  type Locale,
  type Report,
  type Severity,
} from '../index.js';
import type { CliContext } from './context.js';
import { healthWord, writeOtherReasons } from './health-output.js';
import { cliMessage } from './messages/catalogue.js';
import type { Counts } from './messages/codes.js';
import { type Colors, line, table } from './output.js';
import { inputName } from './stdin.js';

/** One checked file (`-` for stdin): its collaboration and report, or the issues that kept it from being evaluated. @example `const bad: CheckedFile = { file: 'a.yaml', issues: [] };` */
export type CheckedFile =
  | {
      readonly file: string;
      readonly collaboration: Collaboration;
      readonly report: Report;
      readonly health: HealthResult;
    }
  | { readonly file: string; readonly issues: readonly CrossdeptIssue[] };

/** A checked file that was evaluated. @example `const e = (x: Evaluated) => x.report.summary;` */
export type Evaluated = Extract<CheckedFile, { report: Report }>;

/** How many collaborations the portfolio summary lists. */
const WORST_SHOWN = 10;

/**
 * Whether a checked file was evaluated (and so has a report).
 *
 * @param entry - A checked file.
 * @returns `true` when it has a report.
 * @example
 * ```ts
 * isEvaluated({ file: 'a.yaml', issues: [] }); // false
 * ```
 */
export const isEvaluated = (entry: CheckedFile): entry is Evaluated => 'report' in entry;

/**
 * Prints the JSON form: exactly the `Report` for a single file argument; otherwise an array of `{ file, report }`
 * and `{ file, issues }`.
 *
 * @param entries - The checked files, in order.
 * @param single - Whether one file was named (not a directory, not several arguments).
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 * import { type Collaboration, type HealthResult, type Report } from '../index.js';
 *
 * declare const ctx: CliContext;
 * declare const collaboration: Collaboration;
 * declare const report: Report;
 * declare const health: HealthResult;
 * writeJson([{ file: 'a.yaml', collaboration, report, health }], true, ctx);
 * ```
 */
export function writeJson(entries: readonly CheckedFile[], single: boolean, ctx: CliContext): void {
  const only = entries[0];
  const value =
    single && only !== undefined
      ? isEvaluated(only)
        ? { ...only.report, health: only.health }
        : { file: only.file, issues: only.issues }
      : entries.map((e) =>
          isEvaluated(e)
            ? { file: e.file, report: e.report, health: e.health }
            : { file: e.file, issues: e.issues },
        );
  ctx.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The counts of findings over every evaluated file.
 *
 * @param entries - The checked files.
 * @returns Errors, warnings and info, summed.
 * @example
 * ```ts
 * totals([]); // { error: 0, warning: 0, info: 0 }
 * ```
 */
export function totals(entries: readonly CheckedFile[]): Counts {
  const sum = { error: 0, warning: 0, info: 0 };
  for (const e of entries) {
    if (!isEvaluated(e)) continue;
    sum.error += e.report.summary.error;
    sum.warning += e.report.summary.warning;
    sum.info += e.report.summary.info;
  }
  return sum;
}

const SEVERITY_COLOR: { readonly [S in Severity]: keyof Pick<Colors, 'red' | 'yellow' | 'cyan'> } = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
};

/** The finding's place in words (`里程碑「产品上市」`), else the path it points at (`—` for the whole document). */
function subjectOf(entry: Evaluated, f: Finding, locale: Locale): string {
  const { place } = describeFinding(entry.collaboration, f, { locale });
  return place !== '' ? place : (f.subjectId ?? (f.path === '' ? '—' : f.path));
}

function target(a: Pick<Action, 'title' | 'person'>): string {
  return [a.title, a.person].filter((x) => x !== undefined && x !== '').join(' · ');
}

/** The counts of a report in words, or "no findings". */
function countsText(summary: Counts, locale: Locale): string {
  const empty = summary.error + summary.warning + summary.info === 0;
  return empty ? cliMessage(locale, 'noFindings') : cliMessage(locale, 'counts', { counts: summary });
}

/** An escalation due: its subject, the level, and who to tell. */
function escalation(a: Action, subject: string, to: string, locale: Locale): string {
  return cliMessage(locale, 'escalate', { subject, level: a.toLevel, to });
}

/**
 * The portfolio line: how many files, how many invalid, and the counts over all of them.
 *
 * @param entries - The checked files.
 * @param invalid - How many of them are invalid.
 * @param locale - The locale of the line.
 * @returns The line.
 * @example
 * ```ts
 * portfolioLine([], 0, 'en'); // '0 files: 0 errors, 0 warnings, 0 info'
 * ```
 */
export function portfolioLine(entries: readonly CheckedFile[], invalid: number, locale: Locale): string {
  return cliMessage(locale, 'portfolioLine', { files: entries.length, invalid, counts: totals(entries) });
}

/** `✖` for errors, `⚠` for warnings, `✔` otherwise. */
function mark(summary: Counts, c: Colors): string {
  if (summary.error > 0) return c.red('✖');
  if (summary.warning > 0) return c.yellow('⚠');
  return c.green('✔');
}

/**
 * Prints the text form: per evaluated file, a table of findings, the escalations due, the escalations coming up
 * (with the date each falls due) and a one-line summary;
 * then, for several files, the portfolio summary with the collaborations that have the most findings first.
 * Invalid files are reported on stderr by the caller and counted here.
 *
 * @param entries - The checked files, in order.
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 * import { type Collaboration, type HealthResult, type Report } from '../index.js';
 *
 * declare const ctx: CliContext;
 * declare const collaboration: Collaboration;
 * declare const report: Report;
 * declare const health: HealthResult;
 * writeText([{ file: 'a.yaml', collaboration, report, health }], ctx);
 * ```
 */
export function writeText(entries: readonly CheckedFile[], ctx: CliContext): void {
  const { io, locale, out } = ctx;
  let first = true;
  for (const entry of entries) {
    if (!isEvaluated(entry)) continue;
    const { findings, actions, summary } = entry.report;
    // A report from an older library, or built by hand, may have no `upcoming`.
    const upcoming = entry.report.upcoming ?? [];
    if (!first && (findings.length > 0 || actions.length > 0 || upcoming.length > 0)) line(io.stdout);
    first = false;
    if (findings.length > 0) {
      const rows = findings.map((f) => [
        out[SEVERITY_COLOR[f.severity]](cliMessage(locale, `severity.${f.severity}`)),
        f.ruleId,
        subjectOf(entry, f, locale),
        f.message,
      ]);
      line(
        io.stdout,
        table(rows, {
          head: [
            cliMessage(locale, 'columnSeverity'),
            cliMessage(locale, 'columnRule'),
            cliMessage(locale, 'columnSubject'),
            cliMessage(locale, 'columnMessage'),
          ],
          colors: out,
          width: io.stdout.isTTY ? io.stdout.columns : undefined,
        }),
      );
    }
    if (actions.length > 0) {
      line(io.stdout, out.bold(cliMessage(locale, 'actionsTitle')));
      for (const a of actions)
        line(io.stdout, `  ${out.magenta('↑')} ${escalation(a, a.subjectId, target(a), locale)}`);
    }
    if (upcoming.length > 0) {
      line(io.stdout, out.bold(cliMessage(locale, 'upcomingTitle')));
      for (const u of upcoming) {
        const params = { date: u.dueOn, subject: u.subjectId, level: u.toLevel, to: target(u) };
        line(io.stdout, `  ${out.yellow('…')} ${cliMessage(locale, 'upcoming', params)}`);
      }
    }
    const text = cliMessage(locale, 'at', {
      path: inputName(entry.file, locale),
      message: countsText(summary, locale),
    });
    const status = cliMessage(locale, 'labelled', {
      label: cliMessage(locale, 'healthLabel'),
      value: healthWord(entry.health.status, ctx),
    });
    line(io.stdout, `${mark(summary, out)} ${text} · ${status}`);
    writeOtherReasons(entry.health, ctx);
  }
  if (entries.length > 1) writePortfolio(entries, ctx);
}

/** Worst first: invalid files, then by errors, warnings and info, then by file name. */
function worstFirst(entries: readonly CheckedFile[]): CheckedFile[] {
  const key = (e: CheckedFile): [number, number, number, number] =>
    isEvaluated(e)
      ? [0, e.report.summary.error, e.report.summary.warning, e.report.summary.info]
      : [1, 0, 0, 0];
  return entries
    .filter((e) => !isEvaluated(e) || e.report.findings.length > 0)
    .map((e) => ({ e, k: key(e) }))
    .sort(
      (a, b) =>
        b.k[0] - a.k[0] ||
        b.k[1] - a.k[1] ||
        b.k[2] - a.k[2] ||
        b.k[3] - a.k[3] ||
        (a.e.file < b.e.file ? -1 : a.e.file > b.e.file ? 1 : 0),
    )
    .map((x) => x.e);
}

function writePortfolio(entries: readonly CheckedFile[], ctx: CliContext): void {
  const { io, locale, out } = ctx;
  const invalid = entries.filter((e) => !isEvaluated(e)).length;
  line(io.stdout);
  line(
    io.stdout,
    cliMessage(locale, 'labelled', {
      label: out.bold(cliMessage(locale, 'portfolioTitle')),
      value: portfolioLine(entries, invalid, locale),
    }),
  );
  const health = { green: 0, amber: 0, red: 0 };
  for (const e of entries) if (isEvaluated(e)) health[e.health.status]++;
  line(io.stdout, cliMessage(locale, 'healthTotals', { health }));
  const worst = worstFirst(entries);
  if (worst.length === 0) return;
  line(io.stdout, out.bold(cliMessage(locale, 'worstTitle')));
  const rows = worst
    .slice(0, WORST_SHOWN)
    .map((e) =>
      isEvaluated(e)
        ? [
            `${e.collaboration.name} (${e.collaboration.id})`,
            inputName(e.file, locale),
            healthWord(e.health.status, ctx),
            e.report.summary.error > 0 ? out.red(String(e.report.summary.error)) : '0',
            e.report.summary.warning > 0 ? out.yellow(String(e.report.summary.warning)) : '0',
            String(e.report.summary.info),
          ]
        : ['—', inputName(e.file, locale), '—', out.red(cliMessage(locale, 'invalidMark')), '—', '—'],
    );
  line(
    io.stdout,
    table(rows, {
      head: [
        cliMessage(locale, 'columnCollaboration'),
        cliMessage(locale, 'columnFile'),
        cliMessage(locale, 'columnHealth'),
        cliMessage(locale, 'columnErrors'),
        cliMessage(locale, 'columnWarnings'),
        cliMessage(locale, 'columnInfo'),
      ],
      colors: out,
      compact: true,
    }),
  );
  if (worst.length > WORST_SHOWN)
    line(io.stdout, cliMessage(locale, 'more', { count: worst.length - WORST_SHOWN }));
}
