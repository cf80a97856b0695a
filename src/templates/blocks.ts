import type { TemplateContext } from './context.js';
import type { Block, ChoiceSet, FieldsBlock, FieldValue, HeadingBlock } from './document.js';
import { templateLabel } from './labels/catalogue.js';
import type { TemplateLabelCode } from './labels/codes.js';

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
 * @param ctx - The template context (for the locale).
 * @param entries - `[label, value]` pairs: the label's code in the catalogue, and text or tick boxes.
 * @returns The block.
 * @example
 * ```ts
 * fields(templateContext(null, 'zh-CN'), [['leader', '']]);
 * ```
 */
export function fields(
  ctx: TemplateContext,
  entries: readonly (readonly [TemplateLabelCode, FieldValue])[],
): FieldsBlock {
  const { locale } = ctx;
  return {
    kind: 'fields',
    header: [templateLabel(locale, 'fieldHeader.field'), templateLabel(locale, 'fieldHeader.entry')],
    fields: entries.map(([label, value]) => ({ label: templateLabel(locale, label), value })),
  };
}

/**
 * A table. On a blank form (or when `blank` is set) it is its header over {@link BLANK_ROWS} empty rows; with
 * data but no rows, the word "none" (无 / None) rather than a header over nothing.
 *
 * @param ctx - The template context.
 * @param columns - The header: each column's code in the catalogue.
 * @param rows - The data rows.
 * @param blank - Whether to render the empty form; defaults to `ctx.blank`.
 * @returns The block.
 * @example
 * ```ts
 * table(templateContext(null, 'en'), ['kickoff.risk.risk', 'kickoff.risk.response'], []); // the header over three empty rows
 * ```
 */
export function table(
  ctx: TemplateContext,
  columns: readonly TemplateLabelCode[],
  rows: readonly (readonly string[])[],
  blank = ctx.blank,
): Block {
  const header = columns.map((code) => templateLabel(ctx.locale, code));
  if (blank) {
    const empty = header.map(() => '');
    return { kind: 'table', columns: header, rows: Array.from({ length: BLANK_ROWS }, () => empty) };
  }
  if (rows.length === 0) return { kind: 'paragraph', text: templateLabel(ctx.locale, 'none') };
  return { kind: 'table', columns: header, rows };
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
 * list(templateContext(null, 'en'), ['跨部门会议纪要模板'], false);
 * ```
 */
export function list(ctx: TemplateContext, items: readonly string[] | undefined, blank = ctx.blank): Block {
  if (blank) return { kind: 'list', ordered: false, items: Array.from({ length: BLANK_ROWS }, () => '') };
  if (!items || items.length === 0) return { kind: 'paragraph', text: templateLabel(ctx.locale, 'none') };
  return { kind: 'list', ordered: false, items };
}

/**
 * Tick boxes over every option in `all` (in that order), ticking those in `selected`; nothing is ticked on a
 * blank form.
 *
 * @param ctx - The template context.
 * @param all - Every option, e.g. `ChannelSchema.options`.
 * @param selected - The chosen options.
 * @param label - Each option's label, from the catalogue.
 * @param note - A filling hint after the boxes.
 * @returns The tick boxes.
 * @example
 * ```ts
 * const ctx = templateContext(null, 'zh-CN');
 * choices(ctx, ['online', 'in-person'] as const, ['online'], (c) => templateLabel('zh-CN', `channel.${c}`));
 * ```
 */
export function choices<T extends string>(
  ctx: TemplateContext,
  all: readonly T[],
  selected: readonly T[] | undefined,
  label: (value: T) => string,
  note?: string,
): ChoiceSet {
  const chosen = new Set<string>(ctx.blank ? [] : (selected ?? []));
  return {
    kind: 'choices',
    options: all.map((value) => ({ label: label(value), checked: chosen.has(value) })),
    ...(note === undefined ? {} : { note }),
  };
}
