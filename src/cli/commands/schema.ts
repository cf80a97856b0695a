import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { didYouMean } from '../../index.js';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { cliMessage } from '../messages/catalogue.js';
import { localeOption } from '../options.js';
import { line } from '../output.js';
import { SCHEMAS } from '../schemas.js';
import { writeTextFile } from '../write.js';

/**
 * `crossdept schema collaboration|config`: prints a JSON Schema on stdout, the same as the package ships in
 * `schemas/`.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
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
    .option('--write', cliMessage(locale, 'optSchemaWrite'))
    .action(async (name: string, options: { write?: boolean }) => {
      const schema = SCHEMAS.find((s) => s.name === name);
      if (!schema) {
        const names = SCHEMAS.map((s) => s.name);
        throw new CliFailure(
          'usage',
          cliMessage(locale, 'unknownSchema', { name, known: names, suggestion: didYouMean(name, names) }),
        );
      }
      if (options.write === true) {
        await writeTextFile(schema.file, io.cwd, schema.text(), { overwrite: true }, locale);
        line(io.stderr, cliMessage(locale, 'wrote', { path: schema.file }));
      } else io.stdout.write(schema.text());
      ctx.exit(0);
    });
}

/**
 * Writes a shipped schema next to a file (the same folder), unless one is there already: the schema a file's
 * `./<schema>.json` header names when crossdept is not a local dependency.
 *
 * @param file - The file the schema goes next to, as the user gave it.
 * @param name - The schema's name (`collaboration` or `config`).
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * await writeSchemaNextTo('plans/launch.yaml', 'collaboration', ctx); // writes plans/collaboration.schema.json
 * ```
 */
export async function writeSchemaNextTo(file: string, name: string, ctx: CliContext): Promise<void> {
  const schema = SCHEMAS.find((s) => s.name === name);
  if (schema === undefined) return;
  const target = join(dirname(file), schema.file);
  if (existsSync(resolve(ctx.io.cwd, target))) return;
  await writeTextFile(target, ctx.io.cwd, schema.text(), { overwrite: false }, ctx.locale);
  line(ctx.io.stderr, cliMessage(ctx.locale, 'wrote', { path: target }));
}
