import type { Locale } from '../i18n/locale.js';
import type { Due, MonthPart } from '../model/primitives.js';
import type { Collaboration, Department, Goal, Measure, Person } from '../model/types.js';
import { resolveDue } from '../schedule/due.js';
import { templateLabel } from './labels/catalogue.js';
import type { TemplateLabelCode } from './labels/codes.js';

/**
 * What every template needs besides its data: the locale (for `templateLabel`), and how to show ids, dates, periods,
 * numbers and the goal. Unknown ids show as the raw id; absent values as the empty string (a blank cell).
 *
 * @example
 * ```ts
 * const leader = (ctx: TemplateContext, id: string) => ctx.person(id); // '王磊（研发部经理）'
 * ```
 */
export interface TemplateContext {
  readonly locale: Locale;
  /** True for a blank form (no collaboration). */
  readonly blank: boolean;
  /** A department's name. */
  department(id: string | undefined): string;
  /** A person as `王磊（研发部经理）` / `王磊 (研发部经理)`. */
  person(id: string | undefined): string;
  /** The name of a person's department. */
  departmentOf(personId: string | undefined): string;
  /** A department's name, else a person's display name (risk owners and recognitions name either). */
  party(id: string | undefined): string;
  /** An ISO date as is; a relative due date in words with its resolved date: `第1个月末（2026-09-30）`. */
  due(due: Due | undefined): string;
  /** The collaboration period: `2026-09-01 至 2026-11-30`. */
  period(): string;
  /** The SMART goal: the statement, then one line per SMART field that is set. */
  goal(): string;
  /** A number with thousands separators (independent of the host's locale data). */
  number(value: number): string;
}

/**
 * Formats a number with `,` thousands separators, without `Intl` so the bytes never depend on the host.
 *
 * @param value - A number.
 * @returns The grouped number; non-finite values and exponent forms as `String(value)`.
 * @example
 * ```ts
 * formatNumber(5000000); // '5,000,000'
 * formatNumber(-1234.5); // '-1,234.5'
 * ```
 */
export function formatNumber(value: number): string {
  const plain = String(Math.abs(value));
  if (!Number.isFinite(value) || plain.includes('e')) return String(value);
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function isMonthDue(due: object): due is { readonly month: number; readonly part: MonthPart } {
  return 'month' in due && 'part' in due;
}

/**
 * Builds the formatting context of a template for a collaboration (or a blank form when `null`).
 *
 * @param collaboration - The data, or `null`.
 * @param locale - The output locale.
 * @returns The context.
 * @example
 * ```ts
 * const ctx = templateContext(null, 'en');
 * ctx.due({ month: 1, part: 'end' }); // 'end of month 1' (no period, so no date)
 * ```
 */
export function templateContext(collaboration: Collaboration | null, locale: Locale): TemplateContext {
  const departments = new Map<string, Department>();
  const people = new Map<string, Person>();
  // First occurrence wins, as in the source order, should ids repeat in unchecked data.
  for (const d of collaboration?.departments ?? []) if (!departments.has(d.id)) departments.set(d.id, d);
  for (const p of collaboration?.people ?? []) if (!people.has(p.id)) people.set(p.id, p);

  const department = (id: string | undefined): string =>
    id === undefined ? '' : (departments.get(id)?.name ?? id);
  const person = (id: string | undefined): string => {
    if (id === undefined) return '';
    const p = people.get(id);
    return p ? templateLabel(locale, 'person', { name: p.name, title: p.title }) : id;
  };
  const due = (value: Due | undefined): string => {
    if (value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value !== 'object' || value === null) return String(value);
    const words = isMonthDue(value)
      ? templateLabel(locale, 'monthPart', { month: value.month, part: value.part })
      : templateLabel(locale, 'dayOfPeriod', { days: value.days });
    if (collaboration === null) return words;
    return templateLabel(locale, 'aside', { main: words, note: resolveDue(value, collaboration.period) });
  };
  const measure = (m: Measure): string => {
    const target = m.target === undefined ? '' : ` ${formatNumber(m.target)}${m.unit ? ` ${m.unit}` : ''}`;
    const baseline =
      m.baseline === undefined
        ? ''
        : templateLabel(locale, 'smart.baseline', { value: formatNumber(m.baseline) });
    return `${m.metric}${target}${baseline}`;
  };
  const goal = (g: Goal | undefined): string => {
    if (!g) return '';
    const lines: string[] = [];
    if (g.statement) lines.push(g.statement);
    const part = (label: TemplateLabelCode, value: string | undefined) => {
      if (value)
        lines.push(templateLabel(locale, 'labelled', { label: templateLabel(locale, label), value }));
    };
    part('smart.specific', g.specific);
    part('smart.measurable', g.measures?.map(measure).join(templateLabel(locale, 'listSeparator')));
    part('smart.achievable', g.achievable);
    part('smart.relevant', g.relevant);
    part('smart.timeBound', g.deadline);
    return lines.join('\n');
  };

  return {
    locale,
    blank: collaboration === null,
    department,
    person,
    departmentOf: (id) => {
      const p = id === undefined ? undefined : people.get(id);
      return p ? department(p.department) : '';
    },
    party: (id) => (id !== undefined && departments.has(id) ? department(id) : person(id)),
    due,
    period: () => (collaboration ? templateLabel(locale, 'period', collaboration.period) : ''),
    goal: () => goal(collaboration?.goal),
    number: formatNumber,
  };
}
