// The signatures as DingTalk and Feishu document them, checked against independently computed values.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/cli/notify/classify.js';
import { signDingtalkUrl, signFeishuBody } from '../../../src/cli/notify/sign.js';

describe('signDingtalkUrl', () => {
  it('adds the millisecond timestamp and the URL-encoded Base64 HMAC-SHA256 of timestamp\\nsecret', () => {
    const url = signDingtalkUrl(
      'https://oapi.dingtalk.com/robot/send?access_token=abc',
      'SECxyz',
      1764921600123,
    );
    const u = new URL(url);
    expect(u.searchParams.get('access_token')).toBe('abc');
    expect(u.searchParams.get('timestamp')).toBe('1764921600123');
    const expected = createHmac('sha256', 'SECxyz').update('1764921600123\nSECxyz').digest('base64');
    expect(u.searchParams.get('sign')).toBe(expected);
    // Base64's + / = are percent-encoded in the query.
    expect(url).not.toMatch(/sign=[^&]*[+/=]/);
  });
});

describe('signFeishuBody', () => {
  it('adds the second timestamp and the Base64 HMAC-SHA256 keyed by timestamp\\nsecret over an empty message', () => {
    const body = signFeishuBody({ msg_type: 'interactive' }, 'demo', 1764921600999);
    expect(body.timestamp).toBe('1764921600');
    expect(body.sign).toBe(createHmac('sha256', '1764921600\ndemo').update('').digest('base64'));
    expect(body.msg_type).toBe('interactive');
  });
});

describe('classify', () => {
  it.each([
    ['dingtalk', 200, '{"errcode":0,"errmsg":"ok"}', null],
    ['dingtalk', 200, '{"errcode":310000,"errmsg":"keywords not in content"}', 'keyword'],
    ['dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}', 'signature'],
    ['dingtalk', 200, '{"errcode":310000,"errmsg":"ip X.X.X.X not in whitelist"}', 'ip'],
    ['dingtalk', 200, '{"errcode":130101,"errmsg":"send too fast"}', 'rate_limit'],
    ['feishu', 200, '{"code":0,"msg":"success"}', null],
    ['feishu', 200, '{"StatusCode":0,"StatusMessage":"success"}', null],
    ['feishu', 200, '{"code":19021,"msg":"sign match fail"}', 'signature'],
    ['feishu', 200, '{"code":19022,"msg":"Ip Not Allowed"}', 'ip'],
    ['feishu', 200, '{"code":19024,"msg":"Key Words Not Found"}', 'keyword'],
    ['wecom', 200, '{"errcode":0,"errmsg":"ok"}', null],
    ['wecom', 200, '{"errcode":45009,"errmsg":"api freq out of limit"}', 'rate_limit'],
    ['wecom', 200, '{"errcode":93000,"errmsg":"invalid webhook url"}', 'webhook'],
    ['wecom', 502, 'Bad Gateway', 'server'],
    ['slack', 200, 'ok', null],
    ['slack', 404, 'no_service', 'webhook'],
    ['slack', 429, 'rate_limited', 'rate_limit'],
    ['webhook', 204, '', null],
    ['webhook', 400, 'bad', 'rejected'],
    ['dingtalk', 200, '<html>proxy</html>', 'rejected'],
  ] as const)('%s %i %s → %s', (channel, status, text, reason) => {
    expect(classify(channel, status, text, null)?.reason ?? null).toBe(reason);
  });

  it('retries only what may pass later, and reads Retry-After', () => {
    expect(classify('slack', 429, 'rate_limited', '7')).toMatchObject({ transient: true, retryAfter: 7 });
    expect(classify('wecom', 500, '', null)?.transient).toBe(true);
    expect(classify('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}', null)?.transient).toBe(
      false,
    );
  });
});
