import { Command } from 'commander';
import type { Locale } from '../index.js';
import type { CliContext } from './context.js';
import { cliMessage } from './messages/catalogue.js';
import type { CliMessageCode } from './messages/codes.js';

/** Makes one command of the tree for a run. */
export type CommandMaker = (ctx: CliContext) => Command;

/** A command of `crossdept`: how to load it, and how the command list of help shows it without loading it. */
interface CommandEntry {
  readonly name: string;
  /** Its module's maker, read by `import()`. */
  readonly load: () => Promise<CommandMaker>;
  /** Its arguments, as it declares them (help lists them after the name). */
  readonly args: readonly string[];
  /** Whether it has options of its own (help then lists `[options]` after the name). */
  readonly options: boolean;
  /** Its one-line description, as the command sets it. */
  readonly describe: (locale: Locale) => Promise<string>;
}

const cli =
  (code: CliMessageCode) =>
  async (locale: Locale): Promise<string> =>
    cliMessage(locale, code);
const workbench =
  (code: 'cmdServe' | 'cmdDashboard') =>
  async (locale: Locale): Promise<string> =>
    (await import('./workbench/messages.js')).serveMessage(locale, code);

/**
 * Every command, in the order help lists them. A command's module (and what it imports: the document writer,
 * the calendar, the workbench server, ...) is read by `import()` only when a run names the command, so
 * `crossdept check` does not load what `render` or `serve` need; in the built executable each is a chunk of its
 * own (tsup.config.ts). tests/cli/help.test.ts holds the listing to what the commands declare.
 */
const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'check',
    load: async () => (await import('./commands/check.js')).checkCommand,
    args: ['<inputs...>'],
    options: true,
    describe: cli('cmdCheck'),
  },
  {
    name: 'summary',
    load: async () => (await import('./commands/summary.js')).summaryCommand,
    args: ['<file>'],
    options: true,
    describe: cli('cmdSummary'),
  },
  {
    name: 'diff',
    load: async () => (await import('./commands/diff.js')).diffCommand,
    args: ['<old>', '<new>'],
    options: true,
    describe: cli('cmdDiff'),
  },
  {
    name: 'render',
    load: async () => (await import('./commands/render.js')).renderCommand,
    args: ['<template>', '[file]'],
    options: true,
    describe: cli('cmdRender'),
  },
  {
    name: 'calendar',
    load: async () => (await import('./commands/calendar.js')).calendarCommand,
    args: ['<inputs...>'],
    options: true,
    describe: cli('cmdCalendar'),
  },
  {
    name: 'notify',
    load: async () => (await import('./commands/notify.js')).notifyCommand,
    args: ['<inputs...>'],
    options: true,
    describe: cli('cmdNotify'),
  },
  {
    name: 'init',
    load: async () => (await import('./commands/init.js')).initCommand,
    args: ['[file]'],
    options: true,
    describe: cli('cmdInit'),
  },
  {
    name: 'schema',
    load: async () => (await import('./commands/schema.js')).schemaCommand,
    args: ['<name>'],
    options: true,
    describe: cli('cmdSchema'),
  },
  {
    name: 'rules',
    load: async () => (await import('./commands/rules.js')).rulesCommand,
    args: [],
    options: false,
    describe: cli('cmdRules'),
  },
  {
    name: 'config',
    load: async () => (await import('./commands/config.js')).configCommand,
    args: [],
    options: false,
    describe: cli('cmdConfig'),
  },
  {
    name: 'serve',
    load: async () => (await import('./commands/serve.js')).serveCommand,
    args: ['[dir]'],
    options: true,
    describe: workbench('cmdServe'),
  },
  {
    name: 'dashboard',
    load: async () => (await import('./commands/dashboard.js')).dashboardCommand,
    args: ['<dir>'],
    options: true,
    describe: workbench('cmdDashboard'),
  },
  {
    name: 'test',
    load: async () => (await import('./commands/test.js')).testCommand,
    args: ['[paths...]'],
    options: true,
    describe: cli('cmdTest'),
  },
];

/**
 * The operands commander reads at the root of `argv`, the first of them the command it dispatches to (after
 * `help`, the command whose help it shows): arguments up to the first option other than `-V`/`--version` (an
 * unknown option, or help's, makes commander take everything after it as unknown, to be reported), and all that
 * follows `--`.
 */
function rootOperands(argv: readonly string[]): string[] {
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...operands, ...argv.slice(i + 1)];
    if (arg.length > 1 && arg.startsWith('-')) {
      if (arg === '-V' || arg === '--version') continue;
      break;
    }
    operands.push(arg);
  }
  return operands;
}

/** The command as the command list of help shows it: name, arguments, `[options]`, description; nothing more. */
async function listing(entry: CommandEntry, locale: Locale): Promise<CommandMaker> {
  const description = await entry.describe(locale);
  return () => {
    const command = new Command(entry.name).description(description);
    for (const arg of entry.args) command.argument(arg);
    // Never parsed: a run that names the command loads the command itself.
    if (entry.options) command.option('--options');
    return command;
  };
}

/**
 * The commands a run needs. A run that names a command (the first operand, or the one after `help`) gets that
 * command alone: commander dispatches to it (or shows its help) and no other command matters. Any other run
 * (help, no command, an unknown one) gets a listing of every command, enough for the command list of help and
 * for did-you-mean. `-V`/`--version` first prints the version as it is read, so such a run gets none.
 *
 * @param argv - The run's arguments.
 * @param locale - The run's locale.
 * @returns The makers, in the order help lists the commands.
 * @example
 * ```ts
 * const makers = await commandsFor(['check', 'a.yaml'], 'en'); // check alone
 * ```
 */
export async function commandsFor(argv: readonly string[], locale: Locale): Promise<CommandMaker[]> {
  const [first] = argv;
  if (first === '-V' || first === '--version') return [];
  const operands = rootOperands(argv);
  const named = COMMANDS.find((entry) => entry.name === (operands[0] === 'help' ? operands[1] : operands[0]));
  if (named !== undefined) return [await named.load()];
  return Promise.all(COMMANDS.map((entry) => listing(entry, locale)));
}
