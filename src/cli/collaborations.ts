import type { Collaboration, Report } from '../index.js';
import type { CliContext } from './context.js';
import { evaluateCollaboration, loadConfigOrFail } from './evaluation.js';
import { CliFailure } from './failure.js';
import { collectFiles, type InputFormat, type InputProblem } from './files.js';
import { readCollaborationOrFail } from './load.js';
import { cliMessage } from './messages/catalogue.js';

/** One collaboration file, read and evaluated. @example `declare const e: Evaluated; e.report.summary.error;` */
export interface Evaluated {
  readonly file: string;
  readonly collaboration: Collaboration;
  readonly report: Report;
}

/**
 * Reads every collaboration of file and directory arguments (a directory: every .yaml/.yml/.json under it) and
 * evaluates each at `now` with the configuration, for the commands that export or send them (`calendar`,
 * `notify`). A missing argument, an empty directory or an invalid file fails the run (exit 2) with its message.
 *
 * @param inputs - Files and directories.
 * @param options - The date, the configuration file and the input format.
 * @param ctx - The run's context.
 * @returns The collaborations, in a stable order.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * const all = await readAndEvaluate(['plans'], { now: '2026-11-26' }, ctx);
 * ```
 */
export async function readAndEvaluate(
  inputs: readonly string[],
  options: {
    readonly now: string;
    readonly config?: string | undefined;
    readonly inputFormat?: InputFormat | undefined;
  },
  ctx: CliContext,
): Promise<Evaluated[]> {
  const { io, locale } = ctx;
  const config = options.config === undefined ? undefined : await loadConfigOrFail(options.config, ctx);
  const { entries } = await collectFiles(inputs, io.cwd);
  const out: Evaluated[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      const p: InputProblem = entry;
      const message =
        p.code === 'not_found'
          ? cliMessage(locale, 'notFound')
          : p.code === 'no_files'
            ? cliMessage(locale, 'noFiles')
            : cliMessage(locale, 'unreadable', { detail: p.detail ?? '' });
      throw new CliFailure(p.code, cliMessage(locale, 'at', { path: p.path, message }));
    }
    const collaboration = await readCollaborationOrFail(entry, ctx, options.inputFormat);
    const report = await evaluateCollaboration(collaboration, options.now, config, ctx);
    out.push({ file: entry, collaboration, report });
  }
  return out;
}
