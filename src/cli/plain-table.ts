import { displayWidth } from './display-width.js';
import { showControls } from './show-controls.js';
import type { TableOptions } from './table-options.js';

/** Between two columns. */
const GAP = '  ';

function pad(text: string, width: number, align: 'left' | 'center' | 'right'): string {
  const room = Math.max(0, width - displayWidth(text));
  if (align === 'right') return `${' '.repeat(room)}${text}`;
  if (align === 'center') {
    const left = Math.floor(room / 2);
    return `${' '.repeat(left)}${text}${' '.repeat(room - left)}`;
  }
  return `${text}${' '.repeat(room)}`;
}

/**
 * Lays rows out as plain columns: the headings, a rule under each, then one line per row, each column as wide as
 * its widest cell (in terminal columns, so CJK text lines up) and two spaces apart. Unlike a boxed cli-table3
 * table, whose layout takes time quadratic in the rows, this takes time linear in the text, so tens of thousands
 * of findings print in a moment. Nothing wraps; a cell's line breaks and tabs become spaces, so a row is always
 * one line; control characters are shown before measuring, as they will be printed.
 *
 * @param rows - The cells, as text (possibly coloured).
 * @param options - Headings, colours and alignment; `width` and `compact` do not apply.
 * @returns The lines, without a trailing newline.
 * @example
 * ```ts
 * import picocolors from 'picocolors';
 *
 * plainTable([['beta', '测试版']], { head: ['id', 'name'], colors: picocolors.createColors(false) });
 * // 'id    name\n────  ────\nbeta  测试版'
 * ```
 */
export function plainTable(rows: readonly (readonly string[])[], options: TableOptions): string {
  const { head, colors } = options;
  const keepStyles = colors.isColorSupported;
  const oneLine = (text: string): string => showControls(text, keepStyles).replace(/[\n\t]/g, ' ');
  const cells = rows.map((r) => head.map((_, i) => oneLine(r[i] ?? '')));
  const headings = head.map(oneLine);
  const widths = headings.map((h, i) => {
    let width = displayWidth(h);
    for (const r of cells) width = Math.max(width, displayWidth(r[i]!));
    return width;
  });
  const last = head.length - 1;
  const alignOf = (i: number) => options.align?.[i] ?? 'left';
  const layout = (r: readonly string[]): string =>
    r
      .map((text, i) => (i === last && alignOf(i) === 'left' ? text : pad(text, widths[i]!, alignOf(i))))
      .join(GAP)
      .trimEnd();
  const rule = widths.map((w, i) =>
    '─'.repeat(i === last && alignOf(i) === 'left' ? displayWidth(headings[i]!) : w),
  );
  return [layout(headings.map((h) => colors.bold(h))), layout(rule), ...cells.map(layout)].join('\n');
}
