import { addMonths } from 'date-fns';
import { match } from 'ts-pattern';
import type { Due, MonthPart, Period } from '../model/primitives.js';
import { addDays, fromDayNumber, toDayNumber } from './day.js';

function addMonthsIso(date: string, months: number): string {
  // date-fns works on local-time Date objects; noon keeps any DST shift inside the same day.
  const local = new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    12,
  );
  const moved = addMonths(local, months);
  const y = String(moved.getFullYear()).padStart(4, '0');
  const m = String(moved.getMonth() + 1).padStart(2, '0');
  const d = String(moved.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Resolves a due date to an ISO date. A period-relative `{ month: N, part }` means month N of the period,
 * which spans `[start + (N−1) months, start + N months)`: `start` is its first day, `mid` its first day + 14
 * days, `end` the day before `start + N months` (month ends clamp, as date-fns does). `{ days: N }` is N calendar
 * days after `period.start`.
 *
 * @param due - An ISO date or a period-relative spec.
 * @param period - The collaboration period (only `start` is used).
 * @returns The ISO date.
 * @example
 * ```ts
 * const period = { start: '2026-09-01', end: '2026-11-30' };
 * resolveDue({ month: 1, part: 'end' }, period); // '2026-09-30'
 * resolveDue({ month: 2, part: 'mid' }, period); // '2026-10-15'
 * resolveDue({ days: 10 }, period); // '2026-09-11'
 * resolveDue('2026-11-30', period); // '2026-11-30'
 * ```
 */
export function resolveDue(due: Due, period: Pick<Period, 'start'>): string {
  if (typeof due === 'string') return due;
  if ('days' in due) return addDays(period.start, due.days);
  const monthStart = addMonthsIso(period.start, due.month - 1);
  return match<MonthPart, string>(due.part)
    .with('start', () => monthStart)
    .with('mid', () => addDays(monthStart, 14))
    .with('end', () => fromDayNumber(toDayNumber(addMonthsIso(period.start, due.month)) - 1))
    .exhaustive();
}
