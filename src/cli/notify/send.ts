import type { NotificationChannel } from '../../index.js';
import { classify, type Failure } from './classify.js';
import { signDingtalkUrl, signFeishuBody } from './sign.js';

/** What the sender needs from the world: HTTP, the clock and a way to wait (fakes in tests). @example `const env: SendEnvironment = { fetch, clock: Date.now, sleep: async () => {} };` */
export interface SendEnvironment {
  readonly fetch: typeof fetch;
  /** Milliseconds since 1970: signs each request and bounds the total time. */
  readonly clock: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** How hard to try. @example `const policy: RetryPolicy = DEFAULT_RETRY;` */
export interface RetryPolicy {
  /** Attempts at most, the first included. */
  readonly attempts: number;
  /** The first wait; each next one doubles, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No retry starts after this much time since the first attempt. */
  readonly totalMs: number;
  /** One request's time limit. */
  readonly timeoutMs: number;
}

/**
 * Five attempts over at most two minutes, waits of 2 s, 4 s, 8 s, 16 s (15 s at least after a rate limit, and
 * what Retry-After asks); ten seconds per request.
 *
 * @example `DEFAULT_RETRY.attempts; // 5`
 */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 2000,
  maxDelayMs: 30_000,
  totalMs: 120_000,
  timeoutMs: 10_000,
};

/** The least wait after a rate-limit answer without Retry-After. @example `RATE_LIMIT_WAIT_MS; // 15000` */
export const RATE_LIMIT_WAIT_MS = 15_000;

/** A message to deliver. @example `const m: Delivery = { channel: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', body: {} };` */
export interface Delivery {
  readonly channel: NotificationChannel;
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** The signing secret (DingTalk, Feishu); signs every attempt with a fresh timestamp. */
  readonly secret?: string | undefined;
}

/** How a delivery ended. @example `declare const o: SendOutcome; if (!o.delivered) console.error(o.failure.detail);` */
export type SendOutcome =
  | { readonly delivered: true; readonly attempts: number }
  | { readonly delivered: false; readonly attempts: number; readonly failure: Failure };

/** The request of one attempt: signed now, where the platform signs. */
function request(d: Delivery, now: number): { readonly url: string; readonly body: string } {
  if (d.secret !== undefined && d.secret !== '' && d.channel === 'dingtalk') {
    return { url: signDingtalkUrl(d.url, d.secret, now), body: JSON.stringify(d.body) };
  }
  if (d.secret !== undefined && d.secret !== '' && d.channel === 'feishu') {
    return { url: d.url, body: JSON.stringify(signFeishuBody(d.body, d.secret, now)) };
  }
  return { url: d.url, body: JSON.stringify(d.body) };
}

async function attempt(d: Delivery, env: SendEnvironment, timeoutMs: number): Promise<Failure | null> {
  const { url, body } = request(d, env.clock());
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await env.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      signal: controller.signal,
      redirect: 'error',
    });
    const text = await response.text();
    return classify(d.channel, response.status, text, response.headers.get('retry-after'));
  } catch (error) {
    if (controller.signal.aborted) return { reason: 'timeout', transient: true, detail: `${timeoutMs} ms` };
    const cause = (error as { cause?: { code?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? cause.code : 'network error';
    return { reason: 'network', transient: true, detail: code };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Delivers one message: signs each attempt afresh, retries what may pass later (network errors, timeouts, HTTP
 * 5xx, rate limits) with exponential backoff — honouring Retry-After — within the policy's attempts and total time,
 * and stops at once on a permanent refusal (wrong signature, missing keyword, IP not allowed, bad webhook).
 *
 * @param d - The message.
 * @param env - HTTP, clock and sleep.
 * @param policy - Attempts, waits and time limits.
 * @returns Whether it was delivered, after how many attempts, and the last failure.
 * @example
 * ```ts
 * import { DEFAULT_RETRY, deliver } from './send.js';
 *
 * const outcome = await deliver(
 *   { channel: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', body: { msgtype: 'text', text: { content: 'hi' } } },
 *   { fetch, clock: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
 *   DEFAULT_RETRY,
 * );
 * ```
 */
export async function deliver(d: Delivery, env: SendEnvironment, policy: RetryPolicy): Promise<SendOutcome> {
  const start = env.clock();
  let failure: Failure | null = null;
  for (let n = 1; n <= policy.attempts; n++) {
    failure = await attempt(d, env, policy.timeoutMs);
    if (failure === null) return { delivered: true, attempts: n };
    if (!failure.transient || n === policy.attempts) return { delivered: false, attempts: n, failure };
    const backoff = Math.min(policy.baseDelayMs * 2 ** (n - 1), policy.maxDelayMs);
    // A platform's rate limit counts per minute (WeCom: 20 messages): without Retry-After, wait long enough for
    // the window to move.
    const wait =
      failure.retryAfter !== undefined
        ? Math.max(backoff, failure.retryAfter * 1000)
        : failure.reason === 'rate_limit'
          ? Math.max(backoff, RATE_LIMIT_WAIT_MS)
          : backoff;
    if (env.clock() - start + wait > policy.totalMs) return { delivered: false, attempts: n, failure };
    await env.sleep(wait);
  }
  return { delivered: false, attempts: policy.attempts, failure: failure! };
}
