import { Command } from 'commander';
import { health, OutcomesError, SummaryError, summarizeCollaboration } from '../../index.js';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import type { InputFormat } from '../files.js';
import { writeHealth } from '../health-output.js';
import { EXIT } from '../io.js';
import { readCollaborationOrFail } from '../load.js';
import { cliMessage } from '../messages/catalogue.js';
import { formatOption, inputFormatOption, localeOption, nowOption } from '../options.js';
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
 * the milestone forecast, and the health status with its reasons; as text or as JSON (the `CollaborationSummary`
 * the library's `summarizeCollaboration` returns, with the `health` the library's `health` returns). Exit code 0, or 2 when the file is missing, unreadable or invalid. A dependency cycle is reported in
 * the summary, not as a failure: `check` is the command that judges the file.
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
  const { locale } = ctx;
  return new Command('summary')
    .description(cliMessage(locale, 'cmdSummary'))
    .argument('<file>', cliMessage(locale, 'argFile'))
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .addOption(formatOption(['text', 'json'], cliMessage(locale, 'optSummaryFormat'), locale))
    .addOption(inputFormatOption(locale))
    .action(async (file: string, options: SummaryOptions) => {
      const collaboration = await readCollaborationOrFail(file, ctx, options.inputFormat);
      let summary: ReturnType<typeof summarizeCollaboration>;
      let status: ReturnType<typeof health>;
      try {
        const now = options.now ?? ctx.io.today;
        summary = summarizeCollaboration(collaboration, { now, locale: ctx.locale });
        status = health(collaboration, { now, locale: ctx.locale });
      } catch (error) {
        // The date and the collaboration are validated before: this is a defect, said plainly.
        if (error instanceof SummaryError || error instanceof OutcomesError) {
          throw new CliFailure('invalid_input', error.message);
        }
        throw error;
      }
      if (options.format === 'json') {
        ctx.io.stdout.write(`${JSON.stringify({ ...summary, health: status }, null, 2)}\n`);
      } else {
        writeSummaryText(summary, ctx);
        ctx.io.stdout.write('\n');
        writeHealth(status, ctx);
      }
      ctx.exit(EXIT.ok);
    });
}
