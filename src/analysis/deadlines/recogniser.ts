import type { AnalysisContext } from '../context.js';
import type { Signals } from '../signals.js';
import type { DeadlineForm, TimeUnit } from '../types.js';

/**
 * A recogniser's match: tokens `[first, end)`, what they mean, and whether a baseline word may cancel it.
 *
 * @example
 * ```ts
 * import type { DeadlineHit } from './recogniser.js';
 *
 * const hit: DeadlineHit = { first: 0, end: 3, form: 'within', date: 20_787, amount: 3, unit: 'month' };
 * ```
 */
export interface DeadlineHit {
  readonly first: number;
  readonly end: number;
  readonly form: DeadlineForm;
  /** The day number it resolves to (the schedule's day numbers), when it resolves. */
  readonly date: number | undefined;
  readonly amount?: number;
  readonly unit?: TimeUnit;
  /** Absolute years and dates can be baselines ("compared to 2024", 在2025年基础上); windows cannot. */
  readonly absolute?: boolean;
  /** A relative phrase that only consumes its tokens (去年, last year). */
  readonly baseline?: boolean;
}

/**
 * The {@link DeadlineRecogniser.startsAt} bit of a token where a number starts (the other bits are the lexicons'
 * `FIRST` bits of the token's key).
 *
 * @example
 * ```ts
 * import { FIRST } from '../tries.js';
 * import { NUMBER_START } from './recogniser.js';
 *
 * (NUMBER_START & FIRST.window) === 0; // true
 * ```
 */
export const NUMBER_START = 1 << 30;

/**
 * One deadline pattern: where it can start and what it reads there. Each looks ahead a bounded number of tokens,
 * so trying every recogniser at every token keeps the scan linear.
 *
 * @example
 * ```ts
 * import { NUMBER_START, type DeadlineRecogniser } from './recogniser.js';
 *
 * const fiscalYear: DeadlineRecogniser = {
 *   name: 'fiscal-year',
 *   startsAt: NUMBER_START,
 *   recognise: (ctx, i) => undefined,
 * };
 * ```
 */
export interface DeadlineRecogniser {
  /** A stable name, for tests and traces. */
  readonly name: string;
  /**
   * The tokens it can start at: `FIRST` bits of the token's key, and {@link NUMBER_START} where a number starts.
   * It is tried only where the token has one of these bits.
   */
  readonly startsAt: number;
  /** The match starting at token `i`, if any. */
  readonly recognise: (ctx: AnalysisContext, i: number, signals: Signals) => DeadlineHit | undefined;
}
