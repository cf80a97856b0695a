import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showValue } from '../i18n/show.js';
import { defineCatalogue, type SuggestionParams } from '../issues/catalogue.js';
import type { Collaboration } from '../model/types.js';
import { fromDayNumber } from '../schedule/day.js';
import { factsForScope } from './facts/catalog.js';
import type { ConditionExplanation, Finding, RuleScope } from './report.js';
import { RULE_SCOPES } from './subjects.js';

/**
 * A finding in a PMO's words: where it is (the subject's place, `里程碑「产品上市」`, with the field when the
 * finding points inside it) and why it fired, one sentence per condition built from the fact catalog, day facts
 * as ISO dates.
 *
 * @example
 * ```ts
 * import type { FindingDescription } from 'crossdept';
 *
 * const d: FindingDescription = {
 *   place: 'Milestone “产品上市”',
 *   why: ['Its status: in-progress', 'The resolved due date 2026-11-30, before the evaluation date 2026-12-10'],
 * };
 * ```
 */
export interface FindingDescription {
  readonly place: string;
  readonly why: readonly string[];
}

/**
 * Options of {@link describeFinding}.
 *
 * @example
 * ```ts
 * import type { DescribeFindingOptions } from 'crossdept';
 *
 * const options: DescribeFindingOptions = { locale: 'en' };
 * ```
 */
export interface DescribeFindingOptions {
  /** The locale of the sentences: `zh-CN` (the default; also for anything that is not a locale) or `en`. */
  readonly locale?: Locale;
}

type Code =
  | 'scope.collaboration'
  | 'scope.department'
  | 'scope.person'
  | 'scope.responsibility'
  | 'scope.milestone'
  | 'scope.risk'
  | 'scope.meeting'
  | 'scope.undone-item'
  | 'scope.action'
  | 'scope.conflict'
  | 'scope.incident'
  | 'scope.problem'
  | 'scope.decision'
  | 'scope.measure'
  | 'scope.scope-change'
  | 'scope.escalation'
  | 'named'
  | 'row'
  | 'minutesItem'
  | 'field'
  | 'yes'
  | 'no'
  | 'absent'
  | 'separator'
  | 'plain'
  | 'before'
  | 'onOrBefore'
  | 'after'
  | 'onOrAfter'
  | 'lessThan'
  | 'atMost'
  | 'moreThan'
  | 'atLeast'
  | 'notEqual'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain'
  | 'other'
  | 'negated'
  | 'notMet';

interface Params extends SuggestionParams {
  readonly label?: string;
  readonly name?: string;
  readonly row?: number;
  readonly meeting?: string;
  readonly place?: string;
  readonly field?: string;
  readonly subject?: string;
  readonly actual?: string;
  readonly other?: string;
  readonly value?: string;
  readonly operator?: string;
  readonly text?: string;
}

const words = defineCatalogue<Code, Params>({
  'zh-CN': {
    'scope.collaboration': () => '协作',
    'scope.department': () => '部门',
    'scope.person': () => '人员',
    'scope.responsibility': () => '职责表',
    'scope.milestone': () => '里程碑',
    'scope.risk': () => '风险',
    'scope.meeting': () => '会议',
    'scope.undone-item': () => '未完成事项',
    'scope.action': () => '行动项',
    'scope.conflict': () => '冲突',
    'scope.incident': () => '突发事件',
    'scope.problem': () => '问题',
    'scope.decision': () => '决策',
    'scope.measure': () => '衡量指标',
    'scope.scope-change': () => '范围变更',
    'scope.escalation': () => '升级',
    named: (p) => `${p.label}「${p.name}」`,
    row: (p) => `职责表第 ${p.row} 行（${p.name}）`,
    minutesItem: (p) => `会议「${p.meeting}」的${p.label}「${p.name}」`,
    field: (p) => `${p.place}的字段 ${p.field}`,
    yes: () => '是',
    no: () => '否',
    absent: () => '无',
    separator: () => '、',
    plain: (p) => `${p.subject}：${p.actual}`,
    before: (p) => `${p.subject} ${p.actual}，早于${p.other} ${p.value}`,
    onOrBefore: (p) => `${p.subject} ${p.actual}，不晚于${p.other} ${p.value}`,
    after: (p) => `${p.subject} ${p.actual}，晚于${p.other} ${p.value}`,
    onOrAfter: (p) => `${p.subject} ${p.actual}，不早于${p.other} ${p.value}`,
    lessThan: (p) => `${p.subject}：${p.actual}，少于${p.other}${p.value}`,
    atMost: (p) => `${p.subject}：${p.actual}，不超过${p.other}${p.value}`,
    moreThan: (p) => `${p.subject}：${p.actual}，超过${p.other}${p.value}`,
    atLeast: (p) => `${p.subject}：${p.actual}，达到${p.other}${p.value}`,
    notEqual: (p) => `${p.subject}：${p.actual}，不是${p.other}${p.value}`,
    in: (p) => `${p.subject}：${p.actual}，属于 ${p.value}`,
    notIn: (p) => `${p.subject}：${p.actual}，不属于 ${p.value}`,
    contains: (p) => `${p.subject}：${p.actual}，包含 ${p.value}`,
    doesNotContain: (p) => `${p.subject}：${p.actual}，不包含 ${p.value}`,
    other: (p) => `${p.subject}：${p.actual}（${p.operator} ${p.other}${p.value}）`,
    negated: (p) => `并非如此：${p.text}`,
    notMet: (p) => `${p.text}（不成立）`,
  },
  en: {
    'scope.collaboration': () => 'Collaboration',
    'scope.department': () => 'Department',
    'scope.person': () => 'Person',
    'scope.responsibility': () => 'Responsibility table',
    'scope.milestone': () => 'Milestone',
    'scope.risk': () => 'Risk',
    'scope.meeting': () => 'Meeting',
    'scope.undone-item': () => 'undone item',
    'scope.action': () => 'action',
    'scope.conflict': () => 'Conflict',
    'scope.incident': () => 'Incident',
    'scope.problem': () => 'Problem',
    'scope.decision': () => 'Decision',
    'scope.measure': () => 'Measure',
    'scope.scope-change': () => 'Scope change',
    'scope.escalation': () => 'Escalation',
    named: (p) => `${p.label} “${p.name}”`,
    row: (p) => `Row ${p.row} of the responsibility table (${p.name})`,
    minutesItem: (p) => `The ${p.label} “${p.name}” of meeting “${p.meeting}”`,
    field: (p) => `${p.place}, field ${p.field}`,
    yes: () => 'yes',
    no: () => 'no',
    absent: () => 'none',
    separator: () => ', ',
    plain: (p) => `${p.subject}: ${p.actual}`,
    before: (p) => `${p.subject} ${p.actual}, before ${p.other} ${p.value}`,
    onOrBefore: (p) => `${p.subject} ${p.actual}, on or before ${p.other} ${p.value}`,
    after: (p) => `${p.subject} ${p.actual}, after ${p.other} ${p.value}`,
    onOrAfter: (p) => `${p.subject} ${p.actual}, on or after ${p.other} ${p.value}`,
    lessThan: (p) => `${p.subject}: ${p.actual}, less than ${p.other}${p.value}`,
    atMost: (p) => `${p.subject}: ${p.actual}, at most ${p.other}${p.value}`,
    moreThan: (p) => `${p.subject}: ${p.actual}, more than ${p.other}${p.value}`,
    atLeast: (p) => `${p.subject}: ${p.actual}, at least ${p.other}${p.value}`,
    notEqual: (p) => `${p.subject}: ${p.actual}, not ${p.other}${p.value}`,
    in: (p) => `${p.subject}: ${p.actual}, one of ${p.value}`,
    notIn: (p) => `${p.subject}: ${p.actual}, not one of ${p.value}`,
    contains: (p) => `${p.subject}: ${p.actual}, which contains ${p.value}`,
    doesNotContain: (p) => `${p.subject}: ${p.actual}, which does not contain ${p.value}`,
    other: (p) => `${p.subject}: ${p.actual} (${p.operator} ${p.other}${p.value})`,
    negated: (p) => `Not so: ${p.text}`,
    notMet: (p) => `${p.text} (not met)`,
  },
});

const MAX_VALUE = 200;

function isScope(value: unknown): value is RuleScope {
  return (RULE_SCOPES as readonly unknown[]).includes(value);
}

/** A fact's description without its parenthetical notes on form (`(day number; …)`), first letter lowered. */
function factLabel(scope: RuleScope | undefined, fact: string, locale: Locale, inner: boolean): string {
  const found = scope === undefined ? undefined : factsForScope(scope).get(fact);
  if (found === undefined) return fact;
  const text = found.description[locale].replace(/\s*[（(][^）)]*[）)]\s*$/u, '').trim() || fact;
  return inner && locale === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Whether a fact holds a date as a day number: by the catalog's convention, its name ends in `Day`. */
function isDateFact(fact: string): boolean {
  return /Day$/.test(fact);
}

function show(value: unknown, asDate: boolean, locale: Locale): string {
  if (value === undefined || value === null) return words(locale, 'absent');
  if (asDate && typeof value === 'number' && Number.isInteger(value)) {
    const date = fromDayNumber(value);
    if (date !== 'Invalid Date') return date;
  }
  if (typeof value === 'boolean') return words(locale, value ? 'yes' : 'no');
  if (Array.isArray(value)) {
    if (value.length === 0) return words(locale, 'absent');
    return value.map((v) => show(v, asDate, locale)).join(words(locale, 'separator'));
  }
  const text = typeof value === 'string' ? value : showValue(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const DATE_WORDS: Partial<Record<string, Code>> = {
  lessThan: 'before',
  lessThanInclusive: 'onOrBefore',
  greaterThan: 'after',
  greaterThanInclusive: 'onOrAfter',
};
const NUMBER_WORDS: Partial<Record<string, Code>> = {
  lessThan: 'lessThan',
  lessThanInclusive: 'atMost',
  greaterThan: 'moreThan',
  greaterThanInclusive: 'atLeast',
  notEqual: 'notEqual',
  in: 'in',
  notIn: 'notIn',
  contains: 'contains',
  doesNotContain: 'doesNotContain',
};

/**
 * One condition as a sentence a PMO reads: the fact's description from the catalog, its value (a date for day
 * facts), and the comparison in words.
 */
function sentence(c: ConditionExplanation, scope: RuleScope | undefined, locale: Locale): string {
  const fact = String(c.fact);
  const path = typeof c.path === 'string' && c.path !== '' ? c.path.replace(/^\$/, '') : '';
  const subject = `${factLabel(scope, fact, locale, false)}${path}`;
  const date = isDateFact(fact);
  const actual = show(c.actual, date, locale);
  const expected = c.expected as unknown;
  const reference =
    typeof expected === 'object' &&
    expected !== null &&
    typeof (expected as { fact?: unknown }).fact === 'string'
      ? (expected as { fact: string }).fact
      : undefined;
  const other = reference === undefined ? '' : `${factLabel(scope, reference, locale, true)} `;
  const value =
    reference === undefined
      ? show(expected, date, locale)
      : show((c as { valueResult?: unknown }).valueResult, isDateFact(reference), locale);
  const operator = String(c.operator);
  let text: string;
  if (operator === 'equal') text = words(locale, 'plain', { subject, actual });
  else {
    const code = (date ? DATE_WORDS[operator] : undefined) ?? NUMBER_WORDS[operator];
    text =
      code === undefined
        ? words(locale, 'other', { subject, actual, operator, other, value })
        : words(locale, code, {
            subject,
            actual,
            // Dates compared with a fact read "before the evaluation date 2026-12-10"; numbers with a threshold
            // read "more than 2".
            other: date ? other.trim() || words(locale, 'absent') : other,
            value,
          });
  }
  if (c.negated === true) text = words(locale, 'negated', { text });
  if (c.result !== true) text = words(locale, 'notMet', { text });
  return typeof c.evidence === 'string' && c.evidence !== '' ? `${text} ${c.evidence}` : text;
}

/** The subject of a finding by name, in its place: `里程碑「产品上市」`, `会议「…」的行动项「…」`. */
function placeOf(c: Collaboration, scope: RuleScope, subjectId: string | undefined, locale: Locale): string {
  const label = words(locale, `scope.${scope}`);
  const byId = <T extends { readonly id: string }>(
    list: readonly T[] | undefined,
    name: (e: T) => string,
  ) => {
    const found = subjectId === undefined ? undefined : list?.find((e) => e.id === subjectId);
    return words(locale, 'named', { label, name: found ? name(found) : (subjectId ?? '') });
  };
  switch (scope) {
    case 'collaboration':
      return words(locale, 'named', { label, name: c.name });
    case 'department':
      return byId(c.departments, (d) => d.name);
    case 'person':
      return byId(c.people, (p) => p.name);
    case 'milestone':
      return byId(c.milestones, (m) => m.name);
    case 'risk':
      return byId(c.risks, (r) => r.description);
    case 'meeting':
      return byId(c.meetings, (m) => m.topic);
    case 'conflict':
      return byId(c.conflicts, (k) => k.subject);
    case 'incident':
      return byId(c.incidents, (i) => i.description);
    case 'problem':
      return byId(c.problems, (p) => p.description);
    case 'decision':
      return byId(c.decisions, (d) => d.title);
    case 'measure':
    case 'scope-change':
      // A measure is named by its metric and a scope change by its item: the subject id is already the name.
      return words(locale, 'named', { label, name: subjectId ?? '' });
    case 'escalation': {
      // `<kind>/<id>/<level>`: the escalated subject by its name, then the level.
      const [kind, id, level] = (subjectId ?? '').split('/');
      const list: readonly { readonly id: string }[] | undefined =
        kind === 'milestone'
          ? c.milestones
          : kind === 'conflict'
            ? c.conflicts
            : kind === 'incident'
              ? c.incidents
              : undefined;
      const entity = list?.find((e) => e.id === id) as
        | { readonly name?: string; readonly subject?: string; readonly description?: string }
        | undefined;
      const name = entity?.name ?? entity?.subject ?? entity?.description ?? id ?? '';
      return words(locale, 'named', { label, name: level === undefined ? name : `${name} / ${level}` });
    }
    case 'responsibility': {
      const index = Number(subjectId?.split('/')[1]);
      const row = Number.isInteger(index) ? c.responsibilities?.[index] : undefined;
      if (row === undefined) return words(locale, 'named', { label, name: subjectId ?? '' });
      const department = c.departments?.find((d) => d.id === row.department)?.name ?? row.department;
      return words(locale, 'row', { row: index + 1, name: department });
    }
    case 'undone-item':
    case 'action': {
      const segment = scope === 'action' ? 'actions' : 'undone';
      for (const m of c.meetings ?? []) {
        const list = (scope === 'action' ? m.actions : m.progress?.undone) ?? [];
        const index = list.findIndex(
          (item, i) =>
            (scope === 'action' && (item as { id?: string }).id === subjectId) ||
            `${m.id}/${segment}/${i}` === subjectId,
        );
        const item = list[index];
        if (item !== undefined)
          return words(locale, 'minutesItem', { meeting: m.topic, label, name: item.item });
      }
      return words(locale, 'named', { label, name: subjectId ?? '' });
    }
  }
}

/**
 * Describes a finding in a PMO's words: its place (the subject by name, `里程碑「产品上市」` / `Milestone
 * “产品上市”`; a collaboration-wide finding that points at a field names the field) and why it fired, one sentence
 * per condition from the fact catalog's descriptions, day facts as ISO dates (`The resolved due date 2026-11-30,
 * before the evaluation date 2026-12-10`). The report keeps the technical trace (`explanation`, `path`); this is
 * what people read. It never throws: what it cannot read it shows as it is.
 *
 * @param collaboration - The collaboration the report was made for.
 * @param finding - One finding of the report.
 * @param options - `locale` of the sentences (`zh-CN` by default).
 * @returns The place and the sentences.
 * @example
 * ```ts
 * import { describeFinding, type Collaboration, type Finding } from 'crossdept';
 *
 * declare const collaboration: Collaboration;
 * declare const finding: Finding; // exec.action-overdue for the 16 November action
 * const { place, why } = describeFinding(collaboration, finding, { locale: 'en' });
 * // place: 'The action “确认上市发布会场地” of meeting “新产品上市第11周进度同步会”'
 * // why: ['The action is done: no', 'The resolved due date 2026-11-20, before the evaluation date 2026-11-26']
 * ```
 */
export function describeFinding(
  collaboration: Collaboration,
  finding: Finding,
  options?: DescribeFindingOptions,
): FindingDescription {
  let locale: Locale = DEFAULT_LOCALE;
  try {
    const read = readOptionFields(options, ['locale'] as const);
    if (read.values.locale === 'en' || read.values.locale === 'zh-CN') locale = read.values.locale;
  } catch {
    // Options that cannot be read leave the default locale.
  }
  let place = '';
  let why: string[] = [];
  try {
    const f = finding as Partial<Finding>;
    const scope = isScope(f.scope) ? f.scope : undefined;
    const subjectId = typeof f.subjectId === 'string' ? f.subjectId : undefined;
    const path = typeof f.path === 'string' ? f.path : '';
    if (scope !== undefined) {
      place = placeOf(collaboration, scope, subjectId, locale);
      // A finding about the whole collaboration that points at a field says which one.
      if (scope === 'collaboration' && path !== '') {
        const field = path
          .split('/')
          .filter((s) => s !== '')
          .join('.');
        place = words(locale, 'field', { place, field });
      }
    } else place = path;
    why = (Array.isArray(f.explanation) ? f.explanation : []).map((c) => sentence(c, scope, locale));
  } catch {
    // A finding or collaboration that is not what `evaluate` returns: say where, as far as it can be read.
    try {
      place = typeof finding?.path === 'string' ? finding.path : '';
    } catch {
      place = '';
    }
  }
  return { place, why };
}
