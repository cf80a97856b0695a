import type { Locale } from '../i18n/locale.js';
import type { Collaboration } from '../model/types.js';
import { fields, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * Builds the responsibility table (跨部门协作分工表) of step 3: per row the department, owner, duty,
 * deliverable and due date, relative due dates in words with their resolved date.
 *
 * @param collaboration - The data, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { renderMarkdownDocument } from './render/markdown.js';
 * import { responsibilitiesDocument } from './responsibilities.js';
 *
 * const blankForm = renderMarkdownDocument(responsibilitiesDocument(null, 'en'));
 * ```
 */
export function responsibilitiesDocument(
  collaboration: Collaboration | null,
  locale: Locale,
): TemplateDocument {
  const ctx = templateContext(collaboration, locale);
  const c = collaboration;
  const rows = (c?.responsibilities ?? []).map((r) => [
    ctx.department(r.department),
    ctx.person(r.owner),
    r.duty ?? '',
    r.deliverable ?? '',
    ctx.due(r.due),
  ]);
  return {
    locale,
    title: templateLabel(locale, 'responsibilities.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['collaborationPeriod', ctx.period()],
      ]),
      table(
        ctx,
        [
          'responsibilities.department',
          'responsibilities.owner',
          'responsibilities.duty',
          'responsibilities.deliverables',
          'responsibilities.due',
        ],
        rows,
      ),
    ],
  };
}
