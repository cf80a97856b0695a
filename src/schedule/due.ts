// The function's own module: the package index loads every date-fns function (about 80 ms of start-up).
import { addMonths } from 'date-fns/addMonths';
import { match } from 'ts-pattern';
import { type Due, isIsoDate, type Period } from '../model/primitives.js';
import { addDays, fromDayNumber, toDayNumber } from './day.js';

const INVALID_DATE = 'Invalid Date';

function addMonthsIso(date: string, months: number): string {
  // date-fns works on local-time Date objects; noon keeps any DST shift inside the same day.
  const local = new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    12,
  );
  const moved = addMonths(local, months);
  if (Number.isNaN(moved.getTime())) return INVALID_DATE;
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
 * @returns The ISO date (a text `due` as it is); `'Invalid Date'` when the spec or the period start is not one
 *   (or cannot be read). It never throws.
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
  try {
    if (typeof due !== 'object' || due === null || typeof period !== 'object' || period === null) {
      return INVALID_DATE;
    }
    const start: unknown = period.start;
    if (typeof start !== 'string' || !isIsoDate(start)) return INVALID_DATE;
    if ('days' in due) return addDays(start, due.days);
    const { month, part } = due as { readonly month: unknown; readonly part: unknown };
    if (typeof month !== 'number' || !Number.isFinite(month)) return INVALID_DATE;
    const monthStart = addMonthsIso(start, month - 1);
    if (monthStart === INVALID_DATE) return INVALID_DATE;
    return match<unknown, string>(part)
      .with('start', () => monthStart)
      .with('mid', () => addDays(monthStart, 14))
      .with('end', () => fromDayNumber(toDayNumber(addMonthsIso(start, month)) - 1))
      .otherwise(() => INVALID_DATE);
  } catch {
    // A getter or Proxy trap in the due date or period threw: there is no date to give.
    return INVALID_DATE;
  }
}
