// The options of the command line's tables, apart from the renderers: output.ts draws boxed tables and falls
// back to plain-table.ts, which must not import output.ts back.
import type picocolors from 'picocolors';

/**
 * The colour functions the command line uses (picocolors, or identity functions when colour is off).
 *
 * @example
 * ```ts
 * import picocolors from 'picocolors';
 *
 * const c: Colors = picocolors.createColors(false);
 * c.red('plain'); // 'plain'
 * ```
 */
export type Colors = ReturnType<typeof picocolors.createColors>;

/**
 * Options for `table` (in output.ts) and `plainTable`.
 *
 * @example
 * ```ts
 * import picocolors from 'picocolors';
 *
 * const options: TableOptions = { head: ['id'], colors: picocolors.createColors(false), compact: true };
 * ```
 */
export interface TableOptions {
  /** Column headings. */
  readonly head: readonly string[];
  /** The colours to style the headings with. */
  readonly colors: Colors;
  /** The terminal width: the last column wraps to fit it. Without it nothing wraps. */
  readonly width?: number | undefined;
  /** No rule between rows: for lists of short rows. */
  readonly compact?: boolean;
  /** Horizontal alignment per column (default left): numbers read best right-aligned. */
  readonly align?: readonly ('left' | 'center' | 'right')[];
}
