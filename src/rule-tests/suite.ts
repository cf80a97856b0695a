import * as z from 'zod';

const RULE_ID = z.string().min(1).max(200);

/** One finding a case expects: the rule, and optionally the subject's id and the severity. */
const ExpectedFindingSchema = z.strictObject({
  rule: RULE_ID,
  subject: z.string().max(2000).optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
});

/** One escalation a case expects: any of the level, the subject's id and the rule. */
const ExpectedActionSchema = z.strictObject({
  toLevel: z.number().int().min(1).max(1000).optional(),
  subject: z.string().max(2000).optional(),
  rule: RULE_ID.optional(),
});

const PatchOperationSchema = z.strictObject({
  op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
  path: z.string().max(2000),
  value: z.unknown().optional(),
  from: z.string().max(2000).optional(),
});

/** One case of a suite. */
export const RuleTestCaseSchema = z.strictObject({
  name: z.string().min(1).max(500),
  collaboration: z.union([z.string().min(1).max(2000), z.record(z.string(), z.unknown())]),
  patch: z.array(PatchOperationSchema).max(1000).optional(),
  now: z.string().max(100),
  expect: z
    .strictObject({
      findings: z.array(ExpectedFindingSchema).max(1000).optional(),
      absent: z.array(RULE_ID).max(1000).optional(),
      only: z.boolean().optional(),
      actions: z.array(ExpectedActionSchema).max(1000).optional(),
    })
    .optional(),
});

/** A suite file: an optional config, and its cases. */
export const RuleTestSuiteSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  config: z.union([z.string().min(1).max(2000), z.record(z.string(), z.unknown())]).optional(),
  cases: z.array(RuleTestCaseSchema).min(1).max(10_000),
});

/**
 * A finding a case expects, or one it got: the rule, the subject's id (the collaboration's own id for rules of
 * the collaboration scope) and the severity.
 *
 * @example
 * ```ts
 * import type { RuleTestFinding } from 'crossdept';
 *
 * const f: RuleTestFinding = { rule: 'acme.max-departments', severity: 'warning' };
 * ```
 */
export interface RuleTestFinding {
  readonly rule: string;
  readonly subject?: string;
  readonly severity?: 'error' | 'warning' | 'info';
}

/**
 * An escalation a case expects, or one it got.
 *
 * @example
 * ```ts
 * import type { RuleTestAction } from 'crossdept';
 *
 * const a: RuleTestAction = { toLevel: 1, subject: 'launch' };
 * ```
 */
export interface RuleTestAction {
  readonly toLevel?: number;
  readonly subject?: string;
  readonly rule?: string;
}

/**
 * One operation of an RFC 6902 JSON Patch.
 *
 * @example
 * ```ts
 * import type { RuleTestPatchOperation } from 'crossdept';
 *
 * const op: RuleTestPatchOperation = { op: 'add', path: '/departments/-', value: { id: 'legal', name: '法务部', role: 'support' } };
 * ```
 */
export interface RuleTestPatchOperation {
  readonly op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  readonly path: string;
  readonly value?: unknown;
  readonly from?: string;
}

/**
 * One case: a collaboration (a file, relative to the suite, or an inline object), an optional patch applied to it
 * before validation, `now`, and what to expect.
 *
 * @example
 * ```ts
 * import type { RuleTestCase } from 'crossdept';
 *
 * const c: RuleTestCase = {
 *   name: 'the worked example is clean', collaboration: '../examples/new-product-launch.yaml', now: '2026-11-26',
 *   expect: { findings: [], only: true },
 * };
 * ```
 */
export interface RuleTestCase {
  readonly name: string;
  readonly collaboration: string | Readonly<Record<string, unknown>>;
  readonly patch?: readonly RuleTestPatchOperation[];
  readonly now: string;
  readonly expect?: {
    readonly findings?: readonly RuleTestFinding[];
    readonly absent?: readonly string[];
    readonly only?: boolean;
    readonly actions?: readonly RuleTestAction[];
  };
}

/**
 * A parsed suite: an optional rules config (a file relative to the suite, or an inline config) and its cases.
 * `file` is where it was read from (relative paths in it are resolved against its folder), absent for a suite
 * built in code (resolved against `cwd`).
 *
 * @example
 * ```ts
 * import type { RuleTestSuite } from 'crossdept';
 *
 * const suite: RuleTestSuite = {
 *   config: { rules: { 'retro.recognition': 'off' } },
 *   cases: [{ name: 'clean', collaboration: 'examples/new-product-launch.yaml', now: '2026-11-26', expect: { only: true } }],
 * };
 * ```
 */
export interface RuleTestSuite {
  readonly file?: string;
  readonly config?: string | Readonly<Record<string, unknown>>;
  readonly cases: readonly RuleTestCase[];
}
