import type { CliStream } from './io.js';
import { showControls } from './show-controls.js';

/**
 * Wraps a stream so that everything written to it goes through {@link showControls} first: the one place where
 * the command line's output, whatever its source (a name, a key, a file name, an argument, an error), is made
 * safe to show on a terminal. `isTTY` and `columns` are the stream's own, read when asked.
 *
 * @param stream - stdout or stderr as given to `run`.
 * @param keepStyles - Whether colour is on for this stream: the palette's colour sequences are then kept.
 * @returns The guarded stream.
 * @example
 * ```ts
 * guardStream(process.stdout, false).write('name\x1b[2J\n'); // prints name\u001b[2J
 * ```
 */
export function guardStream(stream: CliStream, keepStyles: boolean): CliStream {
  return {
    write: (chunk: string) => stream.write(showControls(chunk, keepStyles)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}
