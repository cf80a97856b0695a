import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { cliMessage } from '../messages/catalogue.js';
import { localeOption } from '../options.js';
import { line } from '../output.js';
import { starterCollaboration } from '../starter.js';
import { STDIN } from '../stdin.js';
import { writeTextFile } from '../write.js';

/** Where the collaboration schema lives inside an installed package. */
const SCHEMA_IN_PACKAGE = ['node_modules', 'crossdept', 'schemas', 'collaboration.schema.json'];

/**
 * The `$schema` reference for a file written in `directory`: the relative path to the nearest installed
 * `crossdept` package's schema, looking up from the directory; when none is installed, the path to where
 * `npm install crossdept` in the working directory will put it.
 *
 * @param directory - The folder of the file being written (absolute).
 * @param cwd - The working directory.
 * @returns A relative path with forward slashes, starting with `./` or `../`.
 * @example
 * ```ts
 * schemaReference('/work/app', '/work/app'); // './node_modules/crossdept/schemas/collaboration.schema.json'
 * ```
 */
export function schemaReference(directory: string, cwd: string): string {
  let found: string | undefined;
  for (let dir = directory; ; dir = dirname(dir)) {
    const candidate = join(dir, ...SCHEMA_IN_PACKAGE);
    if (existsSync(candidate)) {
      found = candidate;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  const target = found ?? join(resolve(cwd), ...SCHEMA_IN_PACKAGE);
  const path = relative(directory, target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * `crossdept init [file] [--locale] [--force]`: writes a commented starter collaboration (to stdout without a
 * file, or with `-`). It starts on today and never overwrites a file unless `--force` is given.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(initCommand(ctx));
 * ```
 */
export function initCommand(ctx: CliContext): Command {
  const { locale, io } = ctx;
  return new Command('init')
    .description(cliMessage(locale, 'cmdInit'))
    .argument('[file]', cliMessage(locale, 'argInitFile'))
    .addOption(localeOption(locale))
    .option('--force', cliMessage(locale, 'optForce'))
    .action(async (given: string | undefined, options: { force?: boolean }) => {
      const file = given === STDIN ? undefined : given;
      const directory = file === undefined ? resolve(io.cwd) : dirname(resolve(io.cwd, file));
      if (file !== undefined && /\.json$/i.test(file))
        throw new CliFailure('usage', cliMessage(locale, 'initYamlOnly', { path: file }));
      const text = starterCollaboration({
        locale: ctx.locale,
        schema: schemaReference(directory, io.cwd),
        start: io.today,
      });
      if (file === undefined) {
        io.stdout.write(text);
      } else {
        await writeTextFile(file, io.cwd, text, { overwrite: options.force === true }, locale);
        line(io.stderr, cliMessage(locale, 'wrote', { path: file }));
      }
      ctx.exit(0);
    });
}
