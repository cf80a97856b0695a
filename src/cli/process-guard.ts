import type { Locale } from '../index.js';
import { describeThrown } from './failure.js';
import { reason } from './files.js';
import { EXIT } from './io.js';
import { cliMessage } from './messages/catalogue.js';
import { showControls } from './show-controls.js';

/** A stream of the process, as far as {@link guardProcess} uses it. */
interface ProcessStream {
  write(chunk: string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * What {@link guardProcess} needs of the process: `process` itself, or a fake in tests.
 *
 * @example `const proc: CliProcess = process;`
 */
export interface CliProcess {
  readonly stdout: ProcessStream;
  readonly stderr: ProcessStream;
  on(event: 'uncaughtException', listener: (error: unknown) => void): unknown;
  exit(code?: number): void;
  readonly exitCode?: number | string | null | undefined;
}

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null | undefined)?.code;

/**
 * Makes the process end with one line and exit code 2, never a stack trace, whatever fails outside `run`:
 *
 * - stdout or stderr closed by the reader (`EPIPE`, as `crossdept check … | head` does): stop quietly with the
 *   exit code so far;
 * - stdout failing otherwise (a full disk: `ENOSPC`): say so on stderr, exit 2;
 * - stderr failing otherwise: exit 2, there being nowhere left to say it;
 * - anything thrown and not caught: `error: internal error: … (please report this)`, exit 2.
 *
 * @param proc - The process.
 * @param m - Messages, in the locale the arguments or the environment ask for.
 * @example
 * ```ts
 * guardProcess(process, localeFromEnv(process.env));
 * ```
 */
export function guardProcess(proc: CliProcess, locale: Locale): void {
  const say = (text: string): void => {
    try {
      proc.stderr.write(showControls(`${cliMessage(locale, 'error')}${text}\n`));
    } catch {
      // stderr is gone too: the exit code says it.
    }
  };
  const stopped = (): void => proc.exit(Number(proc.exitCode ?? EXIT.ok) || EXIT.ok);
  proc.stdout.on('error', (error) => {
    if (codeOf(error) === 'EPIPE') return stopped();
    say(cliMessage(locale, 'outputFailed', { detail: reason(error) }));
    proc.exit(EXIT.invalid);
  });
  proc.stderr.on('error', (error) => {
    if (codeOf(error) === 'EPIPE') return stopped();
    proc.exit(EXIT.invalid);
  });
  proc.on('uncaughtException', (error) => {
    say(cliMessage(locale, 'internal', { detail: describeThrown(error) }));
    proc.exit(EXIT.invalid);
  });
}
