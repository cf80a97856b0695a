import { expect } from 'vitest';
import { safeCompileRules } from '../../src/engine/compile.js';
import { EngineError } from '../../src/engine/errors.js';
import { runWithJsonRulesEngine } from '../../src/engine/json-rules-engine.js';
import type { EngineOptions, Facts, RuleProperties, RunResult } from '../../src/engine/types.js';

/** What a run ended with: the result, or the first failure's code (and undefined fact). */
export type Outcome =
  | { readonly ok: true; readonly result: RunResult }
  | { readonly ok: false; readonly code: string; readonly fact: string | undefined };

/** Runs json-rules-engine (the reference) and reports its outcome. */
export async function reference(
  rules: readonly RuleProperties[],
  facts: Facts,
  options: EngineOptions = {},
): Promise<Outcome> {
  try {
    return { ok: true, result: await runWithJsonRulesEngine(rules, facts, options) };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const issue = error.issues[0]!;
    return { ok: false, code: issue.code, fact: issue.fact };
  }
}

/**
 * Runs both engines and asserts the compiled pack gives json-rules-engine's outcome: the same result trees
 * condition by condition (same fields, same text), the same events in the same order in both modes, or the
 * same first failure.
 */
export async function assertSameOutcome(
  rules: readonly RuleProperties[],
  facts: Facts,
  options: EngineOptions = {},
): Promise<Outcome> {
  const compiled = safeCompileRules(rules, options);
  if (!compiled.success) throw new Error(`the rules must compile: ${compiled.issues[0]?.message}`);
  const pack = compiled.data;
  const expected = await reference(rules, facts, options);
  const actual = pack.safeRun(facts);
  if (expected.ok) {
    expect(actual.success).toBe(true);
    if (!actual.success) return expected;
    // toStrictEqual: a field json-rules-engine leaves out (factResult of an undefined fact, …) must be absent.
    expect(actual.data).toStrictEqual(expected.result);
    // Same text too: same fields, in the same order.
    expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.result));
    expect(actual.data.events.map((e) => e.type)).toEqual(expected.result.events.map((e) => e.type));
    // The lean run gives the same events in the same order.
    const lean = pack.run(facts, { explain: false });
    expect(lean.events).toEqual(expected.result.events);
    expect(lean.failureEvents).toEqual(expected.result.failureEvents);
  } else {
    expect(actual.success).toBe(false);
    if (actual.success) return expected;
    const issue = actual.issues[0]!;
    // The same failure json-rules-engine rejects with first: the same code, and the same undefined fact.
    expect({ code: issue.code, fact: issue.fact }).toEqual({ code: expected.code, fact: expected.fact });
    // The lean run fails the same way.
    let leanIssue: { code: string; fact: string | undefined } | undefined;
    try {
      pack.run(facts, { explain: false });
    } catch (error) {
      if (error instanceof EngineError)
        leanIssue = { code: error.issues[0]!.code, fact: error.issues[0]!.fact };
    }
    expect(leanIssue).toEqual({ code: issue.code, fact: issue.fact });
  }
  return expected;
}
