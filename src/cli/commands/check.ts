import { Command } from 'commander';
import { type Collaboration, health, OutcomesError, type Report, type RulesConfig } from '../../index.js';
import type { CliContext } from '../context.js';
import { evaluateCollaboration, loadConfigOrFail } from '../evaluation.js';
import { CliFailure } from '../failure.js';
import { collectFiles, type InputFormat, type InputProblem } from '../files.js';
import { EXIT } from '../io.js';
import { isReadFailure, loadCollaborationFile } from '../load.js';
import { cliMessage } from '../messages/catalogue.js';
import { configOption, formatOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { formatIssue, line } from '../output.js';
import { type CheckedFile, writeJson, writeText } from '../report-output.js';
import { showControls } from '../show-controls.js';
import { inputName, stdinReadOnce } from '../stdin.js';

/** Checking more files than this shows a progress bar (on a terminal). */
const PROGRESS_THRESHOLD = 5;

/** What `check` accepts besides its arguments. */
interface CheckOptions {
  readonly config?: string;
  readonly now?: string;
  readonly format: 'text' | 'json' | 'markdown';
  readonly inputFormat?: InputFormat;
}

/**
 * `crossdept check <file|dir|->...`: evaluates the rules on each collaboration file (directories are searched
 * recursively, `-` is stdin) and prints the findings as a table, JSON or Markdown. Exit code 0 when no finding is
 * an error, 1 when one is, 2 when an input or the configuration is invalid or unreadable.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(checkCommand(ctx));
 * ```
 */
export function checkCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('check')
    .description(cliMessage(locale, 'cmdCheck'))
    .argument('<inputs...>', cliMessage(locale, 'argInputs'))
    .addOption(configOption(locale))
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .addOption(formatOption(['text', 'json', 'markdown'], cliMessage(locale, 'optCheckFormat'), locale))
    .addOption(inputFormatOption(locale))
    .action(async (inputs: string[], options: CheckOptions) => {
      ctx.exit(await check(inputs, options, ctx));
    });
}

async function check(inputs: readonly string[], options: CheckOptions, ctx: CliContext): Promise<number> {
  const { io, locale } = ctx;
  const now = options.now ?? io.today;
  stdinReadOnce(options.config, inputs, locale);
  const config = options.config === undefined ? undefined : await loadConfigOrFail(options.config, ctx);
  const { files, entries } = await collectFiles(inputs, io.cwd);
  if (files.length === 0 && entries.length === 1) {
    const p = entries[0] as InputProblem;
    throw new CliFailure(p.code, cliMessage(locale, 'at', { path: p.path, message: problemText(p, ctx) }));
  }

  // The progress bar and the Markdown report (which renders a template) are loaded only by the runs that use them.
  const bar =
    files.length > PROGRESS_THRESHOLD && io.stderr.isTTY === true
      ? new (await import('cli-progress')).default.SingleBar({
          stream: ctx.rawStderr as NodeJS.WritableStream,
          format: `${cliMessage(locale, 'progress')} {bar} {value}/{total} {file}`,
          hideCursor: true,
          clearOnComplete: true,
          barsize: 30,
          fps: 10,
        })
      : undefined;
  const checked: CheckedFile[] = [];
  const problems = new Set<string>();
  bar?.start(files.length, 0, { file: '' });
  try {
    for (const entry of entries) {
      if (typeof entry !== 'string') {
        problems.add(entry.path);
        checked.push({
          file: entry.path,
          issues: [{ code: entry.code, path: [], pointer: '', message: problemText(entry, ctx) }],
        });
        continue;
      }
      bar?.update({ file: showControls(inputName(entry, locale)) });
      checked.push(await checkFile(entry, now, config, options.inputFormat, ctx));
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }

  for (const entry of checked) {
    if ('report' in entry) continue;
    const prefix = ctx.err.red(ctx.err.bold(cliMessage(locale, 'error')));
    const name = inputName(entry.file, locale);
    if (problems.has(entry.file) || isReadFailure(entry.issues)) {
      line(
        io.stderr,
        `${prefix}${cliMessage(locale, 'at', { path: name, message: entry.issues[0]!.message })}`,
      );
    } else {
      for (const issue of entry.issues) line(io.stderr, formatIssue(name, issue));
      line(
        io.stderr,
        `${prefix}${cliMessage(locale, 'invalidCollaboration', { path: name, count: entry.issues.length })}`,
      );
    }
  }
  // One file named on the command line prints its bare report as JSON; anything else an array.
  const single = inputs.length === 1 && files.length === 1 && files[0] === inputs[0];
  if (options.format === 'json') writeJson(checked, single, ctx);
  else if (options.format === 'markdown') (await import('../report-markdown.js')).writeMarkdown(checked, ctx);
  else writeText(checked, ctx);

  if (checked.some((e) => 'issues' in e)) return EXIT.invalid;
  return checked.some((e) => 'report' in e && e.report.summary.error > 0) ? EXIT.findings : EXIT.ok;
}

async function checkFile(
  file: string,
  now: string,
  config: RulesConfig | undefined,
  format: InputFormat | undefined,
  ctx: CliContext,
): Promise<CheckedFile> {
  const loaded = await loadCollaborationFile(file, ctx, format);
  if (!loaded.success) return { file, issues: loaded.issues };
  const collaboration: Collaboration = loaded.data;
  const report: Report = await evaluateCollaboration(collaboration, now, config, ctx);
  return { file, collaboration, report, health: healthOrFail(collaboration, now, config, report, ctx) };
}

/** The health of an evaluated file; the inputs were validated before, so a rejection is a defect, said plainly. */
function healthOrFail(
  collaboration: Collaboration,
  now: string,
  config: RulesConfig | undefined,
  report: Report,
  ctx: CliContext,
) {
  try {
    return health(collaboration, { now, locale: ctx.locale, config, report });
  } catch (error) {
    if (error instanceof OutcomesError) throw new CliFailure('invalid_input', error.message);
    throw error;
  }
}

function problemText(p: InputProblem, ctx: CliContext): string {
  const { locale } = ctx;
  if (p.code === 'not_found') return cliMessage(locale, 'notFound');
  if (p.code === 'no_files') return cliMessage(locale, 'noFiles');
  return cliMessage(locale, 'unreadable', { detail: p.detail ?? '' });
}
