import type { NotificationChannel } from '../../index.js';

/**
 * Why a platform refused a message, in terms a person can act on.
 *
 * @example `const reason: FailureReason = 'keyword';`
 */
export type FailureReason =
  | 'signature'
  | 'keyword'
  | 'ip'
  | 'rate_limit'
  | 'webhook'
  | 'too_large'
  | 'server'
  | 'network'
  | 'timeout'
  | 'rejected';

/** A failed attempt: why, whether trying again may help, and the platform's own words. @example `const f: Failure = { reason: 'server', transient: true, detail: 'HTTP 502' };` */
export interface Failure {
  readonly reason: FailureReason;
  readonly transient: boolean;
  /** The platform's code and message, or the HTTP status. */
  readonly detail: string;
  /** Seconds the platform asked to wait (Retry-After). */
  readonly retryAfter?: number;
}

function json(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const fail = (reason: FailureReason, detail: string, transient = false): Failure => ({
  reason,
  transient,
  detail,
});

function dingtalk(body: Record<string, unknown>): Failure | null {
  const code = body.errcode;
  const message = String(body.errmsg ?? '');
  if (code === 0) return null;
  const detail = `${String(code)} ${message}`.trim();
  if (code === 130101) return fail('rate_limit', detail, true);
  if (code === 310000) {
    if (/keyword/i.test(message)) return fail('keyword', detail);
    if (/\bip\b|whitelist|white list/i.test(message)) return fail('ip', detail);
    return fail('signature', detail); // sign not match, invalid timestamp
  }
  if (code === 300001 || code === 400101 || /token/i.test(message)) return fail('webhook', detail);
  if (code === 460101 || /too (big|long|large)/i.test(message)) return fail('too_large', detail);
  return fail('rejected', detail);
}

function feishu(body: Record<string, unknown>): Failure | null {
  const code = body.code ?? body.StatusCode;
  const message = String(body.msg ?? body.StatusMessage ?? '');
  if (code === 0) return null;
  const detail = `${String(code)} ${message}`.trim();
  if (code === 19021) return fail('signature', detail);
  if (code === 19022) return fail('ip', detail);
  if (code === 19024) return fail('keyword', detail);
  if (code === 9499 || code === 11232 || /frequency|too many|rate/i.test(message)) {
    return fail('rate_limit', detail, true);
  }
  if (code === 19001 || /webhook|token/i.test(message)) return fail('webhook', detail);
  if (/too large|exceed/i.test(message)) return fail('too_large', detail);
  return fail('rejected', detail);
}

function wecom(body: Record<string, unknown>): Failure | null {
  const code = body.errcode;
  const message = String(body.errmsg ?? '');
  if (code === 0) return null;
  const detail = `${String(code)} ${message}`.trim();
  if (code === 45009) return fail('rate_limit', detail, true);
  if (code === 93000 || code === 40001 || code === 40014) return fail('webhook', detail);
  if (code === 40058 || code === 45002) return fail('too_large', detail);
  if (code === 60020) return fail('ip', detail);
  return fail('rejected', detail);
}

/**
 * Reads a platform's answer: the HTTP status first (5xx and 429 are worth retrying), then, in a 200 answer, the
 * platform's own error code, which is the real result (DingTalk's and WeCom's `errcode`, Feishu's `code`, Slack's
 * `ok`).
 *
 * @param channel - The platform.
 * @param status - The HTTP status.
 * @param text - The answer's body.
 * @param retryAfter - The Retry-After header, if any.
 * @returns `null` when the message was delivered, else the failure.
 * @example
 * ```ts
 * import { classify } from './classify.js';
 *
 * classify('dingtalk', 200, '{"errcode":310000,"errmsg":"keywords not in content"}', null)?.reason; // 'keyword'
 * ```
 */
export function classify(
  channel: NotificationChannel,
  status: number,
  text: string,
  retryAfter: string | null,
): Failure | null {
  const wait = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) : undefined;
  const short = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  if (status === 429)
    return {
      ...fail('rate_limit', `HTTP 429 ${short}`.trim(), true),
      ...(wait !== undefined ? { retryAfter: wait } : {}),
    };
  if (status >= 500) return fail('server', `HTTP ${status}`, true);
  if (channel === 'slack') {
    if (status === 200 && text.trim() === 'ok') return null;
    if (status >= 200 && status < 300) return null;
    if (/invalid_token|no_service|channel_not_found|no_team|team_disabled|channel_is_archived/.test(text)) {
      return fail('webhook', `HTTP ${status} ${short}`);
    }
    return fail('rejected', `HTTP ${status} ${short}`);
  }
  if (status < 200 || status >= 300) {
    return fail(
      status === 404 || status === 401 || status === 403 ? 'webhook' : 'rejected',
      `HTTP ${status} ${short}`.trim(),
    );
  }
  if (channel === 'webhook') return null;
  const body = json(text);
  if (body === undefined) return fail('rejected', `HTTP ${status} ${short}`.trim());
  if (channel === 'dingtalk') return dingtalk(body);
  if (channel === 'feishu') return feishu(body);
  return wecom(body);
}
