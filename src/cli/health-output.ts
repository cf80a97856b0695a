import type { HealthReason, HealthResult, HealthStatus } from '../index.js';
import type { CliContext } from './context.js';
import { cliMessage } from './messages/catalogue.js';
import type { Colors } from './output.js';
import { line } from './output.js';

const COLOR: { readonly [S in HealthStatus]: keyof Pick<Colors, 'green' | 'yellow' | 'red'> } = {
  green: 'green',
  amber: 'yellow',
  red: 'red',
};

const MARK: { readonly [S in HealthStatus]: string } = { green: '●', amber: '●', red: '●' };

/**
 * A health status as a coloured word: `● red`.
 *
 * @param status - The status.
 * @param ctx - The run's context (locale, colours).
 * @returns The word, coloured for the terminal.
 * @example
 * ```ts
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * healthWord('amber', ctx);
 * ```
 */
export function healthWord(status: HealthStatus, ctx: CliContext): string {
  return ctx.out[COLOR[status]](`${MARK[status]} ${cliMessage(ctx.locale, `health.${status}`)}`);
}

/**
 * Prints a health status with its reasons, one per line, red reasons first.
 *
 * @param result - What `health` returned.
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { HealthResult } from '../index.js';
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * declare const result: HealthResult;
 * writeHealth(result, ctx);
 * ```
 */
export function writeHealth(result: HealthResult, ctx: CliContext): void {
  const { io, locale, out } = ctx;
  line(
    io.stdout,
    cliMessage(locale, 'labelled', {
      label: out.bold(cliMessage(locale, 'healthLabel')),
      value: healthWord(result.status, ctx),
    }),
  );
  writeReasons(result.reasons, ctx);
}

/** The causes a check's report already shows (its findings table and escalations). */
const IN_REPORT: ReadonlySet<HealthReason['cause']> = new Set([
  'error-finding',
  'warning-finding',
  'escalation-due',
  'escalation-exhausted',
]);

/**
 * The health reasons a check's report does not already show (critical milestones, measures, escalations coming
 * up), one per line.
 *
 * @param result - What `health` returned.
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { HealthResult } from '../index.js';
 * import type { CliContext } from './context.js';
 *
 * declare const ctx: CliContext;
 * declare const result: HealthResult;
 * writeOtherReasons(result, ctx);
 * ```
 */
export function writeOtherReasons(result: HealthResult, ctx: CliContext): void {
  writeReasons(
    result.reasons.filter((r) => !IN_REPORT.has(r.cause)),
    ctx,
  );
}

function writeReasons(reasons: readonly HealthReason[], ctx: CliContext): void {
  const { io, out } = ctx;
  for (const r of reasons) {
    const tag = r.ruleId ?? r.cause;
    const subject = r.subjectId === undefined ? '' : ` · ${r.subjectId}`;
    line(io.stdout, `  ${out[COLOR[r.status]]('•')} ${out.dim(`${tag}${subject}`)} ${r.message}`);
  }
}
