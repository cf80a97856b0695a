// The arbitraries' arguments, read once into clean copies and checked, so a wrong argument is a CrossdeptError
// with code `invalid_argument` when the arbitrary is built, never a TypeError while fast-check generates.
import { argumentError, guarded } from '../i18n/argument.js';
import type { IssuePath } from '../issues/issue.js';
import { isIsoDate, type Period } from '../model/primitives.js';

/**
 * What entity arbitraries may refer to: the period and the ids that exist.
 *
 * @example
 * ```ts
 * const ctx: EntityContext = { period: { start: '2026-09-01', end: '2026-11-30' }, departments: ['rd'], people: ['wang'] };
 * ```
 */
export interface EntityContext {
  readonly period: Period;
  readonly departments: readonly string[];
  readonly people: readonly string[];
  readonly milestones?: readonly string[];
  readonly conflicts?: readonly string[];
}

/** The most ids {@link checkCount} lets a helper make: far more than any property test needs. */
export const MAX_GENERATED = 100_000;

/** Text, else `invalid_argument` at `at`. */
export function checkText(value: unknown, at: IssuePath): string {
  if (typeof value !== 'string') throw argumentError('invalid_argument', at, { kind: 'text' });
  return value;
}

/** A whole number from 0 to {@link MAX_GENERATED}, else `invalid_argument` at `at`. */
export function checkCount(value: unknown, at: IssuePath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_GENERATED) {
    throw argumentError('invalid_argument', at, { kind: 'count' });
  }
  return value;
}

/** A real ISO date, else `invalid_argument` at `at`. */
export function checkDate(value: unknown, at: IssuePath): string {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw argumentError('invalid_argument', at, { kind: 'date' });
  return value;
}

/** A list of text (copied), else `invalid_argument` at `at`; `undefined` stays `undefined` when `optional`. */
function checkTexts(value: unknown, at: IssuePath, optional: boolean): string[] | undefined {
  if (optional && value === undefined) return undefined;
  if (!Array.isArray(value)) throw argumentError('invalid_argument', at, { kind: 'entities' });
  const copy = [...(value as readonly unknown[])];
  if (copy.length > MAX_GENERATED || !copy.every((v) => typeof v === 'string')) {
    throw argumentError('invalid_argument', at, { kind: 'entities' });
  }
  return copy as string[];
}

/** A list of ids (copied), else `invalid_argument` at `at`. */
export function checkIds(value: unknown, at: IssuePath): string[] {
  return guarded(at, () => checkTexts(value, at, false)!);
}

/** A period of real ISO dates, start not after end (copied), else `invalid_argument` at `at`. */
export function checkPeriod(value: unknown, at: IssuePath): Period {
  return guarded(at, () => {
    if (typeof value !== 'object' || value === null)
      throw argumentError('invalid_argument', at, { kind: 'period' });
    const { start, end } = value as { readonly start?: unknown; readonly end?: unknown };
    if (
      typeof start !== 'string' ||
      typeof end !== 'string' ||
      !isIsoDate(start) ||
      !isIsoDate(end) ||
      end < start
    ) {
      throw argumentError('invalid_argument', at, { kind: 'period' });
    }
    return { start, end };
  });
}

/** An entity context (copied: the period and the id lists), else `invalid_argument` at `at`. */
export function checkContext(value: unknown, at: IssuePath): EntityContext {
  return guarded(at, () => {
    if (typeof value !== 'object' || value === null)
      throw argumentError('invalid_argument', at, { kind: 'entities' });
    const { period, departments, people, milestones, conflicts } = value as Record<string, unknown>;
    const ms = checkTexts(milestones, [...at, 'milestones'], true);
    const cs = checkTexts(conflicts, [...at, 'conflicts'], true);
    return {
      period: checkPeriod(period, [...at, 'period']),
      departments: checkTexts(departments, [...at, 'departments'], false)!,
      people: checkTexts(people, [...at, 'people'], false)!,
      ...(ms === undefined ? {} : { milestones: ms }),
      ...(cs === undefined ? {} : { conflicts: cs }),
    };
  });
}
