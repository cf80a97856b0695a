import type { Locale } from '../i18n/locale.js';
import type { Collaboration, Decision } from '../model/types.js';
import { fields, table } from './blocks.js';
import { type TemplateContext, templateContext } from './context.js';
import type { TemplateDocument } from './document.js';
import { templateLabel } from './labels/catalogue.js';

/** Where a decision was taken, in words: the meeting's topic, the conflict's subject, the escalation level. */
function sourceText(ctx: TemplateContext, c: Collaboration, d: Decision): string {
  const source = d.source;
  if (source === undefined || typeof source !== 'object' || source === null) return '';
  const { locale } = ctx;
  if ('meeting' in source) {
    const m = c.meetings.find((x) => x.id === source.meeting);
    return templateLabel(locale, 'register.source.meeting', {
      name: m ? `${m.heldOn} ${m.topic}` : String(source.meeting),
    });
  }
  if ('conflict' in source) {
    const k = c.conflicts.find((x) => x.id === source.conflict);
    return templateLabel(locale, 'register.source.conflict', { name: k?.subject ?? String(source.conflict) });
  }
  const [kind = '', id = '', level = ''] = String(source.escalation).split('/');
  const name =
    kind === 'milestone'
      ? c.milestones.find((x) => x.id === id)?.name
      : kind === 'incident'
        ? c.incidents.find((x) => x.id === id)?.description
        : c.conflicts.find((x) => x.id === id)?.subject;
  const count = Number(level);
  const title = (c.escalationPath ?? []).find((l) => l.level === count)?.title;
  return templateLabel(locale, 'register.source.escalation', { name: name ?? id, count, title });
}

/**
 * Builds the decision log (DACI): each decision with its date, driver, approver, contributors, the people or
 * departments informed, the outcome and where it was taken, in date order. The blank form has empty rows.
 *
 * @param c - The collaboration, or `null` for the blank form.
 * @param locale - The output locale.
 * @returns The document.
 * @example
 * ```ts
 * import { decisionLogDocument } from './decision-log.js';
 * import { renderHtmlDocument } from './render/html.js';
 *
 * const blankForm = renderHtmlDocument(decisionLogDocument(null, 'en'));
 * ```
 */
export function decisionLogDocument(c: Collaboration | null, locale: Locale): TemplateDocument {
  const ctx = templateContext(c, locale);
  const separator = templateLabel(locale, 'listSeparator');
  const parties = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => ctx.party(id)).join(separator);
  const decisions = [...(c?.decisions ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const rows = decisions.map((d) => [
    d.on,
    d.title,
    ctx.person(d.driver),
    ctx.person(d.approver),
    parties(d.contributors),
    parties(d.informed),
    d.outcome,
    c === null ? '' : sourceText(ctx, c, d),
  ]);
  return {
    locale,
    title: templateLabel(locale, 'decisionLog.title'),
    ...(c ? { subject: c.name } : {}),
    blocks: [
      fields(ctx, [
        ['projectName', c?.name ?? ''],
        [
          'register.summary',
          c ? templateLabel(locale, 'decisionLog.count', { count: decisions.length }) : '',
        ],
      ]),
      table(
        ctx,
        [
          'register.decision.on',
          'register.decision.title',
          'register.decision.driver',
          'register.decision.approver',
          'register.decision.contributors',
          'register.decision.informed',
          'register.decision.outcome',
          'register.decision.source',
        ],
        rows,
      ),
    ],
  };
}
