import type { TemplateContext } from './context.js';
import type { Block, ChoiceSet, FieldsBlock, FieldValue, HeadingBlock } from './document.js';

/**
 * How many empty rows a blank form's table (or list) gets: room to write by hand.
 *
 * @example
 * ```ts
 * BLANK_ROWS; // 3
 * ```
 */
export const BLANK_ROWS = 3;

/**
 * A section heading.
 *
 * @param level - 2 for a section, 3 and 4 below it.
 * @param text - The heading.
 * @returns The block.
 * @example
 * ```ts
 * heading(2, '参与部门及职责');
 * ```
 */
export function heading(level: HeadingBlock['level'], text: string): HeadingBlock {
  return { kind: 'heading', level, text };
}

/**
 * Label/value form fields under the locale's field-table header.
 *
 * @param ctx - The template context (for the header).
 * @param entries - `[label, value]` pairs; a value is text or tick boxes.
 * @returns The block.
 * @example
 * ```ts
 * import { templateContext } from './context.js';
 *
 * fields(templateContext(null, 'zh-CN'), [['组长', '']]);
 * ```
 */
export function fields(
  ctx: TemplateContext,
  entries: readonly (readonly [string, FieldValue])[],
): FieldsBlock {
  return {
    kind: 'fields',
    header: ctx.labels.fieldHeader,
    fields: entries.map(([label, value]) => ({ label, value })),
  };
}

/**
 * A table. On a blank form (or when `blank` is set) it is its header over {@link BLANK_ROWS} empty rows; with
 * data but no rows, the word "none" (无 / None) rather than a header over nothing.
 *
 * @param ctx - The template context.
 * @param columns - The header.
 * @param rows - The data rows.
 * @param blank - Whether to render the empty form; defaults to `ctx.blank`.
 * @returns The block.
 * @example
 * ```ts
 * import { templateContext } from './context.js';
 *
 * table(templateContext(null, 'en'), ['Risk', 'Response'], []); // the header over three empty rows
 * ```
 */
export function table(
  ctx: TemplateContext,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  blank = ctx.blank,
): Block {
  if (blank) {
    const empty = columns.map(() => '');
    return { kind: 'table', columns, rows: Array.from({ length: BLANK_ROWS }, () => empty) };
  }
  if (rows.length === 0) return { kind: 'paragraph', text: ctx.labels.none };
  return { kind: 'table', columns, rows };
}

/**
 * A bulleted list. On a blank form, {@link BLANK_ROWS} empty items to write on; with data but no items, the word
 * "none".
 *
 * @param ctx - The template context.
 * @param items - The items.
 * @param blank - Whether to render the empty form; defaults to `ctx.blank`.
 * @returns The block.
 * @example
 * ```ts
 * import { templateContext } from './context.js';
 *
 * list(templateContext(null, 'en'), ['跨部门会议纪要模板'], false);
 * ```
 */
export function list(ctx: TemplateContext, items: readonly string[] | undefined, blank = ctx.blank): Block {
  if (blank) return { kind: 'list', ordered: false, items: Array.from({ length: BLANK_ROWS }, () => '') };
  if (!items || items.length === 0) return { kind: 'paragraph', text: ctx.labels.none };
  return { kind: 'list', ordered: false, items };
}

/**
 * Tick boxes over every option in `all` (in that order), ticking those in `selected`; nothing is ticked on a
 * blank form.
 *
 * @param ctx - The template context.
 * @param all - Every option, e.g. `ChannelSchema.options`.
 * @param selected - The chosen options.
 * @param label - Each option's label.
 * @param note - A filling hint after the boxes.
 * @returns The tick boxes.
 * @example
 * ```ts
 * import { templateContext } from './context.js';
 *
 * const ctx = templateContext(null, 'zh-CN');
 * choices(ctx, ['online', 'in-person'] as const, ['online'], { online: '线上', 'in-person': '线下' });
 * ```
 */
export function choices<T extends string>(
  ctx: TemplateContext,
  all: readonly T[],
  selected: readonly T[] | undefined,
  label: Readonly<Record<T, string>>,
  note?: string,
): ChoiceSet {
  const chosen = new Set<string>(ctx.blank ? [] : (selected ?? []));
  return {
    kind: 'choices',
    options: all.map((value) => ({ label: label[value], checked: chosen.has(value) })),
    ...(note === undefined ? {} : { note }),
  };
}
