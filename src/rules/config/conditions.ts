import { parseFactPath } from '../../engine/fact-path.js';
import type { Locale } from '../../i18n/locale.js';
import { didYouMean } from '../../issues/did-you-mean.js';
import type { IssuePath } from '../../issues/issue.js';
import { parseIssue } from '../../model/parse-issue.js';
import { isIsoDate } from '../../model/primitives.js';
import { LIST_COUNT_FACTS, scopesWithFact } from '../facts/catalog.js';
import type { FactImplementation } from '../facts/define.js';
import { conditionValueKind } from '../messages.js';
import type { RuleScope } from '../report.js';
import type { FactType } from '../types.js';
import { type RulesConfigIssue, rulesIssue } from './issues.js';
import { OPERATORS, RULES_CONFIG_LIMITS } from './schema.js';

type Operator = (typeof OPERATORS)[number];
const COMPARISON: ReadonlySet<string> = new Set([
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
]);
const LEAF_KEYS = ['fact', 'operator', 'value', 'path', 'name', 'priority'];
const GROUP_KEYS = ['name', 'priority'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Which operators apply to a fact type. */
function applies(type: FactType, op: Operator): boolean {
  if (op === 'in' || op === 'notIn') return type !== 'list';
  if (op === 'contains' || op === 'doesNotContain') return type === 'list';
  if (COMPARISON.has(op)) return type === 'number' || type === 'day';
  return type !== 'list'; // equal, notEqual
}

/** Whether a literal is a value of a scalar fact type. */
function scalarFits(type: FactType, value: unknown): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'day':
      // A date: an ISO date as written (converted to its day number when the rules are compiled), or a day number.
      return (
        (typeof value === 'number' && Number.isInteger(value)) ||
        (typeof value === 'string' && isIsoDate(value))
      );
    case 'text':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'list':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  }
}

/**
 * Checks custom-rule conditions against the fact catalog of the rule's scope: structure, known facts and
 * operators, value types, list values for `in`/`notIn`, safe paths and bounded nesting.
 */
export class ConditionChecker {
  readonly issues: RulesConfigIssue[] = [];

  constructor(
    private readonly locale: Locale,
    private readonly scope: RuleScope,
    private readonly facts: ReadonlyMap<string, FactImplementation>,
  ) {}

  /** Checks a rule's root condition (`all`, `any` or `not`). */
  root(node: unknown, path: IssuePath): void {
    if (isPlainObject(node) && (Object.hasOwn(node, 'fact') || Object.hasOwn(node, 'condition'))) {
      this.issues.push(rulesIssue(this.locale, 'invalid_condition', path));
      return;
    }
    this.node(node, path, 1);
  }

  private node(node: unknown, path: IssuePath, depth: number): void {
    if (depth > RULES_CONFIG_LIMITS.maxConditionDepth) {
      this.issues.push(
        rulesIssue(this.locale, 'too_deep', path, { limit: RULES_CONFIG_LIMITS.maxConditionDepth }),
      );
      return;
    }
    if (!isPlainObject(node)) {
      this.issues.push(rulesIssue(this.locale, 'invalid_condition', path));
      return;
    }
    const kinds = ['all', 'any', 'not', 'fact'].filter((k) => Object.hasOwn(node, k));
    if (kinds.length !== 1) {
      this.issues.push(rulesIssue(this.locale, 'invalid_condition', path));
      return;
    }
    const kind = kinds[0]!;
    if (kind === 'fact') {
      this.leaf(node, path);
      return;
    }
    this.extraKeys(node, [kind, ...GROUP_KEYS], path);
    this.common(node, path);
    const children = node[kind];
    if (kind === 'not') {
      this.node(children, [...path, 'not'], depth + 1);
      return;
    }
    if (!Array.isArray(children)) {
      this.issues.push(
        parseIssue(this.locale, 'invalid_type', [...path, kind], {
          expected: this.word('array'),
          received: this.word(describe(children)),
        }) as RulesConfigIssue,
      );
      return;
    }
    if (children.length > RULES_CONFIG_LIMITS.maxConditionsPerGroup) {
      this.issues.push(
        parseIssue(this.locale, 'too_big', [...path, kind], {
          limit: String(RULES_CONFIG_LIMITS.maxConditionsPerGroup),
        }),
      );
      return;
    }
    children.forEach((child, i) => this.node(child, [...path, kind, i], depth + 1));
  }

  private word(kind: string): string {
    return conditionValueKind(this.locale, kind);
  }

  private extraKeys(node: Record<string, unknown>, allowed: readonly string[], path: IssuePath): void {
    for (const key of Object.keys(node)) {
      if (allowed.includes(key)) continue;
      const suggestion = didYouMean(key, allowed);
      this.issues.push(
        parseIssue(this.locale, 'unknown_key', [...path, key], {
          key,
          ...(suggestion === undefined ? {} : { suggestion }),
        }),
      );
    }
  }

  private common(node: Record<string, unknown>, path: IssuePath): void {
    if (Object.hasOwn(node, 'name') && (typeof node.name !== 'string' || node.name.length > 200)) {
      this.issues.push(
        parseIssue(this.locale, 'invalid_type', [...path, 'name'], {
          expected: this.word('text'),
          received: this.word(describe(node.name)),
        }),
      );
    }
    if (Object.hasOwn(node, 'priority')) {
      const p = node.priority;
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 1_000_000) {
        this.issues.push(
          parseIssue(this.locale, 'invalid_type', [...path, 'priority'], {
            expected: this.locale === 'en' ? 'a whole number ≥ 1' : '不小于 1 的整数',
            received: this.word(describe(p)),
          }),
        );
      }
    }
  }

  private fact(name: unknown, path: IssuePath): FactImplementation | undefined {
    if (typeof name !== 'string') {
      this.issues.push(
        parseIssue(this.locale, 'invalid_type', path, {
          expected: this.word('text'),
          received: this.word(describe(name)),
        }),
      );
      return undefined;
    }
    const fact = this.facts.get(name);
    if (fact === undefined) {
      const elsewhere = scopesWithFact(name);
      const suggestion = didYouMean(name, this.facts.keys());
      this.issues.push(
        rulesIssue(this.locale, 'unknown_fact', path, {
          name,
          scope: this.scope,
          ...(elsewhere.length > 0 ? { detail: elsewhere.join(', ') } : {}),
          ...(suggestion === undefined ? {} : { suggestion }),
        }),
      );
    }
    return fact;
  }

  private pathOk(node: Record<string, unknown>, path: IssuePath): boolean {
    if (!Object.hasOwn(node, 'path')) return true;
    if (typeof node.path !== 'string') {
      this.issues.push(
        parseIssue(this.locale, 'invalid_type', [...path, 'path'], {
          expected: this.word('text'),
          received: this.word(describe(node.path)),
        }),
      );
      return false;
    }
    const parsed = parseFactPath(node.path, { locale: this.locale });
    if (!parsed.success) {
      this.issues.push(
        rulesIssue(this.locale, 'invalid_path', [...path, 'path'], {
          detail: parsed.issues[0]?.message ?? '',
        }),
      );
      return false;
    }
    return true;
  }

  private leaf(node: Record<string, unknown>, path: IssuePath): void {
    this.extraKeys(node, LEAF_KEYS, path);
    this.common(node, path);
    const fact = this.fact(node.fact, [...path, 'fact']);
    const op = node.operator;
    let operator: Operator | undefined;
    if (!Object.hasOwn(node, 'operator')) {
      this.issues.push(parseIssue(this.locale, 'missing', [...path, 'operator'], { key: 'operator' }));
    } else if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op)) {
      const name = typeof op === 'string' ? op : (JSON.stringify(op) ?? String(op));
      this.issues.push(
        rulesIssue(this.locale, 'unknown_operator', [...path, 'operator'], {
          operator: name,
          suggestion: typeof op === 'string' ? didYouMean(op, OPERATORS) : undefined,
        }),
      );
    } else {
      operator = op as Operator;
    }
    if (!Object.hasOwn(node, 'value')) {
      this.issues.push(parseIssue(this.locale, 'missing', [...path, 'value'], { key: 'value' }));
      return;
    }
    const hasPath = Object.hasOwn(node, 'path');
    if (!this.pathOk(node, path)) return;
    if (fact === undefined || operator === undefined) return;
    if (hasPath) {
      // A path reaches inside a list fact; the element's type is not in the catalog, so only operators are checked.
      this.literalShape(operator, node.value, [...path, 'value']);
      return;
    }
    if (!applies(fact.type, operator)) {
      this.issues.push(
        rulesIssue(this.locale, 'operator_not_applicable', [...path, 'operator'], {
          operator,
          name: fact.name,
          type: fact.type,
          ...(fact.type === 'list' && LIST_COUNT_FACTS[fact.name] !== undefined
            ? { detail: LIST_COUNT_FACTS[fact.name] }
            : {}),
        }),
      );
      return;
    }
    this.value(fact, operator, node.value, [...path, 'value']);
  }

  /** For `in`/`notIn` the value is a list; for the others a scalar. */
  private literalShape(operator: Operator, value: unknown, path: IssuePath): void {
    if ((operator === 'in' || operator === 'notIn') && !Array.isArray(value) && !isPlainObject(value)) {
      this.issues.push(rulesIssue(this.locale, 'expected_list', path, { operator }));
    }
  }

  private value(fact: FactImplementation, operator: Operator, value: unknown, path: IssuePath): void {
    if (isPlainObject(value)) {
      this.reference(fact, operator, value, path);
      return;
    }
    if (operator === 'in' || operator === 'notIn') {
      if (!Array.isArray(value)) {
        this.issues.push(rulesIssue(this.locale, 'expected_list', path, { operator }));
        return;
      }
      if (value.length > 10_000) {
        this.issues.push(parseIssue(this.locale, 'too_big', path, { limit: '10000' }));
        return;
      }
      value.forEach((v, i) => this.scalar(fact, v, [...path, i]));
      return;
    }
    this.scalar(fact, value, path);
  }

  private scalar(fact: FactImplementation, value: unknown, path: IssuePath): void {
    if (scalarFits(fact.type, value)) return;
    const expected = fact.type === 'list' ? 'text' : fact.type;
    let detail: string | undefined;
    if (fact.type === 'day' && typeof value === 'string') {
      detail =
        this.locale === 'en'
          ? `write a date as YYYY-MM-DD, e.g. 2026-11-20; "${value}" is not a date`
          : `日期写作 YYYY-MM-DD，如 2026-11-20；"${value}" 不是有效日期`;
    }
    this.issues.push(
      rulesIssue(this.locale, 'invalid_value_type', path, {
        name: fact.name,
        expected,
        received: Number.isNaN(value)
          ? 'NaN'
          : typeof value === 'number' && fact.type === 'day'
            ? 'number'
            : describe(value),
        ...(detail === undefined ? {} : { detail }),
      }),
    );
  }

  private reference(
    fact: FactImplementation,
    operator: Operator,
    value: Record<string, unknown>,
    path: IssuePath,
  ): void {
    if (!Object.hasOwn(value, 'fact')) {
      this.issues.push(
        rulesIssue(this.locale, 'invalid_value_type', path, {
          name: fact.name,
          expected: fact.type,
          received: 'object',
        }),
      );
      return;
    }
    this.extraKeys(value, ['fact', 'path'], path);
    const other = this.fact(value.fact, [...path, 'fact']);
    if (!this.pathOk(value, path) || other === undefined || Object.hasOwn(value, 'path')) return;
    const wanted: FactType | 'scalar' =
      operator === 'in' || operator === 'notIn'
        ? 'list'
        : operator === 'contains' || operator === 'doesNotContain'
          ? 'scalar'
          : fact.type;
    const fits =
      wanted === 'scalar' ? other.type === 'text' || other.type === 'number' : other.type === wanted;
    if (!fits) {
      this.issues.push(
        rulesIssue(this.locale, 'invalid_value_type', [...path, 'fact'], {
          name: other.name,
          expected: wanted === 'scalar' ? 'text' : wanted,
          received: other.type,
        }),
      );
    }
  }
}
