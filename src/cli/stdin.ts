import { fstatSync, readSync } from 'node:fs';
import type { Locale } from '../index.js';
import { CliFailure } from './failure.js';
import type { CliInput } from './io.js';
import { cliMessage } from './messages/catalogue.js';

/**
 * The argument that stands for stdin as an input and for stdout as an output (`-o -`), as in other Unix tools.
 *
 * @example `const fromStdin = (file: string) => file === STDIN;`
 */
export const STDIN = '-';

/**
 * How messages name an input: the path as given, or `<stdin>` for `-` (JSON output keeps `-`, the argument).
 *
 * @param file - The path as given, or `-`.
 * @param locale - The locale of the message.
 * @returns The name to show.
 * @example
 * ```ts
 * inputName('-', 'en'); // '<stdin>'
 * inputName('a.yaml', 'en'); // 'a.yaml'
 * ```
 */
export function inputName(file: string, locale: Locale): string {
  return file === STDIN ? cliMessage(locale, 'stdinName') : file;
}

/**
 * Wraps stdin so that it is read at most once, however many readers ask: stdin can be consumed only once, and
 * `check - -` names it twice.
 *
 * @param input - The stdin to read.
 * @returns A stdin whose every read returns the same text (or the same failure).
 * @example
 * ```ts
 * const stdin = readOnce({ read: async () => 'id: x\n' });
 * (await stdin.read()) === (await stdin.read()); // true, one read
 * ```
 */
export function readOnce(input: CliInput): CliInput {
  let text: Promise<string> | undefined;
  return {
    read: () => {
      text ??= input.read();
      return text;
    },
  };
}

/**
 * Reads a byte stream to its end as UTF-8 text: how `main.ts` reads `process.stdin`.
 *
 * @param stream - A readable stream (chunks of bytes or text).
 * @returns The text.
 * @example
 * ```ts
 * const stdin: CliInput = { read: () => readStream(process.stdin) };
 * ```
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads the process's stdin to its end: how `main.ts` fills `CliIo.stdin`. A stream over a directory
 * (`crossdept check - < plans/`) would end at once as if empty, so a directory is read directly first, for the
 * system to say what it is (`EISDIR`); a closed stdin fails with `EBADF` the same way.
 *
 * @param stdin - `process.stdin`.
 * @returns The text.
 * @example
 * ```ts
 * const io: Pick<CliIo, 'stdin'> = { stdin: { read: () => readStdin(process.stdin) } };
 * ```
 */
export async function readStdin(
  stdin: AsyncIterable<Uint8Array | string> & { readonly fd: number },
): Promise<string> {
  if (fstatSync(stdin.fd).isDirectory()) readSync(stdin.fd, Buffer.alloc(1));
  return readStream(stdin);
}

/**
 * Fails (exit code 2) when stdin is named both as the configuration and as an input: it can be read only once.
 *
 * @param config - The `--config` value, if any.
 * @param inputs - The inputs, `undefined` for one left out.
 * @param locale - The locale of the message.
 * @example
 * ```ts
 * stdinReadOnce('-', ['-'], 'en'); // throws a CliFailure
 * ```
 */
export function stdinReadOnce(
  config: string | undefined,
  inputs: readonly (string | undefined)[],
  locale: Locale,
): void {
  if (config === STDIN && inputs.includes(STDIN))
    throw new CliFailure('usage', cliMessage(locale, 'stdinTwice'));
}
