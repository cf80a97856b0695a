import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { didYouMean, type Locale } from '../index.js';
import { type CommandMaker, commandsFor } from './command-table.js';
import type { CliContext } from './context.js';
import { CliFailure, describeThrown } from './failure.js';
import { guardStream } from './guard-stream.js';
import { type CliIo, EXIT } from './io.js';
import { runLocale } from './locale.js';
import { cliMessage } from './messages/catalogue.js';
import type { HelpTitle } from './messages/codes.js';
import { colorsFor, line } from './output.js';
import { readOnce } from './stdin.js';

/**
 * Runs the command line on `argv` (the arguments after `crossdept`) and returns the exit code: 0 success (for
 * `check`: no error finding), 1 `check` found an error, 2 invalid arguments or input. It never throws and never
 * prints a stack trace; every message is in the requested locale. Everything it prints goes through
 * `showControls`, so no name, key, file name or argument can send a terminal a control sequence.
 *
 * @param argv - Arguments, e.g. `['check', 'a.yaml', '--now', '2026-11-26']`.
 * @param io - Streams, environment, working directory and today's date.
 * @returns The exit code.
 * @example
 * ```ts
 * const code = await run(['schema', 'collaboration'], {
 *   stdout: process.stdout, stderr: process.stderr, stdin: { read: async () => '' },
 *   env: process.env, cwd: process.cwd(), today: '2026-11-26',
 * });
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = runLocale(argv, io.env);
  let exitCode: number = EXIT.ok;
  const out = colorsFor(io.stdout, io.env);
  const err = colorsFor(io.stderr, io.env);
  const ctx: CliContext = {
    io: {
      ...io,
      stdout: guardStream(io.stdout, out.isColorSupported),
      stderr: guardStream(io.stderr, err.isColorSupported),
      stdin: readOnce(io.stdin),
    },
    rawStderr: io.stderr,
    rawStdout: io.stdout,
    locale,
    out,
    err,
    exit: (code) => {
      exitCode = code;
    },
  };
  try {
    const program = buildProgram(ctx, await commandsFor(argv, locale));
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    try {
      return fail(error, ctx);
    } catch {
      // stderr itself failed: nothing more can be said.
      return EXIT.invalid;
    }
  }
}

/**
 * The `crossdept` command tree, with help in the context's locale and commander's own errors turned into
 * {@link CliFailure}s.
 */
function buildProgram(ctx: CliContext, commands: readonly CommandMaker[]): Command {
  const { locale, io } = ctx;
  const program = new Command('crossdept')
    .description(cliMessage(locale, 'description'))
    .version(packageJson.version, '-V, --version', cliMessage(locale, 'versionOption'))
    .helpCommand('help [command]', cliMessage(locale, 'helpCommand'));
  for (const make of commands) program.addCommand(make(ctx));
  // Commands made with `new Command` do not inherit these settings: apply them to the whole tree.
  for (const command of commandTree(program)) {
    command
      .helpOption('-h, --help', cliMessage(locale, 'helpOption'))
      .configureHelp({ styleTitle: (title) => helpTitle(title, locale) })
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: () => {},
        getOutHelpWidth: () => io.stdout.columns ?? 100,
        getErrHelpWidth: () => io.stderr.columns ?? 100,
      })
      .exitOverride((error) => {
        throw translate(error, command, locale);
      });
  }
  return program;
}

/** commander's help titles, by the code of their words in the catalogue. */
const HELP_TITLES: Readonly<Record<string, HelpTitle>> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Commands:': 'commands',
  'Arguments:': 'arguments',
  'Global Options:': 'globalOptions',
};

/** A help title in the locale; a title commander adds later stays as it is. */
function helpTitle(title: string, locale: Locale): string {
  const code = Object.hasOwn(HELP_TITLES, title) ? HELP_TITLES[title] : undefined;
  return code === undefined ? title : cliMessage(locale, `help.${code}`);
}

function commandTree(command: Command): Command[] {
  return [command, ...command.commands.flatMap(commandTree)];
}

const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((x) => x[1]!);

/** Turns commander's English errors into localized {@link CliFailure}s, or passes help and version through. */
function translate(error: CommanderError, command: Command, locale: Locale): Error {
  const [first = '', second = ''] = quoted(error.message);
  const flagOf = (flags: string): string => flags.split(/[ ,|]+/).find((f) => f.startsWith('--')) ?? flags;
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.version':
      return error;
    case 'commander.help':
      // Help shown because no command was given is a usage error; asked-for help is not.
      return error.exitCode === 0 ? error : new CommanderError(EXIT.invalid, error.code, error.message);
    case 'commander.unknownCommand': {
      const names = command.commands.map((c) => c.name());
      const suggestion = didYouMean(first, names);
      return new CliFailure('usage', cliMessage(locale, 'unknownCommand', { name: first, suggestion }));
    }
    case 'commander.unknownOption': {
      const flags: string[] = [];
      for (let c: Command | null = command; c; c = c.parent) {
        for (const o of c.options) if (o.long) flags.push(o.long);
      }
      const suggestion = first.startsWith('--') ? didYouMean(first, flags) : undefined;
      return new CliFailure('usage', cliMessage(locale, 'unknownOption', { flag: first, suggestion }));
    }
    case 'commander.missingArgument':
      return new CliFailure('usage', cliMessage(locale, 'missingArgument', { name: first }));
    case 'commander.optionMissingArgument':
      return new CliFailure('usage', cliMessage(locale, 'optionMissingArgument', { flag: flagOf(first) }));
    case 'commander.conflictingOption': {
      const options = { flag: flagOf(first), other: flagOf(second) };
      return new CliFailure('usage', cliMessage(locale, 'conflictingOptions', options));
    }
    case 'commander.excessArguments': {
      const [expected = 0, received = 0] = [...error.message.matchAll(/(\d+)/g)].map((x) => Number(x[1]));
      return new CliFailure('usage', cliMessage(locale, 'excessArguments', { expected, received }));
    }
    default:
      return new CliFailure('usage', error.message.replace(/^error: /, ''));
  }
}

/** Prints a failure without a stack trace and returns its exit code. */
function fail(error: unknown, ctx: CliContext): number {
  const { io, locale, err } = ctx;
  const prefix = err.red(err.bold(cliMessage(locale, 'error')));
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof CliFailure) {
    for (const detail of error.details) line(io.stderr, detail);
    line(io.stderr, `${prefix}${error.message}`);
    return EXIT.invalid;
  }
  line(io.stderr, `${prefix}${cliMessage(locale, 'internal', { detail: describeThrown(error) })}`);
  return EXIT.invalid;
}
