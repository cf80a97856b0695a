import type { Locale } from '../i18n/locale.js';
import type { Collaboration } from '../model/types.js';
import { fields, heading, list, table } from './blocks.js';
import { templateContext } from './context.js';
import type { Block, TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/**
 * Builds the retrospective report (跨部门协作复盘报告) of step 6: highlights, problems to improve, lessons,
 * reusable practices, and recognitions of departments or people; the free-text summary when there is one. A
 * collaboration without a retrospective yet gets the form with its project fields filled and the rest blank.
 *
 * @param collaboration - The data, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { renderMarkdownDocument } from './render/markdown.js';
 * import { retrospectiveDocument } from './retrospective.js';
 *
 * const blankForm = renderMarkdownDocument(retrospectiveDocument(null, 'en'));
 * ```
 */
export function retrospectiveDocument(collaboration: Collaboration | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(collaboration, locale);
  const c = collaboration;
  const r = c?.retrospective;
  const blank = r === undefined;
  const recognitions = (r?.recognitions ?? []).map((x) => [ctx.party(x.who), x.for]);
  const summary: Block[] = r?.report
    ? [heading(2, templateLabel(locale, 'retrospective.report')), { kind: 'paragraph', text: r.report }]
    : [];
  return {
    locale,
    title: templateLabel(locale, 'retrospective.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        ['collaborationPeriod', ctx.period()],
        ['retrospective.heldOn', r?.heldOn ?? ''],
        ['leader', ctx.person(c?.team?.leader)],
      ]),
      heading(2, templateLabel(locale, 'retrospective.highlights')),
      list(ctx, r?.highlights, blank),
      heading(2, templateLabel(locale, 'retrospective.improvements')),
      list(ctx, r?.improvements, blank),
      heading(2, templateLabel(locale, 'retrospective.lessons')),
      list(ctx, r?.lessons, blank),
      heading(2, templateLabel(locale, 'retrospective.reusablePractices')),
      list(ctx, r?.reusablePractices, blank),
      heading(2, templateLabel(locale, 'retrospective.recognitions')),
      table(ctx, ['retrospective.recognition.who', 'retrospective.recognition.for'], recognitions, blank),
      ...summary,
    ],
  };
}
