import { Command } from 'commander';
import { effectiveRules } from '../../index.js';
import type { CliContext } from '../context.js';
import { loadConfigOrFail } from '../evaluation.js';
import type { InputFormat } from '../files.js';
import { cliMessage } from '../messages/catalogue.js';
import { inputFormatOption, localeOption } from '../options.js';
import { line } from '../output.js';
import { inputName } from '../stdin.js';

/**
 * `crossdept config check <pmo.yaml|->`: validates a PMO rules configuration — its structure, the rule ids, params
 * and facts it names, its custom rules' conditions — and says how many rules are in effect. Exit code 0 when it
 * is valid, 2 with every issue (`file:line:column: /pointer message`) when not.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(configCommand(ctx));
 * ```
 */
export function configCommand(ctx: CliContext): Command {
  const { locale, io } = ctx;
  const config = new Command('config').description(cliMessage(locale, 'cmdConfig'));
  config
    .command('check')
    .description(cliMessage(locale, 'cmdConfigCheck'))
    .argument('<file>', cliMessage(locale, 'argConfigFile'))
    .addOption(localeOption(locale))
    .addOption(inputFormatOption(locale))
    .action(async (file: string, options: { inputFormat?: InputFormat }) => {
      const loaded = await loadConfigOrFail(file, ctx, options.inputFormat);
      const inEffect = effectiveRules(loaded).filter((r) => r.enabled).length;
      line(
        io.stdout,
        `${ctx.out.green('✔')} ${cliMessage(locale, 'configValid', { path: inputName(file, locale), count: inEffect })}`,
      );
      ctx.exit(0);
    });
  return config;
}
