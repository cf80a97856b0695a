import { Command } from 'commander';
import { didYouMean } from '../../index.js';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { cliMessage } from '../messages/catalogue.js';
import { localeOption } from '../options.js';
import { SCHEMAS } from '../schemas.js';

/**
 * `crossdept schema collaboration|config`: prints a JSON Schema on stdout, the same as the package ships in
 * `schemas/`.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(schemaCommand(ctx));
 * ```
 */
export function schemaCommand(ctx: CliContext): Command {
  const { locale, io } = ctx;
  return new Command('schema')
    .description(cliMessage(locale, 'cmdSchema'))
    .argument('<name>', cliMessage(locale, 'argSchema'))
    .addOption(localeOption(locale))
    .action((name: string) => {
      const schema = SCHEMAS.find((s) => s.name === name);
      if (!schema) {
        const names = SCHEMAS.map((s) => s.name);
        throw new CliFailure(
          'usage',
          cliMessage(locale, 'unknownSchema', { name, known: names, suggestion: didYouMean(name, names) }),
        );
      }
      io.stdout.write(schema.text());
      ctx.exit(0);
    });
}
