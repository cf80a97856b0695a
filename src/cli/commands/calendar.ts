import { Command, Option } from 'commander';
import { calendarOf, IntegrationError } from '../../index.js';
import { readAndEvaluate } from '../collaborations.js';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import type { InputFormat } from '../files.js';
import { EXIT } from '../io.js';
import { cliMessage } from '../messages/catalogue.js';
import { configOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { line } from '../output.js';
import { STDIN, stdinReadOnce } from '../stdin.js';
import { writeTextFile } from '../write.js';

/** What `calendar` accepts besides its arguments. */
interface CalendarOptions {
  readonly output?: string;
  readonly now?: string;
  readonly config?: string;
  readonly inputFormat?: InputFormat;
}

const EVENT = /BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g;

/**
 * Several collaborations' calendars as one: the first one's header (without its name, which belongs to one
 * collaboration) and every event. UIDs name their collaboration, so none clash.
 */
function merge(calendars: readonly string[]): string {
  if (calendars.length === 1) return calendars[0]!;
  const first = calendars[0]!;
  const header = first
    .slice(
      0,
      first.indexOf('BEGIN:VEVENT') === -1 ? first.indexOf('END:VCALENDAR') : first.indexOf('BEGIN:VEVENT'),
    )
    .replace(/X-WR-CALNAME:.*\r\n(?: .*\r\n)*/, 'X-WR-CALNAME:crossdept\r\n');
  const events = calendars.flatMap((c) => c.match(EVENT) ?? []);
  return `${header}${events.join('')}END:VCALENDAR\r\n`;
}

/**
 * `crossdept calendar <inputs...> [-o plan.ics]`: the collaborations' milestones, meetings, open action items and
 * escalations (due and coming up at `--now`) as one iCalendar file to import or subscribe to; stdout without
 * `-o`. Importing a newer file updates the events of an older one.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(calendarCommand(ctx));
 * ```
 */
export function calendarCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('calendar')
    .description(cliMessage(locale, 'cmdCalendar'))
    .argument('<inputs...>', cliMessage(locale, 'argInputs'))
    .addOption(new Option('-o, --output <file>', cliMessage(locale, 'optOutput')))
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .addOption(configOption(locale))
    .addOption(inputFormatOption(locale))
    .action(async (inputs: string[], options: CalendarOptions) => {
      stdinReadOnce(options.config, inputs, locale);
      const now = options.now ?? ctx.io.today;
      const all = await readAndEvaluate(
        inputs,
        { now, config: options.config, inputFormat: options.inputFormat },
        ctx,
      );
      const calendars = all.map(({ collaboration, report }) => {
        try {
          return calendarOf(collaboration, { now, locale, report });
        } catch (error) {
          // The date and the collaboration were validated before: this is a defect, said plainly.
          if (error instanceof IntegrationError) throw new CliFailure('invalid_input', error.message);
          throw error;
        }
      });
      const text = merge(calendars);
      const output = options.output === STDIN ? undefined : options.output;
      // iCalendar lines end in CRLF, which the guarded stdout would show as text; calendarOf writes no other
      // control character. On a terminal the guarded stream shows it as text.
      if (output === undefined)
        (ctx.io.stdout.isTTY === true ? ctx.io.stdout : (ctx.rawStdout ?? ctx.io.stdout)).write(text);
      else {
        await writeTextFile(output, ctx.io.cwd, text, { overwrite: true }, locale);
        line(ctx.io.stderr, cliMessage(locale, 'wrote', { path: output }));
      }
      ctx.exit(EXIT.ok);
    });
}
