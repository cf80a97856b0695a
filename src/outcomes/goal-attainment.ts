import type { Locale } from '../i18n/locale.js';
import type { Collaboration, CollaborationInput } from '../model/types.js';
import type { RulesConfig } from '../rules/config/schema.js';
import type { RulesConfigOption } from '../rules/config-option.js';
import { goalOnTrack } from '../rules/goal/on-track.js';
import { toDayNumber } from '../schedule/day.js';
import { goalWindow, type MeasureAttainment, measureAttainment } from './measure-progress.js';
import { parsedCollaboration, readOutcomeOptions } from './options.js';

/**
 * Options of {@link goalAttainment}.
 *
 * @example
 * ```ts
 * import type { GoalAttainmentOptions } from 'crossdept';
 *
 * const options: GoalAttainmentOptions = { now: '2026-11-26', locale: 'en' };
 * ```
 */
export interface GoalAttainmentOptions {
  /** The date the collaboration is seen from, ISO `YYYY-MM-DD`; the library never reads the clock. */
  readonly now: string;
  /** The locale of the issues' messages when the input is rejected (`zh-CN` by default). */
  readonly locale?: Locale;
  /** A PMO config: its `goal.on-track` tolerance decides `onTrack` (0.1 by default). */
  readonly config?: RulesConfigOption | null | undefined;
}

/** The tolerance of `goal.on-track` under a config. */
export function onTrackTolerance(config: RulesConfig | undefined): number {
  return config?.rules['goal.on-track']?.params?.tolerance ?? goalOnTrack.params.tolerance!.default;
}

/** The attainment of every measure of a parsed collaboration. */
export function attainmentOf(c: Collaboration, now: string, tolerance: number): MeasureAttainment[] {
  const window = goalWindow(c);
  const nowDay = toDayNumber(now);
  return (c.goal?.measures ?? []).map((m) => measureAttainment(m, window, nowDay, tolerance));
}

/**
 * How each goal measure stands at `now`: its target, latest actual and its date, the attainment (progress from
 * the baseline, 0 when absent, toward the target: 1 = reached; for a `decrease` measure falling values are
 * progress), the value expected by now (linear from the baseline at `period.start` to the target at the goal
 * deadline, else `period.end`), and whether it is on track (behind the expectation by no more than the
 * `goal.on-track` tolerance, 0.1 of the distance from baseline to target unless the config says otherwise).
 *
 * @param collaboration - A collaboration (parsed, or an object that parses; it is validated).
 * @param options - `now` (ISO date, required), `locale` (of a rejection's messages), `config`.
 * @returns One entry per measure, in the goal's order.
 * @throws {@link OutcomesError} (and never anything else) with code `invalid_options`, `invalid_locale`,
 *   `invalid_now`, `invalid_config` or `invalid_collaboration`.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { goalAttainment, loadCollaboration } from 'crossdept';
 *
 * const loaded = loadCollaboration(readFileSync('examples/new-product-launch.yaml', 'utf8'));
 * if (loaded.success) {
 *   for (const m of goalAttainment(loaded.data, { now: '2026-11-26' })) {
 *     console.log(m.metric, m.target, m.latest, m.attainment, m.expectedByNow, m.onTrack);
 *   }
 * }
 * ```
 */
export function goalAttainment(
  collaboration: Collaboration | CollaborationInput,
  options: GoalAttainmentOptions,
): MeasureAttainment[] {
  const { now, locale, config } = readOutcomeOptions(options);
  const c = parsedCollaboration(collaboration, locale);
  return attainmentOf(c, now, onTrackTolerance(config));
}
