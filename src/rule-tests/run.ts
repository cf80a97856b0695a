import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { didYouMean } from '../issues/did-you-mean.js';
import type { IssuePath } from '../issues/issue.js';
import { toJsonPointer } from '../issues/pointer.js';
import { loadCollaboration, parseCollaboration } from '../model/parse.js';
import { readText } from '../model/read-text.js';
import { fromZodIssues } from '../model/zod-issues.js';
import type { EffectiveRule } from '../rules/apply-config.js';
import { applyRulesConfig } from '../rules/apply-config.js';
import { loadRulesConfig } from '../rules/config/load.js';
import type { RulesConfig } from '../rules/config/schema.js';
import { evaluateWith, type ObservedRuleRun } from '../rules/evaluate.js';
import type { Report } from '../rules/report.js';
import { CoverageRecorder, type RuleCoverage } from './coverage.js';
import { applyJsonPatch } from './json-patch.js';
import { type RuleTestIssue, ruleTestIssue, ruleTestMessage } from './messages.js';
import { folderOf, resolvePath } from './paths.js';
import {
  type RuleTestAction,
  type RuleTestCase,
  type RuleTestFinding,
  type RuleTestSuite,
  RuleTestSuiteSchema,
} from './suite.js';

/**
 * Options of {@link runRuleTests}.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import type { RunRuleTestsOptions } from 'crossdept';
 *
 * const options: RunRuleTestsOptions = {
 *   cwd: process.cwd(),
 *   read: (path) => { try { return readFileSync(path, 'utf8'); } catch { return undefined; } },
 *   locale: 'en',
 * };
 * ```
 */
export interface RunRuleTestsOptions {
  /** The folder relative paths start from: suites given by path, and suites built in code. Default `.`. */
  readonly cwd?: string;
  /**
   * Reads a file: its text, or `undefined` when it cannot be read. The only I/O of the runner, so a browser (or a
   * test) gives its own. Without it no file can be read.
   */
  readonly read?: (path: string) => string | undefined;
  /** The locale of messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** The evaluator: `compiled` (default) or `json-rules-engine`; both give the same results. */
  readonly engine?: 'compiled' | 'json-rules-engine';
}

/**
 * Why a case failed: what was expected (a finding, an absent rule, an action) and the message that says it.
 *
 * @example
 * ```ts
 * import type { RuleCaseFailure } from 'crossdept';
 *
 * const line = (f: RuleCaseFailure) => `✖ ${f.message}`;
 * ```
 */
export interface RuleCaseFailure {
  readonly code: 'missing_finding' | 'unexpected_finding' | 'absent_fired' | 'missing_action';
  readonly message: string;
  readonly finding?: RuleTestFinding;
  readonly action?: RuleTestAction;
}

/**
 * One case's result: `passed`, `failed` (with its failures) or `error` (its collaboration, patch or `now` could
 * not be used: see `issues`); what it expected and what it got, for a side-by-side view.
 *
 * @example
 * ```ts
 * import type { RuleCaseResult } from 'crossdept';
 *
 * const mark = (r: RuleCaseResult) => (r.status === 'passed' ? '✔' : '✖');
 * ```
 */
export interface RuleCaseResult {
  readonly name: string;
  readonly file?: string;
  readonly index: number;
  readonly status: 'passed' | 'failed' | 'error';
  readonly expected: {
    readonly findings: readonly RuleTestFinding[];
    readonly absent: readonly string[];
    readonly only: boolean;
    readonly actions: readonly RuleTestAction[];
  };
  readonly actual: {
    readonly findings: readonly RuleTestFinding[];
    readonly actions: readonly RuleTestAction[];
  };
  readonly failures: readonly RuleCaseFailure[];
  readonly issues: readonly RuleTestIssue[];
}

/**
 * One suite's result: its cases, and the issues that make it unusable (an unreadable or invalid file or config,
 * an expectation naming a rule not in effect).
 *
 * @example
 * ```ts
 * import type { RuleSuiteResult } from 'crossdept';
 *
 * const usable = (s: RuleSuiteResult) => s.issues.length === 0;
 * ```
 */
export interface RuleSuiteResult {
  readonly file?: string;
  readonly cases: readonly RuleCaseResult[];
  readonly issues: readonly RuleTestIssue[];
}

/**
 * What {@link runRuleTests} returns: per suite its cases; the counts; every issue of the test files, configs and
 * collaborations (any issue means the tests could not all run: `crossdept test` exits 2); and rule coverage.
 *
 * @example
 * ```ts
 * import type { RuleTestsResult } from 'crossdept';
 *
 * const exitCode = (r: RuleTestsResult) => (r.issues.length > 0 ? 2 : r.failed > 0 ? 1 : 0);
 * ```
 */
export interface RuleTestsResult {
  readonly suites: readonly RuleSuiteResult[];
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly issues: readonly RuleTestIssue[];
  readonly coverage: RuleCoverage;
}

interface Context {
  readonly cwd: string;
  readonly read: (path: string) => string | undefined;
  readonly locale: Locale;
  readonly engine: 'compiled' | 'json-rules-engine';
  readonly coverage: CoverageRecorder;
}

/** Options read defensively: a value of the wrong kind is the default. */
function contextOf(options: unknown): Context {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const read = typeof o.read === 'function' ? (o.read as (path: string) => unknown) : () => undefined;
  return {
    cwd: typeof o.cwd === 'string' && o.cwd !== '' ? o.cwd : '.',
    read: (path) => {
      try {
        const text = read(path);
        return typeof text === 'string' ? text : undefined;
      } catch {
        return undefined;
      }
    },
    locale: o.locale === 'en' ? 'en' : DEFAULT_LOCALE,
    engine: o.engine === 'json-rules-engine' ? 'json-rules-engine' : 'compiled',
    coverage: new CoverageRecorder(),
  };
}

const withFile = (issues: readonly RuleTestIssue[], file: string | undefined): RuleTestIssue[] =>
  issues.map((i) => (file === undefined || i.file !== undefined ? i : { ...i, file }));

const prefixed = (issues: readonly RuleTestIssue[], prefix: IssuePath): RuleTestIssue[] =>
  issues.map((i) => {
    const path = [...prefix, ...i.path];
    return { ...i, path, pointer: toJsonPointer(path) };
  });

/**
 * Runs PMO rule tests: each suite's cases evaluated with the suite's config, and their findings and escalations
 * compared with what each case expects; plus rule coverage over all cases. Suites are files (read through
 * `options.read`, YAML or JSON, validated with line and column in every issue) or suites built in code. Paths in
 * a suite (`config`, `collaboration`) are relative to the suite's file; `patch` is an RFC 6902 JSON Patch applied
 * to the parsed collaboration before it is validated. It is pure but for `read`, and never throws.
 *
 * @param suites - Suite file paths, or parsed suites.
 * @param options - `cwd`, `read`, `locale`, `engine`.
 * @returns The results per suite and case, the counts, the issues, and coverage.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { runRuleTests } from 'crossdept';
 *
 * const read = (path: string) => { try { return readFileSync(path, 'utf8'); } catch { return undefined; } };
 * const result = await runRuleTests(['rules-tests/departments.test.yaml'], { read, locale: 'en' });
 * console.log(`${result.passed} passed, ${result.failed} failed`, `${result.coverage.percentage}%`);
 * ```
 */
export async function runRuleTests(
  suites: readonly (string | RuleTestSuite)[],
  options?: RunRuleTestsOptions | null,
): Promise<RuleTestsResult> {
  const results: RuleSuiteResult[] = [];
  const unreadable = (what: string, path: IssuePath, error: unknown): RuleSuiteResult => ({
    cases: [],
    issues: [
      ruleTestIssue(DEFAULT_LOCALE, 'unreadable_input', path, {
        what,
        ...(error instanceof Error ? { detail: error.message } : {}),
      }),
    ],
  });
  let ctx: Context;
  try {
    ctx = contextOf(options);
  } catch (error) {
    ctx = contextOf(undefined);
    results.push(unreadable('options', [], error));
  }
  let list: unknown[] = [];
  try {
    if (!Array.isArray(suites)) throw new TypeError('not a list of suites');
    list = [...suites];
  } catch (error) {
    results.push(unreadable('suites', [], error));
  }
  for (const [index, suite] of list.entries()) {
    try {
      results.push(await runSuite(suite, ctx));
    } catch (error) {
      // Hostile data given in code (a Proxy, a getter that throws): an issue, never a throw.
      results.push(unreadable('suite', [index], error));
    }
  }
  const cases = results.flatMap((s) => s.cases);
  return {
    suites: results,
    passed: cases.filter((c) => c.status === 'passed').length,
    failed: cases.filter((c) => c.status === 'failed').length,
    errors: cases.filter((c) => c.status === 'error').length,
    issues: results.flatMap((s) => [...s.issues, ...s.cases.flatMap((c) => c.issues)]),
    coverage: ctx.coverage.result(),
  };
}

interface ReadSuite {
  readonly file?: string;
  readonly suite?: RuleTestSuite;
  readonly issues: RuleTestIssue[];
  readonly locate: (paths: readonly IssuePath[]) => { line?: number; column?: number }[];
}

const NOWHERE = (paths: readonly IssuePath[]) => paths.map(() => ({}));

function located(issues: RuleTestIssue[], locate: ReadSuite['locate']): RuleTestIssue[] {
  const positions = locate(issues.map((i) => i.path));
  return issues.map((i, k) => (i.line === undefined ? { ...i, ...positions[k] } : i));
}

function readSuite(input: unknown, ctx: Context): ReadSuite {
  const { locale } = ctx;
  if (typeof input === 'string') {
    const text = ctx.read(resolvePath(ctx.cwd, input));
    if (text === undefined)
      return {
        file: input,
        issues: [ruleTestIssue(locale, 'unreadable_file', [], { file: input }, input)],
        locate: NOWHERE,
      };
    const read = readText(text, 'yaml', locale);
    if (read.issues.length > 0) return { file: input, issues: withFile(read.issues, input), locate: NOWHERE };
    const parsed = RuleTestSuiteSchema.safeParse(read.value);
    if (!parsed.success) {
      const issues = fromZodIssues(parsed.error.issues, read.value, RuleTestSuiteSchema, locale);
      return {
        file: input,
        issues: withFile(located(issues, read.locateAll), input),
        locate: read.locateAll,
      };
    }
    return {
      file: input,
      suite: { file: input, ...(parsed.data as RuleTestSuite) },
      issues: [],
      locate: read.locateAll,
    };
  }
  const file = typeof input === 'object' && input !== null ? (input as { file?: unknown }).file : undefined;
  const name = typeof file === 'string' ? file : undefined;
  const { file: _, ...rest } = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const parsed = RuleTestSuiteSchema.safeParse(rest);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, rest, RuleTestSuiteSchema, locale);
    return { ...(name === undefined ? {} : { file: name }), issues: withFile(issues, name), locate: NOWHERE };
  }
  return {
    ...(name === undefined ? {} : { file: name }),
    suite: { ...(name === undefined ? {} : { file: name }), ...(parsed.data as RuleTestSuite) },
    issues: [],
    locate: NOWHERE,
  };
}

/** The folder a suite's relative paths start from. */
function baseOf(file: string | undefined): string {
  return file === undefined ? '.' : folderOf(file);
}

function loadConfig(
  suite: RuleTestSuite,
  ctx: Context,
  locate: ReadSuite['locate'],
): { config?: RulesConfig; issues: RuleTestIssue[] } {
  if (suite.config === undefined) return { issues: [] };
  const { locale } = ctx;
  if (typeof suite.config === 'string') {
    const file = resolvePath(baseOf(suite.file), suite.config);
    const text = ctx.read(resolvePath(ctx.cwd, file));
    if (text === undefined) {
      const issue = ruleTestIssue(locale, 'unreadable_file', ['config'], { file }, suite.file);
      return { issues: located([issue], locate) };
    }
    const loaded = loadRulesConfig(text, { locale });
    return loaded.success ? { config: loaded.data, issues: [] } : { issues: withFile(loaded.issues, file) };
  }
  const loaded = loadRulesConfig(suite.config, { locale });
  if (loaded.success) return { config: loaded.data, issues: [] };
  return { issues: withFile(located(prefixed(loaded.issues, ['config']), locate), suite.file) };
}

/** Expectations naming rules that are not in effect: a typo would make `absent` pass without testing anything. */
function unknownRules(suite: RuleTestSuite, rules: readonly EffectiveRule[], ctx: Context): RuleTestIssue[] {
  const ids = rules.map((r) => r.id);
  const known = new Set(ids);
  const issues: RuleTestIssue[] = [];
  const check = (rule: string | undefined, path: IssuePath): void => {
    if (rule === undefined || known.has(rule)) return;
    issues.push(ruleTestIssue(ctx.locale, 'unknown_rule', path, { rule, suggestion: didYouMean(rule, ids) }));
  };
  suite.cases.forEach((c, i) => {
    c.expect?.findings?.forEach((f, k) => check(f.rule, ['cases', i, 'expect', 'findings', k, 'rule']));
    c.expect?.absent?.forEach((id, k) => check(id, ['cases', i, 'expect', 'absent', k]));
    c.expect?.actions?.forEach((a, k) => check(a.rule, ['cases', i, 'expect', 'actions', k, 'rule']));
  });
  return issues;
}

async function runSuite(input: unknown, ctx: Context): Promise<RuleSuiteResult> {
  const read = readSuite(input, ctx);
  const file = read.file;
  if (read.suite === undefined)
    return { ...(file === undefined ? {} : { file }), cases: [], issues: read.issues };
  const suite = read.suite;
  const config = loadConfig(suite, ctx, read.locate);
  if (config.issues.length > 0) {
    const header = ruleTestIssue(
      ctx.locale,
      'invalid_config',
      ['config'],
      {
        file: typeof suite.config === 'string' ? resolvePath(baseOf(file), suite.config) : (file ?? ''),
      },
      file,
    );
    return {
      ...(file === undefined ? {} : { file }),
      cases: [],
      issues: [...located([header], read.locate), ...config.issues],
    };
  }
  const rules = applyRulesConfig(config.config);
  ctx.coverage.addRules(rules);
  const issues = withFile(located(unknownRules(suite, rules, ctx), read.locate), file);
  const cases: RuleCaseResult[] = [];
  for (const [index, c] of suite.cases.entries()) {
    cases.push(await runCase(c, index, suite, config.config, rules, ctx, read.locate));
  }
  return { ...(file === undefined ? {} : { file }), cases, issues };
}

const describeFinding = (f: RuleTestFinding): string =>
  [f.rule, f.subject === undefined ? '' : `@${f.subject}`, f.severity === undefined ? '' : `(${f.severity})`]
    .filter((s) => s !== '')
    .join(' ');

const describeAction = (a: RuleTestAction): string =>
  [
    a.rule ?? '',
    a.subject === undefined ? '' : `@${a.subject}`,
    a.toLevel === undefined ? '' : `→ ${a.toLevel}`,
  ]
    .filter((s) => s !== '')
    .join(' ');

function findingMatches(expected: RuleTestFinding, actual: RuleTestFinding): boolean {
  return (
    expected.rule === actual.rule &&
    (expected.subject === undefined || expected.subject === actual.subject) &&
    (expected.severity === undefined || expected.severity === actual.severity)
  );
}

function actionMatches(expected: RuleTestAction, actual: RuleTestAction): boolean {
  return (
    (expected.rule === undefined || expected.rule === actual.rule) &&
    (expected.subject === undefined || expected.subject === actual.subject) &&
    (expected.toLevel === undefined || expected.toLevel === actual.toLevel)
  );
}

/** The case's collaboration as plain data or text, with the issues of reading it. */
function collaborationOf(
  c: RuleTestCase,
  index: number,
  suite: RuleTestSuite,
  ctx: Context,
  locate: ReadSuite['locate'],
): { readonly parsed?: ReturnType<typeof parseCollaboration>; readonly issues: RuleTestIssue[] } {
  const { locale } = ctx;
  const at: IssuePath = ['cases', index, 'collaboration'];
  let value: unknown;
  let file: string | undefined;
  if (typeof c.collaboration === 'string') {
    file = resolvePath(baseOf(suite.file), c.collaboration);
    const text = ctx.read(resolvePath(ctx.cwd, file));
    if (text === undefined) {
      return {
        issues: withFile(
          located([ruleTestIssue(locale, 'unreadable_file', at, { file })], locate),
          suite.file,
        ),
      };
    }
    if (c.patch === undefined) {
      const parsed = loadCollaboration(text, { locale });
      return parsed.success ? { parsed, issues: [] } : { issues: withFile(parsed.issues, file) };
    }
    const read = readText(text, 'yaml', locale);
    if (read.issues.length > 0) return { issues: withFile(read.issues, file) };
    value = read.value;
  } else value = c.collaboration;
  if (c.patch !== undefined) {
    const patched = applyJsonPatch(value, c.patch, locale);
    if (!patched.success) {
      const op = c.patch[patched.index];
      const issue = ruleTestIssue(locale, 'patch_failed', ['cases', index, 'patch', patched.index], {
        index: patched.index + 1,
        what: op === undefined ? '' : `${op.op} ${op.path}`,
        detail: patched.reason,
      });
      return { issues: withFile(located([issue], locate), suite.file) };
    }
    value = patched.value;
  }
  const parsed = parseCollaboration(value, { locale });
  if (parsed.success) return { parsed, issues: [] };
  // Issues of an inline or patched collaboration point into the case; a patched file's, into the file.
  const detail = parsed.issues[0]?.message;
  const header = ruleTestIssue(
    locale,
    'invalid_collaboration',
    at,
    { file: file ?? c.name, ...(detail === undefined ? {} : { detail }) },
    suite.file,
  );
  const inner =
    file === undefined ? withFile(prefixed(parsed.issues, at), suite.file) : withFile(parsed.issues, file);
  return { issues: [...located([header], locate), ...inner.slice(1)] };
}

async function runCase(
  c: RuleTestCase,
  index: number,
  suite: RuleTestSuite,
  config: RulesConfig | undefined,
  rules: readonly EffectiveRule[],
  ctx: Context,
  locate: ReadSuite['locate'],
): Promise<RuleCaseResult> {
  const { locale } = ctx;
  const expected = {
    findings: c.expect?.findings ?? [],
    absent: c.expect?.absent ?? [],
    only: c.expect?.only ?? false,
    actions: c.expect?.actions ?? [],
  };
  const base = { name: c.name, ...(suite.file === undefined ? {} : { file: suite.file }), index, expected };
  const empty = { findings: [], actions: [] };
  const collaboration = collaborationOf(c, index, suite, ctx, locate);
  if (collaboration.parsed === undefined || !collaboration.parsed.success) {
    return { ...base, status: 'error', actual: empty, failures: [], issues: collaboration.issues };
  }
  const data = collaboration.parsed.data;
  const runs: ObservedRuleRun[] = [];
  let report: Report;
  try {
    report = await evaluateWith(
      data,
      { now: c.now, locale, engine: ctx.engine, ...(config === undefined ? {} : { config }) },
      { observe: (run) => runs.push(run) },
    );
  } catch (error) {
    const detail =
      (error as { issues?: readonly { message?: string }[] }).issues?.[0]?.message ??
      (error instanceof Error ? error.message : String(error));
    const issue = ruleTestIssue(locale, 'evaluation_failed', ['cases', index, 'now'], { detail });
    return {
      ...base,
      status: 'error',
      actual: empty,
      failures: [],
      issues: withFile(located([issue], locate), suite.file),
    };
  }
  const findings: RuleTestFinding[] = report.findings.map((f) => ({
    rule: f.ruleId,
    subject: f.subjectId ?? data.id,
    severity: f.severity,
  }));
  const actions: RuleTestAction[] = report.actions.map((a) => ({
    rule: a.ruleId,
    subject: a.subjectId,
    toLevel: a.toLevel,
  }));
  ctx.coverage.addCase(rules, new Set(findings.map((f) => f.rule)), runs);
  const failures: RuleCaseFailure[] = [];
  for (const f of expected.findings) {
    if (!findings.some((a) => findingMatches(f, a)))
      failures.push({
        code: 'missing_finding',
        finding: f,
        message: ruleTestMessage(locale, 'missing_finding', { what: describeFinding(f) }),
      });
  }
  for (const rule of expected.absent) {
    for (const f of findings.filter((a) => a.rule === rule))
      failures.push({
        code: 'absent_fired',
        finding: f,
        message: ruleTestMessage(locale, 'absent_fired', { rule, what: describeFinding(f) }),
      });
  }
  if (expected.only) {
    for (const f of findings) {
      if (!expected.findings.some((e) => findingMatches(e, f)))
        failures.push({
          code: 'unexpected_finding',
          finding: f,
          message: ruleTestMessage(locale, 'unexpected_finding', { what: describeFinding(f) }),
        });
    }
  }
  for (const a of expected.actions) {
    if (!actions.some((x) => actionMatches(a, x)))
      failures.push({
        code: 'missing_action',
        action: a,
        message: ruleTestMessage(locale, 'missing_action', { what: describeAction(a) }),
      });
  }
  return {
    ...base,
    status: failures.length === 0 ? 'passed' : 'failed',
    actual: { findings, actions },
    failures,
    issues: [],
  };
}
