import type { Locale } from '../index.js';
import type { CliIo, CliStream } from './io.js';
import type { Colors } from './output.js';

/**
 * What every command gets: the process's streams and environment, the locale (from `--locale`, else the
 * environment; messages come from `cliMessage(locale, …)`), colours per stream, and where to put the exit code. `io.stdout` and
 * `io.stderr` show control characters instead of passing them to the terminal (see `guardStream`); `io.stdin`
 * is read at most once.
 *
 * @example `const say = (ctx: CliContext) => ctx.io.stdout.write(cliMessage(ctx.locale, 'noFindings'));`
 */
export interface CliContext {
  readonly io: CliIo;
  /**
   * stderr as given, unguarded: only for the progress bar, whose cursor control must reach the terminal. What it
   * shows of the input (a file name) goes through `showControls` first.
   */
  readonly rawStderr: CliStream;
  /**
   * stdout as given, unguarded: only for a file format whose line endings are part of it (iCalendar's CRLF), and
   * only with text whose other control characters the library has already removed.
   */
  readonly rawStdout?: CliStream;
  readonly locale: Locale;
  /** Colours for stdout. */
  readonly out: Colors;
  /** Colours for stderr. */
  readonly err: Colors;
  /** Sets the exit code of the run. */
  readonly exit: (code: number) => void;
}
