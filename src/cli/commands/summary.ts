import { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { InputFormat } from '../files.js';
import { EXIT } from '../io.js';
import { readCollaborationOrFail } from '../load.js';
import { formatOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { summarize } from '../summary.js';
import { writeSummaryText } from '../summary-output.js';

/** What `summary` accepts besides its argument. */
interface SummaryOptions {
  readonly now?: string;
  readonly format: 'text' | 'json';
  readonly inputFormat?: InputFormat;
}

/**
 * `crossdept summary <file|->`: a collaboration on one screen, seen at `--now` (default today): name, scenario,
 * effective phase, period, goal, departments and roles, the team, the critical path with its planned finish and
 * the milestone forecast; as text or as JSON (a `CollaborationSummary`, see `../summary.ts`). Exit code 0, or 2 when the file
 * is missing, unreadable or invalid. A dependency cycle is reported in the summary, not as a failure: `check`
 * is the command that judges the file.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(summaryCommand(ctx));
 * ```
 */
export function summaryCommand(ctx: CliContext): Command {
  const { m } = ctx;
  return new Command('summary')
    .description(m.cmdSummary)
    .argument('<file>', m.argFile)
    .addOption(nowOption(m))
    .addOption(localeOption(m))
    .addOption(formatOption(['text', 'json'], m.optSummaryFormat, m))
    .addOption(inputFormatOption(m))
    .action(async (file: string, options: SummaryOptions) => {
      const collaboration = await readCollaborationOrFail(file, ctx, options.inputFormat);
      const summary = summarize(collaboration, options.now ?? ctx.io.today);
      if (options.format === 'json') ctx.io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else writeSummaryText(summary, ctx);
      ctx.exit(EXIT.ok);
    });
}
