import type { Locale } from '../i18n/locale.js';
import type { Collaboration } from '../model/types.js';
import { raciMatrixOf } from '../registers/raci-matrix.js';
import { fields, list } from './blocks.js';
import { templateContext } from './context.js';
import type { Block, TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * Builds the RACI matrix: departments across, responsibilities down, R/A/C/I in the cells, the legend, and the
 * problems `raciMatrix` finds (no A, several As for one duty, an A without decision authority). The blank form
 * has the departments of no collaboration: a responsibility column and three empty rows.
 *
 * @param c - The collaboration, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { raciDocument } from './raci.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(raciDocument(null, 'zh-CN'));
 * ```
 */
export function raciDocument(c: Collaboration | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(c, locale);
  const title = templateLabel(locale, 'raci.title');
  const legend: Block = { kind: 'paragraph', text: templateLabel(locale, 'raci.legend') };
  const responsibility = templateLabel(locale, 'raci.responsibility');
  if (c === null) {
    return {
      locale,
      title,
      blocks: [
        fields(ctx, [['projectName', '']]),
        legend,
        { kind: 'table', columns: [responsibility, '', '', ''], rows: [0, 1, 2].map(() => ['', '', '', '']) },
      ],
    };
  }
  const matrix = raciMatrixOf(c, locale);
  const rows = matrix.rows.map((row) => [
    row.duty === undefined || row.duty === ''
      ? ctx.department(row.department)
      : templateLabel(locale, 'aside', { main: row.duty, note: ctx.department(row.department) }),
    ...row.cells.map((cell) => cell.code),
  ]);
  const blocks: Block[] = [fields(ctx, [['projectName', c.name]]), legend];
  blocks.push(
    rows.length === 0
      ? { kind: 'paragraph', text: templateLabel(locale, 'none') }
      : {
          kind: 'table',
          columns: [responsibility, ...matrix.departments.map((id) => ctx.department(id))],
          rows,
        },
  );
  blocks.push({ kind: 'heading', level: 2, text: templateLabel(locale, 'raci.problems') });
  blocks.push(
    list(
      ctx,
      matrix.problems.map((p) => p.message),
    ),
  );
  return { locale, title, subject: c.name, blocks };
}
