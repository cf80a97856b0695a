import type { Locale } from '../i18n/locale.js';
import type { Collaboration, Problem } from '../model/types.js';
import { fields, heading, table } from './blocks.js';
import { templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

const byRaised = (a: Problem, b: Problem) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0);

/**
 * Builds the problem log (PMBOK's issue log): the open problems first (raised when and by whom, what they need,
 * who owns them, their status and linked conflict), then the resolved ones with their resolution, each oldest
 * first. The blank form has empty rows for both.
 *
 * @param c - The collaboration, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { problemLogDocument } from './problem-log.js';
 * import { renderMarkdownDocument } from './render/markdown.js';
 *
 * const blankForm = renderMarkdownDocument(problemLogDocument(null, 'zh-CN'));
 * ```
 */
export function problemLogDocument(c: Collaboration | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(c, locale);
  const problems = [...(c?.problems ?? [])];
  const open = problems.filter((p) => p.status !== 'resolved').sort(byRaised);
  const resolved = problems.filter((p) => p.status === 'resolved').sort(byRaised);
  const raised = (p: Problem) => `${p.raisedOn} ${ctx.person(p.raisedBy)}`;
  const conflict = (p: Problem) =>
    p.conflict === undefined ? '' : (c?.conflicts.find((k) => k.id === p.conflict)?.subject ?? p.conflict);
  return {
    locale,
    title: templateLabel(locale, 'problemLog.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        [
          'register.summary',
          c
            ? templateLabel(locale, 'problemLog.count', {
                count: open.length,
                value: String(resolved.length),
              })
            : '',
        ],
      ]),
      heading(2, templateLabel(locale, 'problemLog.open')),
      table(
        ctx,
        [
          'problemLog.id',
          'problemLog.raised',
          'problemLog.description',
          'problemLog.needs',
          'problemLog.owner',
          'problemLog.status',
          'problemLog.conflict',
        ],
        open.map((p) => [
          p.id,
          raised(p),
          p.description,
          p.needs ?? '',
          ctx.person(p.owner),
          templateLabel(locale, `problemStatus.${p.status}`),
          conflict(p),
        ]),
      ),
      heading(2, templateLabel(locale, 'problemLog.resolved')),
      table(
        ctx,
        [
          'problemLog.id',
          'problemLog.raised',
          'problemLog.description',
          'problemLog.owner',
          'problemLog.resolution',
          'problemLog.conflict',
        ],
        resolved.map((p) => [
          p.id,
          raised(p),
          p.description,
          ctx.person(p.owner),
          p.resolvedOn === undefined
            ? (p.resolution ?? '')
            : templateLabel(locale, 'aside', { main: p.resolution ?? '', note: p.resolvedOn }),
          conflict(p),
        ]),
      ),
    ],
  };
}
