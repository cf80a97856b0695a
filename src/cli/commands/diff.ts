import { Command } from 'commander';
import {
  type DiffCollaborationsResult,
  diffCollaborations,
  escapeMarkdown,
  type Finding,
  OutcomesError,
  type RulesConfig,
  type StructuralChange,
} from '../../index.js';
import type { CliContext } from '../context.js';
import { loadConfigOrFail } from '../evaluation.js';
import { CliFailure } from '../failure.js';
import type { InputFormat } from '../files.js';
import { EXIT } from '../io.js';
import { readCollaborationOrFail } from '../load.js';
import { cliMessage } from '../messages/catalogue.js';
import { configOption, formatOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { line, table } from '../output.js';
import { STDIN, stdinReadOnce } from '../stdin.js';

/** What `diff` accepts besides its arguments. */
interface DiffOptions {
  readonly config?: string;
  readonly now?: string;
  readonly format: 'table' | 'json' | 'markdown';
  readonly inputFormat?: InputFormat;
}

/** The longest value shown in a table cell. */
const CELL = 60;

/** A value as a person reads it in a cell: text as it is, anything else as compact JSON, cut at {@link CELL}. */
function shown(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > CELL ? `${text.slice(0, CELL - 1)}…` : text;
}

const signed = (days: number): string => (days > 0 ? `+${days}` : String(days));

/**
 * `crossdept diff <old> <new>`: what changed between two versions of a collaboration file — the structural
 * changes keyed by id, the milestones whose due dates moved, the scope items added and removed, and the findings
 * added and resolved when both are evaluated at `--now` — as a table, JSON (what the library's
 * `diffCollaborations` returns) or Markdown. `-` reads one side from stdin, so
 * `git show HEAD~1:plan.yaml | crossdept diff - plan.yaml` works. Exit code 0 when no finding was added, 1 when
 * one was, 2 when an input or the configuration is invalid or unreadable.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(diffCommand(ctx));
 * ```
 */
export function diffCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('diff')
    .description(cliMessage(locale, 'cmdDiff'))
    .argument('<old>', cliMessage(locale, 'argOld'))
    .argument('<new>', cliMessage(locale, 'argNew'))
    .addOption(configOption(locale))
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .addOption(formatOption(['table', 'json', 'markdown'], cliMessage(locale, 'optDiffFormat'), locale))
    .addOption(inputFormatOption(locale))
    .action(async (older: string, newer: string, options: DiffOptions) => {
      ctx.exit(await diff(older, newer, options, ctx));
    });
}

async function diff(older: string, newer: string, options: DiffOptions, ctx: CliContext): Promise<number> {
  const { locale } = ctx;
  if (older === STDIN && newer === STDIN) throw new CliFailure('usage', cliMessage(locale, 'stdinTwice'));
  stdinReadOnce(options.config, [older, newer], locale);
  const config: RulesConfig | undefined =
    options.config === undefined ? undefined : await loadConfigOrFail(options.config, ctx);
  const before = await readCollaborationOrFail(older, ctx, options.inputFormat);
  const after = await readCollaborationOrFail(newer, ctx, options.inputFormat);
  let result: DiffCollaborationsResult;
  try {
    result = diffCollaborations(before, after, { now: options.now ?? ctx.io.today, locale, config });
  } catch (error) {
    // Both versions and the config are validated before: this is a defect, said plainly.
    if (error instanceof OutcomesError) throw new CliFailure('invalid_input', error.message);
    throw error;
  }
  if (options.format === 'json') ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (options.format === 'markdown') ctx.io.stdout.write(markdown(result, ctx));
  else writeTable(result, ctx);
  return result.findings.added.length > 0 ? EXIT.findings : EXIT.ok;
}

function totals(result: DiffCollaborationsResult, ctx: CliContext): string {
  return cliMessage(ctx.locale, 'diffTotals', {
    changes: result.changes.length,
    moved: result.milestones.length,
    added: result.findings.added.length,
    resolved: result.findings.resolved.length,
  });
}

const isEmpty = (r: DiffCollaborationsResult): boolean =>
  r.changes.length === 0 &&
  r.milestones.length === 0 &&
  r.findings.added.length === 0 &&
  r.findings.resolved.length === 0;

function changeRow(c: StructuralChange, ctx: CliContext, color: boolean): string[] {
  const op = cliMessage(ctx.locale, `op.${c.op}`);
  const paint = c.op === 'added' ? ctx.out.green : c.op === 'removed' ? ctx.out.red : ctx.out.yellow;
  return [color ? paint(op) : op, c.pointer, shown(c.before), shown(c.after)];
}

function findingRow(f: Finding, ctx: CliContext): string[] {
  return [cliMessage(ctx.locale, `severity.${f.severity}`), f.ruleId, f.subjectId ?? '—', f.message];
}

function writeTable(result: DiffCollaborationsResult, ctx: CliContext): void {
  const { io, locale, out } = ctx;
  const say = (text = ''): void => line(io.stdout, text);
  const width = io.stdout.isTTY ? io.stdout.columns : undefined;
  if (isEmpty(result) && result.scope.added.length === 0 && result.scope.removed.length === 0) {
    say(cliMessage(locale, 'diffNothing'));
    return;
  }
  if (result.changes.length > 0) {
    say(out.bold(cliMessage(locale, 'diffChanges')));
    const head = ['columnChange', 'columnPointer', 'columnBefore', 'columnAfter'] as const;
    say(
      table(
        result.changes.map((c) => changeRow(c, ctx, true)),
        {
          head: head.map((h) => cliMessage(locale, h)),
          colors: out,
          width,
        },
      ),
    );
  }
  if (result.milestones.length > 0) {
    say(out.bold(cliMessage(locale, 'diffMoved')));
    const rows = result.milestones.map((m) => [
      m.id,
      m.dueBefore,
      m.dueAfter,
      m.deltaDays > 0 ? out.red(signed(m.deltaDays)) : out.green(signed(m.deltaDays)),
    ]);
    const head = ['columnId', 'columnBefore', 'columnAfter', 'columnDelta'] as const;
    say(
      table(rows, {
        head: head.map((h) => cliMessage(locale, h)),
        colors: out,
        align: ['left', 'left', 'left', 'right'],
      }),
    );
  }
  if (result.scope.added.length > 0 || result.scope.removed.length > 0) {
    say(
      cliMessage(locale, 'labelled', {
        label: out.bold(cliMessage(locale, 'diffScope')),
        value: cliMessage(locale, 'diffScopeLine', {
          value: result.scope.added.join(cliMessage(locale, 'listSeparator')),
          message: result.scope.removed.join(cliMessage(locale, 'listSeparator')),
        }),
      }),
    );
  }
  const head = ['columnSeverity', 'columnRule', 'columnSubject', 'columnMessage'] as const;
  for (const [title, list] of [
    ['diffFindingsAdded', result.findings.added],
    ['diffFindingsResolved', result.findings.resolved],
  ] as const) {
    if (list.length === 0) continue;
    say(out.bold(cliMessage(locale, title)));
    say(
      table(
        list.map((f) => findingRow(f, ctx)),
        { head: head.map((h) => cliMessage(locale, h)), colors: out, width },
      ),
    );
  }
  say(totals(result, ctx));
}

function markdown(result: DiffCollaborationsResult, ctx: CliContext): string {
  const { locale } = ctx;
  const cell = (text: string): string => escapeMarkdown(text).replace(/\n/g, ' ');
  const tableOf = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  const out: string[] = [];
  const section = (title: string, body: readonly string[]) => out.push(`## ${cell(title)}`, '', ...body, '');
  if (result.changes.length > 0) {
    const head = ['columnChange', 'columnPointer', 'columnBefore', 'columnAfter'] as const;
    section(
      cliMessage(locale, 'diffChanges'),
      tableOf(
        head.map((h) => cliMessage(locale, h)),
        result.changes.map((c) => changeRow(c, ctx, false)),
      ),
    );
  }
  if (result.milestones.length > 0) {
    const head = ['columnId', 'columnBefore', 'columnAfter', 'columnDelta'] as const;
    section(
      cliMessage(locale, 'diffMoved'),
      tableOf(
        head.map((h) => cliMessage(locale, h)),
        result.milestones.map((m) => [m.id, m.dueBefore, m.dueAfter, signed(m.deltaDays)]),
      ),
    );
  }
  if (result.scope.added.length > 0 || result.scope.removed.length > 0) {
    const sep = cliMessage(locale, 'listSeparator');
    section(cliMessage(locale, 'diffScope'), [
      cell(
        cliMessage(locale, 'diffScopeLine', {
          value: result.scope.added.join(sep),
          message: result.scope.removed.join(sep),
        }),
      ),
    ]);
  }
  const head = ['columnSeverity', 'columnRule', 'columnSubject', 'columnMessage'] as const;
  for (const [title, list] of [
    ['diffFindingsAdded', result.findings.added],
    ['diffFindingsResolved', result.findings.resolved],
  ] as const) {
    if (list.length > 0)
      section(
        cliMessage(locale, title),
        tableOf(
          head.map((h) => cliMessage(locale, h)),
          list.map((f) => findingRow(f, ctx)),
        ),
      );
  }
  out.push(
    cell(
      isEmpty(result) && result.scope.added.length + result.scope.removed.length === 0
        ? cliMessage(locale, 'diffNothing')
        : totals(result, ctx),
    ),
  );
  return `${out.join('\n')}\n`;
}
