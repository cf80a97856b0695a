import Table from 'cli-table3';
import picocolors from 'picocolors';
import type { CrossdeptIssue } from '../index.js';
import { displayWidth } from './display-width.js';
import type { CliIo, CliStream } from './io.js';
import { plainTable } from './plain-table.js';
import type { Colors, TableOptions } from './table-options.js';

export type { Colors, TableOptions } from './table-options.js';

/**
 * Whether to colour a stream: never when `NO_COLOR` is set to anything non-empty (no-color.org); always when
 * `FORCE_COLOR` is set to anything but `0`; otherwise only on a terminal.
 *
 * @param stream - The stream about to be written.
 * @param env - Environment variables.
 * @returns `true` to colour.
 * @example
 * ```ts
 * useColor({ write: () => true, isTTY: true }, { NO_COLOR: '1' }); // false
 * ```
 */
export function useColor(stream: CliStream, env: CliIo['env']): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * The colour functions for a stream.
 *
 * @param stream - The stream about to be written.
 * @param env - Environment variables.
 * @returns picocolors' functions, switched on or off by {@link useColor}.
 * @example
 * ```ts
 * colorsFor(process.stdout, process.env).red('x');
 * ```
 */
export function colorsFor(stream: CliStream, env: CliIo['env']): Colors {
  return picocolors.createColors(useColor(stream, env));
}

/**
 * Writes one line (a newline is added).
 *
 * @param stream - Where to write.
 * @param text - The line.
 * @example
 * ```ts
 * line(process.stdout, 'done');
 * ```
 */
export function line(stream: CliStream, text = ''): void {
  stream.write(`${text}\n`);
}

/**
 * The most rows {@link table} draws as a box. cli-table3 lays a table out in time quadratic in its rows (a check
 * of 30,000 milestones took minutes), so longer tables are laid out as plain aligned columns, in linear time.
 *
 * @example
 * ```ts
 * const rows = Array.from({ length: 500 }, (_, i) => [`m${i}`]);
 * rows.length > TABLE_ROW_LIMIT; // true: plain columns
 * ```
 */
export const TABLE_ROW_LIMIT = 200;

/**
 * Renders rows as a boxed table with cli-table3. When the terminal width is known, the last column (the
 * message) is given the room left and wraps at word boundaries. Past {@link TABLE_ROW_LIMIT} rows, it lays the
 * rows out as plain aligned columns instead (see `plainTable`): every row on one line, nothing wrapped.
 *
 * @param rows - The cells, as text.
 * @param options - Headings, colours, width.
 * @returns The table, without a trailing newline.
 * @example
 * ```ts
 * import picocolors from 'picocolors';
 *
 * table([['a', 'b']], { head: ['x', 'y'], colors: picocolors.createColors(false) });
 * ```
 */
export function table(rows: readonly (readonly string[])[], options: TableOptions): string {
  if (rows.length > TABLE_ROW_LIMIT) return plainTable(rows, options);
  const { head, colors, width } = options;
  const base = {
    head: head.map((h) => colors.bold(h)),
    style: { head: [], border: [], compact: options.compact === true },
    ...(options.align ? { colAligns: [...options.align] } : {}),
  };
  let colWidths: (number | null)[] | undefined;
  if (width !== undefined && width > 40 && head.length > 1) {
    const t = new Table(base);
    for (const r of rows) t.push([...r]);
    if (t.width > width) {
      // Measure the other columns as they are, and give the last one what remains (at least 20).
      const measure = new Table({ ...base, head: base.head.slice(0, -1) });
      for (const r of rows) measure.push(r.slice(0, -1));
      const rest = Math.max(20, width - measure.width - 1);
      colWidths = [...head.slice(0, -1).map(() => null), rest];
      // Still too wide (a long place name in an earlier column): wrap the widest earlier column as well.
      const excess = measure.width + 1 + rest - width;
      if (excess > 0) {
        const natural = head
          .slice(0, -1)
          .map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))) + 2);
        const widest = natural.indexOf(Math.max(...natural));
        const narrowed = Math.max(12, (natural[widest] ?? 12) - excess);
        colWidths = natural.map((n, i) => (i === widest ? narrowed : n)).concat(rest);
      }
    }
  }
  const t = new Table({
    ...base,
    ...(colWidths ? { colWidths, wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  for (const r of rows) t.push([...r]);
  return t.toString();
}

/**
 * Formats an input issue the way compilers do: `file:line:column: /pointer message` when the place in the text
 * is known, else `file: /pointer message`.
 *
 * @param file - The file as the user named it.
 * @param issue - The issue.
 * @returns One line.
 * @example
 * ```ts
 * formatIssue('a.yaml', { code: 'missing', path: ['name'], pointer: '/name', message: 'Required field "name" is missing', line: 1, column: 1 });
 * // 'a.yaml:1:1: /name Required field "name" is missing'
 * ```
 */
export function formatIssue(file: string, issue: CrossdeptIssue): string {
  const where = issue.line !== undefined ? `${file}:${issue.line}:${issue.column ?? 1}:` : `${file}:`;
  return issue.pointer ? `${where} ${issue.pointer} ${issue.message}` : `${where} ${issue.message}`;
}
