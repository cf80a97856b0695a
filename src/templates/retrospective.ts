import type { Locale } from '../i18n/locale.js';
import type { Collaboration } from '../model/types.js';
import { attainmentOf } from '../outcomes/goal-attainment.js';
import type { MeasureAttainment } from '../outcomes/measure-progress.js';
import { fields, heading, list, table } from './blocks.js';
import { type TemplateContext, templateContext } from './context.js';
import type { Block, TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/** A percentage of an attainment: `64%`. */
export function percent(ctx: TemplateContext, share: number): string {
  return `${ctx.number(Math.round(share * 100))}%`;
}

/** A value with its unit: `3,200,000 CNY`. */
function amount(ctx: TemplateContext, value: number | undefined, unit: string | undefined): string {
  if (value === undefined) return '';
  return unit === undefined ? ctx.number(value) : `${ctx.number(value)} ${unit}`;
}

/** One row of the goal attainment table: metric, target, actual (with its date), attainment. */
export function attainmentRow(ctx: TemplateContext, m: MeasureAttainment): string[] {
  const actual =
    m.latest === undefined
      ? templateLabel(ctx.locale, 'retrospective.attainment.noActual')
      : ctx.locale === 'en'
        ? `${amount(ctx, m.latest, m.unit)} (${m.latestOn})`
        : `${amount(ctx, m.latest, m.unit)}（${m.latestOn}）`;
  return [
    m.metric,
    amount(ctx, m.target, m.unit),
    actual,
    m.attainment === undefined ? '—' : percent(ctx, m.attainment),
  ];
}

/**
 * Builds the retrospective report (跨部门协作复盘报告) of step 6: goal attainment (target, actual and attainment per
 * measure, so what was achieved stands next to what was promised), highlights, problems to improve, lessons,
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
  // Attainment does not depend on the date it is seen from; the retrospective's date serves.
  const attainment = c === null ? [] : attainmentOf(c, r?.heldOn ?? c.period.end, 0);
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
      heading(2, templateLabel(locale, 'retrospective.attainment')),
      table(
        ctx,
        [
          'retrospective.attainment.metric',
          'retrospective.attainment.target',
          'retrospective.attainment.actual',
          'retrospective.attainment.attainment',
        ],
        attainment.map((m) => attainmentRow(ctx, m)),
        c === null,
      ),
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
