import * as z from 'zod';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * An ISO date as the integer `YYYYMMDD` when it is a real calendar date, else -1: the checks of
 * {@link isoDateParts} without an array, for paths that read a date per milestone (at 100,000 milestones those
 * arrays are a measurable part of the garbage).
 *
 * @param value - The text to read.
 * @returns `year * 10000 + month * 100 + day`, or -1 when the text is not a real ISO date.
 * @example
 * ```ts
 * isoDateNumber('2026-09-01'); // 20260901
 * isoDateNumber('2026-02-30'); // -1
 * ```
 */
export function isoDateNumber(value: string): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  return day <= days ? year * 10000 + month * 100 + day : -1;
}

/**
 * Splits an ISO date into year, month and day when it is a real calendar date; a character scan, no regular
 * expression, because dates are parsed on hot paths (critical path over 100,000 milestones).
 *
 * @param value - The text to read.
 * @returns `[year, month, day]`, or `undefined` when the text is not a real ISO date.
 * @example
 * ```ts
 * isoDateParts('2026-09-01'); // [2026, 9, 1]
 * isoDateParts('2026-02-30'); // undefined
 * ```
 */
export function isoDateParts(value: string): [number, number, number] | undefined {
  const n = isoDateNumber(value);
  return n < 0 ? undefined : [Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100];
}

/**
 * Whether a string is a real calendar date in ISO form `YYYY-MM-DD` (so `2026-02-30` is not).
 *
 * @param value - The text to test.
 * @returns `true` when the text names a day that exists in the proleptic Gregorian calendar.
 * @example
 * ```ts
 * isIsoDate('2026-02-28'); // true
 * isIsoDate('2026-02-30'); // false
 * ```
 */
export function isIsoDate(value: string): boolean {
  return isoDateParts(value) !== undefined;
}

/**
 * An ISO calendar date `YYYY-MM-DD`, checked to exist (`2026-02-30` is rejected with code `invalid_date`).
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2026-09-01'); // '2026-09-01'
 * ```
 */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { params: { crossdept: 'invalid_date' }, abort: true })
  .meta({
    description: 'An ISO calendar date, YYYY-MM-DD',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  });

/** An ISO calendar date `YYYY-MM-DD`. @example `const d: IsoDate = '2026-09-01';` */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * An identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit; at most 100 characters.
 *
 * @example
 * ```ts
 * IdSchema.parse('new-product-launch');
 * ```
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u)
  .describe('An identifier: letters, digits, ".", "_" and "-"');

/** An entity identifier. @example `const id: Id = 'rd';` */
export type Id = z.infer<typeof IdSchema>;

/**
 * Whether text contains a control character other than tab, line feed and carriage return: C0 (U+0000–U+001F),
 * DEL (U+007F) or C1 (U+0080–U+009F).
 *
 * @param value - The text.
 * @returns `true` when it has one.
 * @example
 * ```ts
 * hasControlCharacter('a\u001b[31m'); // true
 * hasControlCharacter('第一行\n第二行'); // false
 * ```
 */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0x7f && c <= 0x9f) return true;
  }
  return false;
}

/**
 * Free text of at most 10,000 characters, without control characters. Blank text parses; whether it is
 * meaningful is the rules' concern.
 *
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1) are refused with an
 * `invalid_format` issue: no name, duty or minute contains them, and text flows into Markdown, HTML, terminals
 * and spreadsheets, where an ESC sequence recolours or rewrites a terminal, NUL truncates, and a BEL or
 * backspace hides what was written. Ids refuse them too (letters, digits, `.`, `_`, `-` only).
 *
 * @example
 * ```ts
 * TextSchema.parse('完成产品功能开发');
 * TextSchema.safeParse('Wang\u001b[2J').success; // false
 * ```
 */
export const TextSchema = z
  .string()
  .max(10_000)
  .refine((value) => !hasControlCharacter(value), { params: { crossdept: 'plain_text' }, abort: true });

/**
 * A whole number of days, zero or more.
 *
 * @example
 * ```ts
 * DayCountSchema.parse(5);
 * ```
 */
export const DayCountSchema = z.number().int().min(0).max(100_000);

/** Which part of a period-relative month a due date names. @example `MonthPartSchema.parse('end');` */
export const MonthPartSchema = z.enum(['start', 'mid', 'end']);
/** Which part of a month: `start`, `mid` or `end`. @example `const p: MonthPart = 'mid';` */
export type MonthPart = z.infer<typeof MonthPartSchema>;

/**
 * A due date relative to `period.start`: month N of the period (`start`, `mid` or `end` of it).
 *
 * @example
 * ```ts
 * RelativeMonthDueSchema.parse({ month: 1, part: 'end' });
 * ```
 */
export const RelativeMonthDueSchema = z.strictObject({
  month: z.number().int().min(1).max(1200),
  part: MonthPartSchema,
});

/**
 * A due date N calendar days after `period.start`.
 *
 * @example
 * ```ts
 * RelativeDaysDueSchema.parse({ days: 30 });
 * ```
 */
export const RelativeDaysDueSchema = z.strictObject({
  days: DayCountSchema,
});

/**
 * A due date: an ISO date, `{ month, part }` or `{ days }` relative to `period.start`.
 *
 * @example
 * ```ts
 * DueSchema.parse('2026-11-30');
 * DueSchema.parse({ month: 2, part: 'mid' });
 * DueSchema.parse({ days: 10 });
 * ```
 */
export const DueSchema = z.union([IsoDateSchema, RelativeMonthDueSchema, RelativeDaysDueSchema]);

/** A due date: ISO date or period-relative spec. @example `const due: Due = { month: 1, part: 'end' };` */
export type Due = z.infer<typeof DueSchema>;
/** A period-relative month due date. @example `const due: RelativeMonthDue = { month: 3, part: 'mid' };` */
export type RelativeMonthDue = z.infer<typeof RelativeMonthDueSchema>;
/** A due date N days after the period start. @example `const due: RelativeDaysDue = { days: 14 };` */
export type RelativeDaysDue = z.infer<typeof RelativeDaysDueSchema>;

/**
 * The collaboration period: `start` and `end`, inclusive ISO dates (`end` must not precede `start`).
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ start: '2026-09-01', end: '2026-11-30' });
 * ```
 */
export const PeriodSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
});

/** The collaboration period. @example `const p: Period = { start: '2026-09-01', end: '2026-11-30' };` */
export type Period = z.infer<typeof PeriodSchema>;
