import { createHmac } from 'node:crypto';

/**
 * Signs a DingTalk custom robot's URL as DingTalk documents it: `sign` = Base64(HMAC-SHA256(key = secret,
 * message = timestamp + "\n" + secret)), URL-encoded, and `timestamp` (milliseconds) as query parameters. The
 * timestamp must be within an hour of DingTalk's clock, so every request (retries too) is signed afresh.
 *
 * @param url - The robot's webhook URL (with its `access_token`).
 * @param secret - The robot's signing secret (`SEC…`).
 * @param timestampMs - The time of the request, in milliseconds since 1970.
 * @returns The URL to POST to.
 * @example
 * ```ts
 * import { signDingtalkUrl } from './sign.js';
 *
 * signDingtalkUrl('https://oapi.dingtalk.com/robot/send?access_token=x', 'SECabc', 1764115200000);
 * ```
 */
export function signDingtalkUrl(url: string, secret: string, timestampMs: number): string {
  const timestamp = String(Math.trunc(timestampMs));
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', timestamp);
  u.searchParams.set('sign', sign);
  return u.toString();
}

/**
 * Signs a Feishu custom bot's request body as Feishu documents it: `timestamp` (seconds, as a string) and `sign` =
 * Base64(HMAC-SHA256(key = timestamp + "\n" + secret, message = empty)) in the body. The timestamp must be within an
 * hour of Feishu's clock, so every request (retries too) is signed afresh.
 *
 * @param body - The message body.
 * @param secret - The bot's signing secret.
 * @param timestampMs - The time of the request, in milliseconds since 1970.
 * @returns The body with `timestamp` and `sign`.
 * @example
 * ```ts
 * import { signFeishuBody } from './sign.js';
 *
 * signFeishuBody({ msg_type: 'text', content: { text: 'hi' } }, 'secret', 1764115200000);
 * ```
 */
export function signFeishuBody(
  body: Readonly<Record<string, unknown>>,
  secret: string,
  timestampMs: number,
): Record<string, unknown> {
  const timestamp = String(Math.floor(timestampMs / 1000));
  const sign = createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
  return { timestamp, sign, ...body };
}
