import type { Locale } from '../i18n/locale.js';
import { showError } from '../i18n/show.js';
import type { IssuePath, ValidationResult } from '../issues/issue.js';
import {
  type Action,
  type ConditionExplanation,
  type Finding,
  type Report,
  type RuleScope,
  SEVERITIES,
  type Severity,
  type UpcomingEscalation,
} from '../rules/report.js';
import type { TemplateIssue } from './errors.js';
import type { ReportValueKind } from './messages.js';
import { templateIssue } from './template-issue.js';

/** At most this many `invalid_report` issues: a report built wrong is usually wrong the same way throughout. */
const MAX_ISSUES = 20;

/** Thrown inside the reader to stop at the issue limit; never leaves this module. */
class Enough {}

type Raw = Readonly<Record<string, unknown>>;

/**
 * Reads a findings report a caller passed, once, into a fresh plain copy the template can trust: every field it
 * prints has its type (text, a number, a list, a severity), and every read that throws (a getter, a Proxy) is
 * caught. What does not fit becomes an `invalid_report` issue with the path to the field.
 */
class ReportReader {
  readonly issues: TemplateIssue[] = [];

  constructor(readonly locale: Locale) {}

  private add(issue: TemplateIssue): void {
    this.issues.push(issue);
    if (this.issues.length >= MAX_ISSUES) throw new Enough();
  }

  private invalid(path: IssuePath, kind: ReportValueKind): undefined {
    const at = ['options', 'report', ...path];
    this.add(templateIssue(this.locale, 'invalid_report_value', at, { name: path.join('/'), kind }));
    return undefined;
  }

  private unreadable(path: IssuePath, error: unknown): undefined {
    const at = ['options', 'report', ...path];
    this.add(
      templateIssue(this.locale, 'unreadable_report', at, { name: path.join('/'), detail: showError(error) }),
    );
    return undefined;
  }

  /** The object at `path`, its own fields read once into a plain record; `undefined` (with an issue) otherwise. */
  record(value: unknown, path: IssuePath): Raw | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.invalid(path, 'object');
    return value as Raw;
  }

  /** Reads `key` of `raw`, catching a getter or trap that throws. */
  read(raw: Raw, key: string, path: IssuePath): { readonly value: unknown } | undefined {
    try {
      return { value: raw[key] };
    } catch (error) {
      return this.unreadable([...path, key], error);
    }
  }

  list(raw: Raw, key: string, path: IssuePath, optional: boolean): readonly unknown[] | undefined {
    const read = this.read(raw, key, path);
    if (read === undefined) return undefined;
    if (optional && read.value === undefined) return [];
    if (!Array.isArray(read.value)) return this.invalid([...path, key], 'list');
    try {
      return [...(read.value as unknown[])];
    } catch (error) {
      return this.unreadable([...path, key], error);
    }
  }

  text(raw: Raw, key: string, path: IssuePath, optional: boolean): string | undefined | false {
    const read = this.read(raw, key, path);
    if (read === undefined) return false;
    if (optional && read.value === undefined) return undefined;
    if (typeof read.value === 'string') return read.value;
    this.invalid([...path, key], 'text');
    return false;
  }

  explanation(value: unknown, path: IssuePath): ConditionExplanation | undefined {
    const raw = this.record(value, path);
    if (raw === undefined) return undefined;
    const fact = this.text(raw, 'fact', path, false);
    const operator = this.text(raw, 'operator', path, false);
    const where = this.text(raw, 'path', path, true);
    const evidence = this.text(raw, 'evidence', path, true);
    const expected = this.read(raw, 'expected', path);
    const actual = this.read(raw, 'actual', path);
    const valueResult = this.read(raw, 'valueResult', path);
    const result = this.read(raw, 'result', path);
    const negated = this.read(raw, 'negated', path);
    if (result !== undefined && typeof result.value !== 'boolean')
      this.invalid([...path, 'result'], 'boolean');
    if (negated !== undefined && negated.value !== undefined && typeof negated.value !== 'boolean')
      this.invalid([...path, 'negated'], 'boolean');
    if (
      fact === false ||
      fact === undefined ||
      operator === false ||
      operator === undefined ||
      where === false ||
      evidence === false ||
      expected === undefined ||
      actual === undefined ||
      valueResult === undefined ||
      typeof result?.value !== 'boolean' ||
      negated === undefined ||
      (negated.value !== undefined && typeof negated.value !== 'boolean')
    ) {
      return undefined;
    }
    return {
      fact,
      operator,
      expected: expected.value,
      actual: actual.value,
      result: result.value,
      ...(where === undefined ? {} : { path: where }),
      ...(valueResult.value === undefined ? {} : { valueResult: valueResult.value }),
      ...(negated.value === true ? { negated: true } : {}),
      ...(evidence === undefined ? {} : { evidence }),
    };
  }

  finding(value: unknown, path: IssuePath): Finding | undefined {
    const raw = this.record(value, path);
    if (raw === undefined) return undefined;
    const ruleId = this.text(raw, 'ruleId', path, false);
    const severity = this.read(raw, 'severity', path);
    const scope = this.text(raw, 'scope', path, false);
    const subjectId = this.text(raw, 'subjectId', path, true);
    const where = this.text(raw, 'path', path, true);
    const message = this.text(raw, 'message', path, false);
    const list = this.list(raw, 'explanation', path, true);
    const explanation = list?.map((e, i) => this.explanation(e, [...path, 'explanation', i]));
    const known = severity !== undefined && (SEVERITIES as readonly unknown[]).includes(severity.value);
    if (severity !== undefined && !known) this.invalid([...path, 'severity'], 'severity');
    if (
      ruleId === false ||
      ruleId === undefined ||
      !known ||
      scope === false ||
      scope === undefined ||
      subjectId === false ||
      where === false ||
      message === false ||
      message === undefined ||
      explanation === undefined ||
      explanation.some((e) => e === undefined)
    ) {
      return undefined;
    }
    return {
      ruleId,
      severity: severity.value as Severity,
      // An unknown scope is shown by name; it needs no checking beyond being text.
      scope: scope as RuleScope,
      ...(subjectId === undefined ? {} : { subjectId }),
      path: where ?? '',
      message,
      explanation: explanation as ConditionExplanation[],
    };
  }

  action(value: unknown, path: IssuePath): Action | undefined {
    const raw = this.record(value, path);
    if (raw === undefined) return undefined;
    const ruleId = this.text(raw, 'ruleId', path, false);
    const scope = this.text(raw, 'scope', path, false);
    const subjectId = this.text(raw, 'subjectId', path, false);
    const toLevel = this.read(raw, 'toLevel', path);
    const title = this.text(raw, 'title', path, true);
    const person = this.text(raw, 'person', path, true);
    const dueOn = this.text(raw, 'dueOn', path, true);
    const reason = this.text(raw, 'reason', path, false);
    const level =
      toLevel !== undefined && typeof toLevel.value === 'number' && Number.isFinite(toLevel.value);
    if (toLevel !== undefined && !level) this.invalid([...path, 'toLevel'], 'number');
    if (
      ruleId === false ||
      ruleId === undefined ||
      scope === false ||
      scope === undefined ||
      subjectId === false ||
      subjectId === undefined ||
      !level ||
      title === false ||
      person === false ||
      dueOn === false ||
      reason === false ||
      reason === undefined
    ) {
      return undefined;
    }
    return {
      type: 'escalate',
      ruleId,
      scope: scope as RuleScope,
      subjectId,
      toLevel: toLevel.value as number,
      ...(title === undefined ? {} : { title }),
      ...(person === undefined ? {} : { person }),
      ...(dueOn === undefined ? {} : { dueOn }),
      reason,
    };
  }

  upcoming(value: unknown, path: IssuePath): UpcomingEscalation | undefined {
    const raw = this.record(value, path);
    if (raw === undefined) return undefined;
    const ruleId = this.text(raw, 'ruleId', path, false);
    const scope = this.text(raw, 'scope', path, false);
    const subjectId = this.text(raw, 'subjectId', path, false);
    const toLevel = this.read(raw, 'toLevel', path);
    const dueOn = this.text(raw, 'dueOn', path, false);
    const title = this.text(raw, 'title', path, true);
    const person = this.text(raw, 'person', path, true);
    const level =
      toLevel !== undefined && typeof toLevel.value === 'number' && Number.isFinite(toLevel.value);
    if (toLevel !== undefined && !level) this.invalid([...path, 'toLevel'], 'number');
    if (
      ruleId === false ||
      ruleId === undefined ||
      scope === false ||
      scope === undefined ||
      subjectId === false ||
      subjectId === undefined ||
      !level ||
      dueOn === false ||
      dueOn === undefined ||
      title === false ||
      person === false
    ) {
      return undefined;
    }
    return {
      ruleId,
      scope: scope as RuleScope,
      subjectId,
      toLevel: toLevel.value as number,
      dueOn,
      ...(title === undefined ? {} : { title }),
      ...(person === undefined ? {} : { person }),
    };
  }

  report(value: unknown): Report | undefined {
    const raw = this.record(value, []);
    if (raw === undefined) return undefined;
    const findings = this.list(raw, 'findings', [], false)?.map((f, i) => this.finding(f, ['findings', i]));
    const actions = this.list(raw, 'actions', [], false)?.map((a, i) => this.action(a, ['actions', i]));
    // Optional: a report from before the escalation ladder has none.
    const upcoming = this.list(raw, 'upcoming', [], true)?.map((u, i) => this.upcoming(u, ['upcoming', i]));
    if (findings === undefined || actions === undefined || this.issues.length > 0) return undefined;
    const summary = { error: 0, warning: 0, info: 0 };
    for (const f of findings as Finding[]) summary[f.severity]++;
    return {
      findings: findings as Finding[],
      actions: actions as Action[],
      upcoming: (upcoming ?? []) as UpcomingEscalation[],
      summary,
    };
  }
}

/**
 * Reads the `report` option of the findings template into a plain copy whose every printed field has its type,
 * so rendering cannot fail on it: findings with text `ruleId`, `scope`, `message` (and `subjectId` and `path`
 * when present), a known `severity` and an `explanation` list of conditions (text `fact` and `operator`, a
 * boolean `result`; any `expected` and `actual`); actions with text `ruleId`, `scope`, `subjectId`, `reason`
 * and a number `toLevel`. The summary is counted afresh from the findings.
 *
 * @param value - The option, as the caller passed it.
 * @param locale - The locale of the issues.
 * @returns The report, or up to 20 `invalid_report` issues with the path to each field that does not fit.
 * @example
 * ```ts
 * readReport({ findings: [null], actions: [] }, 'en');
 * // { success: false, issues: [{ code: 'invalid_report', pointer: '/options/report/findings/0', … }] }
 * ```
 */
export function readReport(value: unknown, locale: Locale): ValidationResult<Report, TemplateIssue> {
  const reader = new ReportReader(locale);
  let report: Report | undefined;
  try {
    report = reader.report(value);
  } catch (error) {
    // Past the issue limit; or a value the reader could not even inspect (`Array.isArray` of a revoked Proxy).
    if (!(error instanceof Enough)) {
      const detail = showError(error);
      reader.issues.push(
        templateIssue(locale, 'unreadable_report', ['options', 'report'], { name: '', detail }),
      );
    }
  }
  return report === undefined ? { success: false, issues: reader.issues } : { success: true, data: report };
}
