import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { cliMessage } from '../messages/catalogue.js';
import { localeOption } from '../options.js';
import { line } from '../output.js';
import { starterCollaboration, starterRulesConfig, starterSuite } from '../starter.js';
import { STDIN } from '../stdin.js';
import { writeTextFile } from '../write.js';
import { writeSchemaNextTo } from './schema.js';

/**
 * The `$schema` reference for a file written in `directory`: the relative path to the schema of the nearest
 * `crossdept` installed as a local dependency, looking up from the directory; without one (a global install),
 * the schema's file name next to the file (`./collaboration.schema.json`), which `crossdept schema collaboration
 * --write` writes there. Either way the YAML language server resolves it.
 *
 * @param directory - The folder of the file being written (absolute).
 * @param file - The schema's file name in the package's `schemas/` (default `collaboration.schema.json`).
 * @returns `{ path, local }`: a relative path with forward slashes, starting with `./` or `../`, and whether it is
 *   the local dependency's.
 * @example
 * ```ts
 * schemaReference('/tmp/no-package-here'); // { path: './collaboration.schema.json', local: false }
 * ```
 */
export function schemaReference(
  directory: string,
  file = 'collaboration.schema.json',
): { readonly path: string; readonly local: boolean } {
  for (let dir = directory; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'crossdept', 'schemas', file);
    if (existsSync(candidate)) {
      const path = relative(directory, candidate).split(sep).join('/');
      return { path: path.startsWith('.') ? path : `./${path}`, local: true };
    }
    if (dirname(dir) === dir) break;
  }
  return { path: `./${file}`, local: false };
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
    .option('--tests', cliMessage(locale, 'optInitTests'))
    .action(async (given: string | undefined, options: { force?: boolean; tests?: boolean }) => {
      if (options.tests === true) {
        await writeStarterTests(ctx, options.force === true);
        return ctx.exit(0);
      }
      const file = given === STDIN ? undefined : given;
      const directory = file === undefined ? resolve(io.cwd) : dirname(resolve(io.cwd, file));
      if (file !== undefined && /\.json$/i.test(file))
        throw new CliFailure('usage', cliMessage(locale, 'initYamlOnly', { path: file }));
      const schema = schemaReference(directory);
      const text = starterCollaboration({ locale: ctx.locale, schema: schema.path, start: io.today });
      if (file === undefined) {
        io.stdout.write(text);
        if (!schema.local) line(io.stderr, cliMessage(locale, 'schemaNextToFile', { path: schema.path }));
      } else {
        await writeTextFile(file, io.cwd, text, { overwrite: options.force === true }, locale);
        line(io.stderr, cliMessage(locale, 'wrote', { path: file }));
        if (!schema.local) await writeSchemaNextTo(file, 'collaboration', ctx);
      }
      ctx.exit(0);
    });
}

/**
 * `crossdept init --tests`: writes into the working folder a starter PMO config (`pmo.yaml`), a starter
 * collaboration (`collaboration.yaml`) and a starter suite (`rules-tests/starter.test.yaml`) that tests the
 * config's custom rule both ways, so `crossdept test` there passes. It refuses to overwrite any of them (before
 * writing anything) unless `force`.
 *
 * @param ctx - The run's context.
 * @param force - Overwrite existing files.
 * @example
 * ```ts
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * await writeStarterTests(ctx, false);
 * ```
 */
export async function writeStarterTests(ctx: CliContext, force: boolean): Promise<void> {
  const { io, locale } = ctx;
  const cwd = resolve(io.cwd);
  const collaborationSchema = schemaReference(cwd);
  const configSchema = schemaReference(cwd, 'rules-config.schema.json');
  const files: [string, string][] = [
    ['pmo.yaml', starterRulesConfig(locale, configSchema.path)],
    [
      'collaboration.yaml',
      starterCollaboration({ locale, schema: collaborationSchema.path, start: io.today }),
    ],
    ['rules-tests/starter.test.yaml', starterSuite(locale, io.today)],
  ];
  if (!force) {
    for (const [file] of files) {
      if (existsSync(join(cwd, file)))
        throw new CliFailure('exists', cliMessage(locale, 'fileExists', { path: file }));
    }
  }
  for (const [file, text] of files) {
    await writeTextFile(file, io.cwd, text, { overwrite: force }, locale);
    line(io.stderr, cliMessage(locale, 'wrote', { path: file }));
  }
  if (!collaborationSchema.local) await writeSchemaNextTo('collaboration.yaml', 'collaboration', ctx);
  if (!configSchema.local) await writeSchemaNextTo('pmo.yaml', 'config', ctx);
  line(io.stderr, cliMessage(locale, 'initTestsDone'));
}
