import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { didYouMean } from '../../issues/did-you-mean.js';
import type { Collaboration } from '../../model/types.js';
import type { Report } from '../../rules/report.js';
import {
  isTemplateName,
  safeRenderTemplate,
  TEMPLATE_NAMES,
  type TemplateFormat,
  type TemplateName,
} from '../../templates/index.js';
import type { CliContext } from '../context.js';
import { evaluateWithConfig } from '../evaluation.js';
import { CliFailure } from '../failure.js';
import type { InputFormat } from '../files.js';
import { readCollaborationOrFail } from '../load.js';
import { configOption, formatOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { line } from '../output.js';
import { STDIN, stdinReadOnce } from '../stdin.js';
import { writeTextFile } from '../write.js';

/** What `render` accepts besides its arguments. */
interface RenderOptions {
  readonly meeting?: string;
  readonly incident?: string;
  readonly format: TemplateFormat;
  readonly output?: string;
  readonly now?: string;
  readonly config?: string;
  readonly inputFormat?: InputFormat;
}

/**
 * `crossdept render <template> [file]`: renders one of the playbook's templates from a collaboration file (`-`
 * for stdin) as Markdown or HTML, to stdout or `-o` (`-o -` is stdout). Without a file it renders the blank
 * form. `minutes` needs `--meeting`, `emergency-plan` needs `--incident`; `findings` evaluates the rules first
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
  const { m } = ctx;
  return new Command('render')
    .description(m.cmdRender)
    .argument('<template>', `${m.argTemplate}: ${TEMPLATE_NAMES.join(', ')}`)
    .argument('[file]', m.argRenderFile)
    .addOption(new Option('--meeting <id>', m.optMeeting).conflicts('incident'))
    .addOption(new Option('--incident <id>', m.optIncident).conflicts('meeting'))
    .addOption(localeOption(m))
    .addOption(formatOption(['markdown', 'html'], m.optRenderFormat, m))
    .addOption(new Option('-o, --output <file>', m.optOutput))
    .addOption(nowOption(m))
    .addOption(configOption(m))
    .addOption(inputFormatOption(m))
    .action(async (template: string, file: string | undefined, options: RenderOptions, command: Command) => {
      const name = templateName(template, ctx);
      stdinReadOnce(options.config, [file], m);
      const output = options.output === STDIN ? undefined : options.output;
      // `-o kickoff.html` implies HTML unless --format says otherwise.
      const format: TemplateFormat =
        command.getOptionValueSource('format') === 'default' &&
        output !== undefined &&
        /^\.html?$/i.test(extname(output))
          ? 'html'
          : options.format;
      const text = await render(name, file, { ...options, format }, ctx);
      if (output === undefined) {
        ctx.io.stdout.write(text);
      } else {
        await writeTextFile(output, ctx.io.cwd, text, { overwrite: true }, m);
        line(ctx.io.stderr, m.wrote(output));
      }
      ctx.exit(0);
    });
}

function templateName(value: string, ctx: CliContext): TemplateName {
  if (isTemplateName(value)) return value;
  const { m } = ctx;
  throw new CliFailure(
    'unknown_template',
    m.suggest(m.unknownTemplate(value, TEMPLATE_NAMES), didYouMean(value, TEMPLATE_NAMES)),
  );
}

async function render(
  name: TemplateName,
  file: string | undefined,
  options: RenderOptions,
  ctx: CliContext,
): Promise<string> {
  const { m, locale } = ctx;
  if (options.meeting !== undefined && name !== 'minutes') {
    throw new CliFailure('usage', m.notApplicable('--meeting', name, 'minutes'));
  }
  if (options.incident !== undefined && name !== 'emergency-plan') {
    throw new CliFailure('usage', m.notApplicable('--incident', name, 'emergency-plan'));
  }
  let collaboration: Collaboration | null = null;
  let report: Report | undefined;
  if (file !== undefined) {
    collaboration = await readCollaborationOrFail(file, ctx, options.inputFormat);
    checkSubject(name, collaboration, options, ctx);
    if (name === 'findings') {
      report = await evaluateWithConfig(collaboration, options.now ?? ctx.io.today, options.config, ctx);
    }
  }
  const result = safeRenderTemplate(name, collaboration, {
    locale,
    format: options.format,
    ...(options.meeting !== undefined ? { meeting: options.meeting } : {}),
    ...(options.incident !== undefined ? { incident: options.incident } : {}),
    ...(report !== undefined ? { report } : {}),
  });
  if (!result.success) {
    throw new CliFailure(
      'render_failed',
      m.renderFailed(name, result.issues.map((i) => i.message).join('; ')),
    );
  }
  return result.data;
}

/** `minutes` needs a meeting of the file, `emergency-plan` an incident: say which ones exist. */
function checkSubject(name: TemplateName, c: Collaboration, options: RenderOptions, ctx: CliContext): void {
  const { m } = ctx;
  const check = (id: string | undefined, kind: 'meeting' | 'incident', ids: readonly string[]): void => {
    if (id === undefined) throw new CliFailure('usage', m.missingSubject(kind, name, ids));
    if (!ids.includes(id)) {
      const message = kind === 'meeting' ? m.unknownMeeting(id, ids) : m.unknownIncident(id, ids);
      throw new CliFailure('unknown_subject', m.suggest(message, didYouMean(id, ids)));
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
