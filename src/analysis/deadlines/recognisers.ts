import { chineseDateRecogniser } from './chinese-date.js';
import { dayOfMonthRecogniser } from './day-of-month.js';
import { englishDateRecogniser } from './english-date.js';
import { halfYearRecogniser } from './half-year.js';
import { numericDateRecogniser } from './numeric-date.js';
import { quarterRecogniser } from './quarter.js';
import type { DeadlineRecogniser } from './recogniser.js';
import { recurringRecogniser } from './recurring.js';
import { relativeMonthRecogniser } from './relative-month.js';
import { relativeTimeRecogniser } from './relative-time.js';
import { weekdayRecogniser } from './weekday.js';
import { windowRecogniser } from './window.js';

/**
 * The deadline recognisers in order of precedence: at each token the first that matches wins. Recurring
 * deadlines come first (每月5日前 is not the 5th), dates written in digits before Chinese dates (2026-03-31 before
 * 2026年), quarters, halves and period months before windows (第二个月 is not a window of two months), windows
 * before English dates (within 3 months), and the lexicon's relative phrases and a bare 15日前 last.
 *
 * @example
 * ```ts
 * import { DEADLINE_RECOGNISERS } from './recognisers.js';
 *
 * DEADLINE_RECOGNISERS.map((r) => r.name)[0]; // 'recurring'
 * ```
 */
export const DEADLINE_RECOGNISERS: readonly DeadlineRecogniser[] = [
  recurringRecogniser,
  numericDateRecogniser,
  chineseDateRecogniser,
  quarterRecogniser,
  halfYearRecogniser,
  relativeMonthRecogniser,
  windowRecogniser,
  englishDateRecogniser,
  weekdayRecogniser,
  relativeTimeRecogniser,
  dayOfMonthRecogniser,
];
