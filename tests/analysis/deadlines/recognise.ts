// Runs one deadline recogniser on one statement, at the token where a given text starts, as findDeadlines would:
// the context, the signals and the calendar built the same way, the hit read back as text and ISO date.
import { expect } from 'vitest';
import { createContext, spanOf } from '../../../src/analysis/context.js';
import { dayOfIso, isoOfDay } from '../../../src/analysis/deadlines/day-arithmetic.js';
import { type DeadlineRecogniser, NUMBER_START } from '../../../src/analysis/deadlines/recogniser.js';
import { detectLocale } from '../../../src/analysis/detect-locale.js';
import { computeSignals } from '../../../src/analysis/signals.js';
import { tokenize } from '../../../src/analysis/tokenize.js';
import type { DeadlineForm, TimeUnit } from '../../../src/analysis/types.js';
import type { Locale } from '../../../src/i18n/locale.js';
import type { Calendar } from '../../../src/model/types.js';
import { workCalendar } from '../../../src/schedule/working-days.js';

/** What a recogniser read, as people check it: the text it spans and the ISO date it resolves to. */
export interface Recognised {
  readonly text: string;
  readonly form: DeadlineForm;
  readonly date?: string;
  readonly amount?: number;
  readonly unit?: TimeUnit;
  readonly absolute?: boolean;
  readonly baseline?: boolean;
}

export interface RecogniseOptions {
  readonly reference?: string;
  readonly locale?: Locale;
  readonly calendar?: Calendar | undefined;
}

/**
 * The recogniser's hit at the token where `at` first starts in `statement`, or `undefined` when it reads nothing
 * there. A hit also asserts that the recogniser is tried at that token (its `startsAt` covers it), so a case
 * that passes here is one findDeadlines can find.
 */
export function recognise(
  recogniser: DeadlineRecogniser,
  statement: string,
  at: string,
  options: RecogniseOptions = {},
): Recognised | undefined {
  const tokens = tokenize(statement);
  const offset = statement.indexOf(at);
  const i = tokens.findIndex((t) => t.start === offset);
  if (offset === -1 || i === -1) throw new Error(`no token starts "${at}" in "${statement}"`);
  const reference = options.reference === undefined ? undefined : dayOfIso(options.reference);
  const locale = options.locale ?? detectLocale(statement);
  const ctx = createContext(statement, tokens, locale, reference, workCalendar(options.calendar));
  const hit = recogniser.recognise(ctx, i, computeSignals(ctx));
  if (hit === undefined) return undefined;
  const starts = ctx.mask[i]! | (ctx.numberStartingAt[i] === -1 ? 0 : NUMBER_START);
  expect(starts & recogniser.startsAt, `${recogniser.name} is tried at "${at}"`).not.toBe(0);
  const date = isoOfDay(hit.date);
  return {
    text: spanOf(ctx, hit.first, hit.end).text,
    form: hit.form,
    ...(date === undefined ? {} : { date }),
    ...(hit.amount === undefined ? {} : { amount: hit.amount }),
    ...(hit.unit === undefined ? {} : { unit: hit.unit }),
    ...(hit.absolute === undefined ? {} : { absolute: hit.absolute }),
    ...(hit.baseline === undefined ? {} : { baseline: hit.baseline }),
  };
}
