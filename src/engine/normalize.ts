import { match } from 'ts-pattern';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readOptionFields } from '../i18n/read-options.js';
import { showError, showValue } from '../i18n/show.js';
import { didYouMean } from '../issues/did-you-mean.js';
import type { IssuePath, ValidationResult } from '../issues/issue.js';
import { type FactPath, parseFactPath } from './fact-path.js';
import { freezeData } from './freeze-data.js';
import { createEngineIssue, describeType, type EngineIssue } from './issue.js';
import type { EngineIssueCode, EngineMessageParams } from './messages.js';
import { BUILT_IN_OPERATOR_NAMES, type OperatorEvaluator } from './operators.js';
import { parseOperatorName, resolveOperator } from './resolve-operator.js';
import type {
  ConditionPropertiesResult,
  EngineOptions,
  NestedCondition,
  NestedConditionResult,
  RuleEvent,
  RuleProperties,
  TopLevelCondition,
  TopLevelConditionResult,
} from './types.js';

/** The default limit of condition nesting. @example `DEFAULT_MAX_DEPTH; // 32` */
export const DEFAULT_MAX_DEPTH = 32;

interface NodeBase {
  /** Where the condition is written: `['rules', i, 'conditions', …]` or `['conditions', name, …]`. */
  readonly location: IssuePath;
  /** The priority json-rules-engine sorts it by among its siblings (its own, else 1). */
  readonly sortPriority: number;
  /** Levels of nesting, shared conditions included. */
  readonly height: number;
}

/**
 * A validated leaf condition, ready to compile.
 *
 * @example
 * ```ts
 * declare const node: LeafNode;
 * node.evaluate(node.value, 1);
 * ```
 */
export interface LeafNode extends NodeBase {
  readonly kind: 'leaf';
  readonly fact: string;
  readonly segments: FactPath | undefined;
  readonly operator: string;
  readonly evaluate: OperatorEvaluator;
  /** The frozen literal, or the frozen `{ fact }` reference as written. */
  readonly value: unknown;
  readonly ref: { readonly fact: string; readonly segments: FactPath | undefined } | undefined;
  /** json-rules-engine's JSON of the leaf before evaluation (frozen). */
  readonly json: ConditionPropertiesResult;
}

/**
 * A validated `all` or `any`, with its children grouped into priority sets (highest first).
 *
 * @example
 * ```ts
 * declare const node: GroupNode;
 * node.sets[0]; // indices of the children evaluated first
 * ```
 */
export interface GroupNode extends NodeBase {
  readonly kind: 'all' | 'any';
  readonly priority: number;
  readonly name: string | undefined;
  readonly children: readonly ConditionNode[];
  readonly sets: readonly (readonly number[])[];
  readonly json: TopLevelConditionResult;
}

/** A validated `not`. @example `declare const node: NotNode; node.child;` */
export interface NotNode extends NodeBase {
  readonly kind: 'not';
  readonly priority: number;
  readonly name: string | undefined;
  readonly child: ConditionNode;
  readonly json: TopLevelConditionResult;
}

/**
 * A validated reference to a shared condition; `target` is `undefined` for a missing one under
 * `allowUndefinedConditions`.
 *
 * @example
 * ```ts
 * declare const node: ReferenceNode;
 * node.target?.kind;
 * ```
 */
export interface ReferenceNode extends NodeBase {
  readonly kind: 'ref';
  /** The priority written on the reference, if any. */
  readonly priority: number | undefined;
  readonly name: string | undefined;
  readonly condition: string;
  readonly target: TopNode | undefined;
  readonly json: TopLevelConditionResult;
}

/** A validated top-level condition. @example `declare const node: TopNode; node.kind;` */
export type TopNode = GroupNode | NotNode | ReferenceNode;

/** Any validated condition. @example `declare const node: ConditionNode; node.kind;` */
export type ConditionNode = LeafNode | TopNode;

/**
 * A validated rule: its output fields and its condition tree.
 *
 * @example
 * ```ts
 * declare const rule: NormalizedRule;
 * rule.root.kind;
 * ```
 */
export interface NormalizedRule {
  readonly index: number;
  readonly name: string | undefined;
  readonly priority: number;
  readonly event: RuleEvent;
  readonly root: TopNode;
  /** The rule with only the fields json-rules-engine reads, as frozen plain data. */
  readonly source: RuleProperties;
}

/**
 * Rules and shared conditions after validation.
 *
 * @example
 * ```ts
 * declare const pack: NormalizedRules;
 * pack.rules.length;
 * ```
 */
export interface NormalizedRules {
  readonly rules: readonly NormalizedRule[];
  /** The shared conditions with only the fields json-rules-engine reads, as frozen plain data. */
  readonly conditions: ReadonlyMap<string, TopLevelCondition>;
  readonly allowUndefinedFacts: boolean;
  readonly allowUndefinedConditions: boolean;
  readonly locale: Locale;
}

type Raw = Record<string, unknown>;

const BOOLEAN_KEYS = ['all', 'any', 'not', 'condition', 'fact'] as const;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(value: Raw, key: string): boolean {
  return Object.hasOwn(value, key);
}

/** The engine options, each read once and checked: what the normalizer and compiler use. */
interface ReadEngineOptions {
  readonly locale: Locale;
  readonly maxDepth: unknown;
  readonly conditions: unknown;
  readonly allowUndefinedFacts: boolean;
  readonly allowUndefinedConditions: boolean;
  /** Problems with the options themselves: not an object, a field that cannot be read, an unknown locale. */
  readonly issues: readonly EngineIssue[];
}

const OPTION_KEYS = [
  'locale',
  'maxDepth',
  'conditions',
  'allowUndefinedFacts',
  'allowUndefinedConditions',
] as const;

/**
 * Reads the options once, never throwing: absent, `undefined` and `null` options (and fields) take their defaults;
 * anything else that is not an object, a field whose getter throws, and a locale other than `zh-CN` or `en`
 * become issues (the locale's in `zh-CN`).
 */
function readEngineOptions(options: unknown): ReadEngineOptions {
  const read = readOptionFields(options, OPTION_KEYS);
  const v = read.values;
  const rawLocale = v.locale ?? DEFAULT_LOCALE;
  const locale: Locale = rawLocale === 'en' || rawLocale === 'zh-CN' ? rawLocale : DEFAULT_LOCALE;
  const issues: EngineIssue[] = [];
  if (!read.object && options !== undefined && options !== null && read.unreadable.length === 0) {
    issues.push(
      createEngineIssue(
        'invalid_type',
        ['options'],
        { key: 'options', expected: 'object', received: describeType(options) },
        locale,
      ),
    );
  }
  for (const { key, detail } of read.unreadable) {
    issues.push(createEngineIssue('unreadable', key === 'options' ? [] : [key], { key, detail }, locale));
  }
  if (rawLocale !== locale) {
    issues.push(createEngineIssue('invalid_locale', ['locale'], { detail: showValue(rawLocale) }, locale));
  }
  return {
    locale,
    maxDepth: v.maxDepth,
    conditions: v.conditions,
    allowUndefinedFacts: v.allowUndefinedFacts === true,
    allowUndefinedConditions: v.allowUndefinedConditions === true,
    issues,
  };
}

class Normalizer {
  readonly issues: EngineIssue[] = [];
  readonly maxDepth: number;
  readonly locale: Locale;
  readonly allowUndefinedConditions: boolean;
  readonly rawConditions: ReadonlyMap<string, unknown>;
  /** Shared conditions: their node, `null` while being normalized, `false` when invalid. */
  readonly shared = new Map<string, TopNode | null | false>();
  readonly sharedSources = new Map<string, TopLevelCondition>();
  readonly stack: string[] = [];

  constructor(options: ReadEngineOptions) {
    this.locale = options.locale;
    const maxDepth: unknown = options.maxDepth;
    this.maxDepth = DEFAULT_MAX_DEPTH;
    if (maxDepth !== undefined && maxDepth !== null) {
      if (typeof maxDepth === 'number' && Number.isSafeInteger(maxDepth) && maxDepth >= 1)
        this.maxDepth = maxDepth;
      else {
        this.issue('invalid_type', ['maxDepth'], {
          key: 'maxDepth',
          expected: 'positive whole number',
          received: describeType(maxDepth),
        });
      }
    }
    this.allowUndefinedConditions = options.allowUndefinedConditions;
    const raw = new Map<string, unknown>();
    const conditions: unknown = options.conditions;
    if (conditions !== undefined && conditions !== null) {
      if (isRecord(conditions)) {
        for (const name of Object.keys(conditions)) raw.set(name, conditions[name]);
      } else {
        this.issue('invalid_type', ['conditions'], {
          key: 'conditions',
          expected: 'object',
          received: describeType(conditions),
        });
      }
    }
    this.rawConditions = raw;
  }

  issue(code: EngineIssueCode, path: IssuePath, params: EngineMessageParams = {}): void {
    this.issues.push(createEngineIssue(code, path, params, this.locale));
  }

  /** A positive whole number, or `undefined` (absent); reports and returns `false` otherwise. */
  priority(raw: Raw, at: IssuePath): number | undefined | false {
    if (!has(raw, 'priority') || raw.priority === undefined) return undefined;
    const p = raw.priority;
    if (typeof p === 'number' && Number.isSafeInteger(p) && p >= 1) return p;
    this.issue('invalid_priority', [...at, 'priority'], {
      detail: String(typeof p === 'string' ? `"${p}"` : p),
    });
    return false;
  }

  /** A non-empty text, or `undefined` (absent); reports and returns `false` otherwise. */
  text(raw: Raw, key: string, at: IssuePath, required: boolean): string | undefined | false {
    if (!has(raw, key) || raw[key] === undefined) {
      if (!required) return undefined;
      this.issue('missing', at, { key });
      return false;
    }
    const v = raw[key];
    if (typeof v === 'string' && v !== '') return v;
    this.issue('invalid_type', [...at, key], {
      key,
      expected: 'non-empty string',
      received: describeType(v),
    });
    return false;
  }

  data(value: unknown, key: string, at: IssuePath): { readonly data: unknown } | undefined {
    const frozen = freezeData(value);
    if ('data' in frozen) return frozen;
    this.issue('invalid_value', at, { key, detail: frozen.notPlainData });
    return undefined;
  }

  params(
    raw: Raw,
    at: IssuePath,
  ): { readonly params: Readonly<Record<string, unknown>> | undefined } | false {
    if (!has(raw, 'params') || raw.params === undefined || raw.params === null) return { params: undefined };
    if (!isRecord(raw.params)) {
      this.issue('invalid_type', [...at, 'params'], {
        key: 'params',
        expected: 'object',
        received: describeType(raw.params),
      });
      return false;
    }
    const frozen = this.data(raw.params, 'params', [...at, 'params']);
    return frozen === undefined ? false : { params: frozen.data as Readonly<Record<string, unknown>> };
  }

  path(
    raw: Raw,
    at: IssuePath,
  ): { readonly path: string | undefined; readonly segments: FactPath | undefined } | false {
    if (!has(raw, 'path') || raw.path === undefined) return { path: undefined, segments: undefined };
    const p = raw.path;
    if (typeof p !== 'string') {
      this.issue('invalid_type', [...at, 'path'], {
        key: 'path',
        expected: 'string',
        received: describeType(p),
      });
      return false;
    }
    const parsed = parseFactPath(p, { locale: this.locale, issuePath: [...at, 'path'] });
    if (!parsed.success) {
      this.issues.push(...parsed.issues);
      return false;
    }
    return { path: p, segments: parsed.data };
  }

  condition(raw: unknown, at: IssuePath, depth: number, top: boolean): ConditionNode | undefined {
    if (!isRecord(raw)) {
      this.issue('invalid_type', at, {
        key: String(at[at.length - 1] ?? ''),
        expected: 'condition object',
        received: describeType(raw),
      });
      return undefined;
    }
    if (depth > this.maxDepth) {
      this.issue('too_deep', at, { limit: this.maxDepth });
      return undefined;
    }
    const kinds = BOOLEAN_KEYS.filter((k) => has(raw, k));
    if (kinds.length > 1) {
      this.issue('ambiguous_condition', at, { detail: kinds.join(', ') });
      return undefined;
    }
    const kind = kinds[0];
    if (top && (kind === undefined || kind === 'fact')) {
      this.issue('invalid_root', at);
      return undefined;
    }
    if (kind === undefined) {
      this.issue('missing', at, { key: 'fact' });
      return undefined;
    }
    return match(kind)
      .with('fact', () => this.leaf(raw, at))
      .with('condition', () => this.reference(raw, at, depth))
      .with('not', () => this.not(raw, at, depth))
      .with('all', 'any', (group) => this.group(raw, group, at, depth))
      .exhaustive();
  }

  group(raw: Raw, kind: 'all' | 'any', at: IssuePath, depth: number): GroupNode | undefined {
    const list = raw[kind];
    const priority = this.priority(raw, at);
    const name = this.text(raw, 'name', at, false);
    if (!Array.isArray(list)) {
      this.issue('invalid_type', [...at, kind], {
        key: kind,
        expected: 'array',
        received: describeType(list),
      });
      return undefined;
    }
    const children: (ConditionNode | undefined)[] = [];
    for (let i = 0; i < list.length; i++)
      children.push(this.condition(list[i], [...at, kind, i], depth + 1, false));
    if (priority === false || name === false || children.some((c) => c === undefined)) return undefined;
    const nodes = children as ConditionNode[];
    const p = priority ?? 1;
    const json = Object.freeze({
      priority: p,
      ...(name === undefined ? {} : { name }),
      [kind]: Object.freeze(nodes.map((c) => c.json as NestedConditionResult)),
    }) as unknown as TopLevelConditionResult;
    return {
      kind,
      location: at,
      sortPriority: p,
      height: 1 + Math.max(0, ...nodes.map((c) => c.height)),
      priority: p,
      name,
      children: nodes,
      sets: prioritySets(nodes),
      json,
    };
  }

  not(raw: Raw, at: IssuePath, depth: number): NotNode | undefined {
    const priority = this.priority(raw, at);
    const name = this.text(raw, 'name', at, false);
    if (Array.isArray(raw.not)) {
      this.issue('invalid_type', [...at, 'not'], {
        key: 'not',
        expected: 'condition object',
        received: 'array',
      });
      return undefined;
    }
    const child = this.condition(raw.not, [...at, 'not'], depth + 1, false);
    if (priority === false || name === false || child === undefined) return undefined;
    const p = priority ?? 1;
    const json = Object.freeze({
      priority: p,
      ...(name === undefined ? {} : { name }),
      not: child.json,
    }) as TopLevelConditionResult;
    return {
      kind: 'not',
      location: at,
      sortPriority: p,
      height: 1 + child.height,
      priority: p,
      name,
      child,
      json,
    };
  }

  reference(raw: Raw, at: IssuePath, depth: number): ReferenceNode | undefined {
    const priority = this.priority(raw, at);
    const name = this.text(raw, 'name', at, false);
    const condition = this.text(raw, 'condition', at, true);
    if (priority === false || name === false || condition === false || condition === undefined)
      return undefined;
    let target: TopNode | undefined;
    if (this.rawConditions.has(condition)) {
      const resolved = this.sharedCondition(condition, at);
      if (resolved === undefined) return undefined;
      target = resolved;
    } else if (!this.allowUndefinedConditions) {
      const suggestion = didYouMean(condition, this.rawConditions.keys());
      this.issue('unknown_condition', [...at, 'condition'], {
        name: condition,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
      return undefined;
    }
    const height = target === undefined ? 1 : target.height;
    if (depth - 1 + height > this.maxDepth) {
      this.issue('too_deep', at, { limit: this.maxDepth });
      return undefined;
    }
    const json = Object.freeze({
      ...(priority === undefined ? {} : { priority }),
      ...(name === undefined ? {} : { name }),
      condition,
    });
    return {
      kind: 'ref',
      location: at,
      sortPriority: priority ?? 1,
      height,
      priority,
      name,
      condition,
      target,
      json,
    };
  }

  /** The node of a shared condition, normalizing it on first use; `undefined` when invalid or circular. */
  sharedCondition(name: string, at: IssuePath): TopNode | undefined {
    const known = this.shared.get(name);
    if (known === false) return undefined;
    if (known === null) {
      const cycle = [...this.stack.slice(this.stack.indexOf(name)), name].join(' → ');
      this.issue('circular_condition', [...at, 'condition'], { name, detail: cycle });
      return undefined;
    }
    if (known !== undefined) return known;
    this.shared.set(name, null);
    this.stack.push(name);
    const node = this.condition(this.rawConditions.get(name), ['conditions', name], 1, true) as
      | TopNode
      | undefined;
    this.stack.pop();
    this.shared.set(name, node ?? false);
    if (node !== undefined) this.sharedSources.set(name, sourceOf(node) as TopLevelCondition);
    return node;
  }

  leaf(raw: Raw, at: IssuePath): LeafNode | undefined {
    const fact = this.text(raw, 'fact', at, true);
    const name = this.text(raw, 'name', at, false);
    const priority = this.priority(raw, at);
    const path = this.path(raw, at);
    const params = this.params(raw, at);
    let operator: string | undefined;
    let evaluate: OperatorEvaluator | undefined;
    if (!has(raw, 'operator') || raw.operator === undefined) {
      this.issue('missing', at, { key: 'operator' });
    } else if (typeof raw.operator !== 'string') {
      this.issue('invalid_type', [...at, 'operator'], {
        key: 'operator',
        expected: 'string',
        received: describeType(raw.operator),
      });
    } else {
      operator = raw.operator;
      evaluate = resolveOperator(operator);
      if (evaluate === undefined) {
        const suggestion = operator.includes(':') ? undefined : didYouMean(operator, BUILT_IN_OPERATOR_NAMES);
        this.issue('unknown_operator', [...at, 'operator'], {
          operator,
          ...(suggestion === undefined ? {} : { suggestion }),
        });
      }
    }
    let value: { readonly data: unknown } | undefined;
    let ref: LeafNode['ref'];
    let refOk = true;
    if (!has(raw, 'value')) {
      this.issue('missing', at, { key: 'value' });
    } else {
      value = this.data(raw.value, 'value', [...at, 'value']);
      const v = value?.data;
      if (isRecord(v) && has(v, 'fact')) {
        const refAt = [...at, 'value'];
        const refFact = this.text(v, 'fact', refAt, true);
        const refPath = this.path(v, refAt);
        const refParams = this.params(v, refAt);
        if (refFact === false || refFact === undefined || refPath === false || refParams === false)
          refOk = false;
        else ref = { fact: refFact, segments: refPath.segments };
      } else if (value !== undefined && operator !== undefined && evaluate !== undefined) {
        this.literalFits(operator, v, [...at, 'value']);
      }
    }
    if (
      fact === false ||
      fact === undefined ||
      name === false ||
      priority === false ||
      path === false ||
      params === false ||
      operator === undefined ||
      evaluate === undefined ||
      value === undefined ||
      !refOk
    ) {
      return undefined;
    }
    const json: ConditionPropertiesResult = Object.freeze({
      ...(priority === undefined ? {} : { priority }),
      ...(name === undefined ? {} : { name }),
      operator,
      value: value.data,
      fact,
      ...(params.params === undefined ? {} : { params: params.params }),
      ...(path.path === undefined || path.path === '' ? {} : { path: path.path }),
    });
    return {
      kind: 'leaf',
      location: at,
      sortPriority: priority ?? 1,
      height: 1,
      fact,
      segments: path.segments,
      operator,
      evaluate,
      value: value.data,
      ref,
      json,
    };
  }

  /**
   * Refuses literal values that make the operator fail whenever it runs: `in`/`notIn` need a list or text,
   * `someValue`/`everyValue` a list (json-rules-engine would throw a TypeError at run time).
   */
  literalFits(operator: string, value: unknown, at: IssuePath): void {
    const parsed = parseOperatorName(operator);
    if (parsed === undefined) return;
    // Leading `not`s only negate the outcome: they cannot keep the operator from failing.
    let k = 0;
    while (parsed.decorators[k] === 'not') k++;
    const first = parsed.decorators[k];
    if (first === undefined && (parsed.operator === 'in' || parsed.operator === 'notIn')) {
      if (!Array.isArray(value) && typeof value !== 'string') {
        this.issue('invalid_operator_value', at, {
          operator,
          expected: 'array or string',
          received: describeType(value),
        });
      }
    } else if ((first === 'someValue' || first === 'everyValue') && !Array.isArray(value)) {
      this.issue('invalid_operator_value', at, {
        operator,
        expected: 'array',
        received: describeType(value),
      });
    }
  }

  rule(raw: unknown, index: number): NormalizedRule | undefined {
    const at: IssuePath = ['rules', index];
    if (!isRecord(raw)) {
      this.issue('invalid_type', at, { key: String(index), expected: 'object', received: describeType(raw) });
      return undefined;
    }
    const name = this.text(raw, 'name', at, false);
    const priority = this.priority(raw, at);
    let root: ConditionNode | undefined;
    if (!has(raw, 'conditions')) this.issue('missing', at, { key: 'conditions' });
    else root = this.condition(raw.conditions, [...at, 'conditions'], 1, true);
    let event: RuleEvent | undefined;
    if (!has(raw, 'event')) {
      this.issue('missing', at, { key: 'event' });
    } else if (!isRecord(raw.event)) {
      this.issue('invalid_type', [...at, 'event'], {
        key: 'event',
        expected: 'object',
        received: describeType(raw.event),
      });
    } else {
      const type = this.text(raw.event, 'type', [...at, 'event'], true);
      const params = this.params(raw.event, [...at, 'event']);
      if (type !== false && type !== undefined && params !== false) {
        event = Object.freeze(params.params === undefined ? { type } : { type, params: params.params });
      }
    }
    if (name === false || priority === false || root === undefined || event === undefined) return undefined;
    const top = root as TopNode;
    const source: RuleProperties = Object.freeze({
      conditions: sourceOf(top) as TopLevelCondition,
      event,
      ...(name === undefined ? {} : { name }),
      ...(priority === undefined ? {} : { priority }),
    });
    return { index, name, priority: priority ?? 1, event, root: top, source };
  }
}

/** Groups children by priority, highest first, keeping the written order within a group. */
function prioritySets(children: readonly ConditionNode[]): readonly (readonly number[])[] {
  if (children.length < 2) return [];
  const byPriority = new Map<number, number[]>();
  children.forEach((child, i) => {
    const set = byPriority.get(child.sortPriority);
    if (set === undefined) byPriority.set(child.sortPriority, [i]);
    else set.push(i);
  });
  return [...byPriority.entries()].sort((a, b) => b[0] - a[0]).map(([, set]) => Object.freeze(set));
}

/** The condition as json-rules-engine reads it: only its own fields, frozen plain data. */
function sourceOf(node: ConditionNode): NestedCondition {
  const json = node.json as unknown as Readonly<Record<string, unknown>>;
  const source = match(node)
    .with({ kind: 'leaf' }, { kind: 'ref' }, () => ({ ...json }))
    .with({ kind: 'not' }, (not) => ({ ...json, not: sourceOf(not.child) }))
    .with({ kind: 'all' }, { kind: 'any' }, (group) => ({
      ...json,
      [group.kind]: Object.freeze(group.children.map(sourceOf)),
    }))
    .exhaustive();
  return Object.freeze(source) as unknown as NestedCondition;
}

/**
 * Validates rules and shared conditions into condition trees ready to compile: shapes, operators (decorated
 * ones included), literal values the operator can never take, priorities, paths (through the safe path
 * parser), shared-condition references (unknown ones and cycles), and the nesting limit; and the options:
 * absent, `undefined` or `null` options and fields take their defaults, an unknown `locale` is an
 * `invalid_locale` issue (in `zh-CN`), options that are not an object an `invalid_type` issue. Never throws:
 * input that cannot even be read (a getter or Proxy trap that throws) becomes an `unreadable` issue.
 *
 * @param rules - The rules, as written for json-rules-engine.
 * @param options - Shared conditions, undefined-fact and undefined-condition policies, depth limit, locale.
 * @returns The validated rules, or every issue found.
 * @example
 * ```ts
 * const result = normalizeRules([{ conditions: { all: [{ fact: 'x', operator: 'equals', value: 1 }] }, event: { type: 'x' } }]);
 * result.success || result.issues[0]?.code; // 'unknown_operator'
 * ```
 */
export function normalizeRules(
  rules: readonly RuleProperties[],
  options: EngineOptions = {},
): ValidationResult<NormalizedRules, EngineIssue> {
  const read = readEngineOptions(options);
  const { locale } = read;
  try {
    const normalizer = new Normalizer(read);
    normalizer.issues.unshift(...read.issues);
    const input: unknown = rules;
    if (!Array.isArray(input)) {
      normalizer.issue('invalid_type', ['rules'], {
        key: 'rules',
        expected: 'array',
        received: describeType(input),
      });
      return { success: false, issues: normalizer.issues };
    }
    for (const name of normalizer.rawConditions.keys())
      normalizer.sharedCondition(name, ['conditions', name]);
    const normalized: NormalizedRule[] = [];
    for (let i = 0; i < input.length; i++) {
      const rule = normalizer.rule(input[i], i);
      if (rule !== undefined) normalized.push(rule);
    }
    if (normalizer.issues.length > 0) return { success: false, issues: normalizer.issues };
    return {
      success: true,
      data: {
        rules: normalized,
        conditions: normalizer.sharedSources,
        allowUndefinedFacts: read.allowUndefinedFacts,
        allowUndefinedConditions: normalizer.allowUndefinedConditions,
        locale,
      },
    };
  } catch (error) {
    return {
      success: false,
      issues: [...read.issues, createEngineIssue('unreadable', [], { detail: showError(error) }, locale)],
    };
  }
}
