import { extname } from 'node:path';
import { Command, Option } from 'commander';
import {
  type Collaboration,
  didYouMean,
  isTemplateName,
  type Report,
  safeRenderTemplate,
  TEMPLATE_NAMES,
  type TemplateFormat,
  type TemplateName,
} from '../../index.js';
import type { CliContext } from '../context.js';
import { evaluateWithConfig } from '../evaluation.js';
import { CliFailure } from '../failure.js';
import type { InputFormat } from '../files.js';
import { readCollaborationOrFail } from '../load.js';
import { cliMessage } from '../messages/catalogue.js';
import { configOption, formatOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { line } from '../output.js';
import { STDIN, stdinReadOnce } from '../stdin.js';
import { writeTextFile } from '../write.js';

/** What `render` accepts besides its arguments. */
interface RenderOptions {
  readonly meeting?: string;
  readonly incident?: string;
  readonly subject?: string;
  readonly format: TemplateFormat;
  readonly output?: string;
  readonly now?: string;
  readonly config?: string;
  readonly inputFormat?: InputFormat;
}

/**
 * `crossdept render <template> [file]`: renders one of the playbook's templates from a collaboration file (`-`
 * for stdin) as Markdown or HTML, to stdout or `-o` (`-o -` is stdout). Without a file it renders the blank
 * form. `minutes` needs `--meeting`, `emergency-plan` needs `--incident`, `escalation` needs `--subject`
 * (`milestone/<id>`, `conflict/<id>`, `incident/<id>`); `findings` and `escalation` evaluate the rules first
 * (`--now`, `--config`).
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(renderCommand(ctx));
 * ```
 */
export function renderCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('render')
    .description(cliMessage(locale, 'cmdRender'))
    .argument('<template>', `${cliMessage(locale, 'argTemplate')}: ${TEMPLATE_NAMES.join(', ')}`)
    .argument('[file]', cliMessage(locale, 'argRenderFile'))
    .addOption(new Option('--meeting <id>', cliMessage(locale, 'optMeeting')).conflicts('incident'))
    .addOption(new Option('--incident <id>', cliMessage(locale, 'optIncident')).conflicts('meeting'))
    .addOption(new Option('--subject <kind/id>', cliMessage(locale, 'optSubject')))
    .addOption(localeOption(locale))
    .addOption(formatOption(['markdown', 'html', 'docx'], cliMessage(locale, 'optRenderFormat'), locale))
    .addOption(new Option('-o, --output <file>', cliMessage(locale, 'optOutput')))
    .addOption(nowOption(locale))
    .addOption(configOption(locale))
    .addOption(inputFormatOption(locale))
    .action(async (template: string, file: string | undefined, options: RenderOptions, command: Command) => {
      const name = templateName(template, ctx);
      stdinReadOnce(options.config, [file], locale);
      const output = options.output === STDIN ? undefined : options.output;
      // `-o kickoff.html` implies HTML, `-o kickoff.docx` a Word document, unless --format says otherwise.
      const implied = output === undefined ? undefined : formatOfExtension(extname(output));
      const format: TemplateFormat =
        command.getOptionValueSource('format') === 'default' && implied !== undefined
          ? implied
          : options.format;
      // A Word document is bytes: it goes to a file, never to a terminal.
      if (format === 'docx' && output === undefined) {
        throw new CliFailure('usage', cliMessage(locale, 'docxNeedsOutput'));
      }
      const text = await render(name, file, { ...options, format }, ctx);
      if (output === undefined) {
        ctx.io.stdout.write(typeof text === 'string' ? text : '');
      } else {
        await writeTextFile(output, ctx.io.cwd, text, { overwrite: true }, locale);
        line(ctx.io.stderr, cliMessage(locale, 'wrote', { path: output }));
      }
      ctx.exit(0);
    });
}

/** The format an output file's extension names, if any. */
function formatOfExtension(extension: string): TemplateFormat | undefined {
  if (/^\.html?$/i.test(extension)) return 'html';
  if (/^\.docx$/i.test(extension)) return 'docx';
  if (/^\.(md|markdown)$/i.test(extension)) return 'markdown';
  return undefined;
}

function templateName(value: string, ctx: CliContext): TemplateName {
  if (isTemplateName(value)) return value;
  const { locale } = ctx;
  throw new CliFailure(
    'unknown_template',
    cliMessage(locale, 'unknownTemplate', {
      name: value,
      known: TEMPLATE_NAMES,
      suggestion: didYouMean(value, TEMPLATE_NAMES),
    }),
  );
}

async function render(
  name: TemplateName,
  file: string | undefined,
  options: RenderOptions,
  ctx: CliContext,
): Promise<string | Uint8Array> {
  const { locale } = ctx;
  if (options.meeting !== undefined && name !== 'minutes') {
    throw new CliFailure(
      'usage',
      cliMessage(locale, 'notApplicable', { flag: '--meeting', name, template: 'minutes' }),
    );
  }
  if (options.incident !== undefined && name !== 'emergency-plan') {
    throw new CliFailure(
      'usage',
      cliMessage(locale, 'notApplicable', { flag: '--incident', name, template: 'emergency-plan' }),
    );
  }
  if (options.subject !== undefined && name !== 'escalation') {
    throw new CliFailure(
      'usage',
      cliMessage(locale, 'notApplicable', { flag: '--subject', name, template: 'escalation' }),
    );
  }
  let collaboration: Collaboration | null = null;
  let report: Report | undefined;
  if (file !== undefined) {
    collaboration = await readCollaborationOrFail(file, ctx, options.inputFormat);
    checkSubject(name, collaboration, options, ctx);
    if (name === 'findings' || name === 'status-report' || name === 'escalation') {
      report = await evaluateWithConfig(collaboration, options.now ?? ctx.io.today, options.config, ctx);
    }
  }
  const result = safeRenderTemplate(name, collaboration, {
    locale,
    format: options.format,
    ...(options.meeting !== undefined ? { meeting: options.meeting } : {}),
    ...(options.incident !== undefined ? { incident: options.incident } : {}),
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(report !== undefined ? { report } : {}),
    // The open actions are seen from --now, else today.
    ...(name === 'open-actions' ? { now: options.now ?? ctx.io.today } : {}),
    ...(name === 'status-report' ? { now: options.now ?? ctx.io.today } : {}),
  });
  const subjectIssue = result.success
    ? undefined
    : result.issues.find((i) => i.code === 'missing_subject' || i.code === 'unknown_subject');
  if (subjectIssue !== undefined) {
    throw new CliFailure(
      subjectIssue.code === 'missing_subject' ? 'usage' : 'unknown_subject',
      subjectIssue.message,
    );
  }
  if (!result.success) {
    throw new CliFailure(
      'render_failed',
      cliMessage(locale, 'renderFailed', {
        template: name,
        detail: result.issues.map((i) => i.message).join('; '),
      }),
    );
  }
  return result.data;
}

/** `minutes` needs a meeting of the file, `emergency-plan` an incident: say which ones exist. */
function checkSubject(name: TemplateName, c: Collaboration, options: RenderOptions, ctx: CliContext): void {
  const { locale } = ctx;
  const check = (id: string | undefined, kind: 'meeting' | 'incident', ids: readonly string[]): void => {
    if (id === undefined) {
      const code = kind === 'meeting' ? 'missingMeeting' : 'missingIncident';
      throw new CliFailure('usage', cliMessage(locale, code, { template: name, known: ids }));
    }
    if (!ids.includes(id)) {
      const code = kind === 'meeting' ? 'unknownMeeting' : 'unknownIncident';
      const message = cliMessage(locale, code, { id, known: ids, suggestion: didYouMean(id, ids) });
      throw new CliFailure('unknown_subject', message);
    }
  };
  if (name === 'minutes')
    check(
      options.meeting,
      'meeting',
      c.meetings.map((x) => x.id),
    );
  if (name === 'emergency-plan')
    check(
      options.incident,
      'incident',
      c.incidents.map((x) => x.id),
    );
}
