// crossdept notify against local stand-ins of DingTalk, Feishu, WeCom and Slack on 127.0.0.1: signed as each
// platform documents, delivered once, retried as specified, never duplicated across runs, nothing marked sent that
// was not, errors turned into what to do, secrets never shown.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { fakeStdin, fakeStream, root, tempDir } from '../harness.js';
import { type FakePlatforms, startPlatforms } from './server.js';

const EXAMPLE = join(root, 'examples/new-product-launch.yaml');
const SECRET = 'SECd7a0b4e9f1c2';
/** 2026-12-05 08:00 UTC: the launch has slipped, so there is an escalation, an error and warnings to send. */
const START = Date.UTC(2026, 11, 5, 8);

let clock = START;
const sleeps: number[] = [];
let platforms: FakePlatforms;

beforeEach(async () => {
  clock = START;
  sleeps.length = 0;
  platforms = await startPlatforms({ secret: SECRET, now: () => clock });
});
afterEach(() => platforms.close());

async function notify(args: readonly string[], env: Record<string, string> = {}, cwd = tempDir()) {
  const stdout = fakeStream();
  const stderr = fakeStream();
  const code = await run(['notify', EXAMPLE, '--now', '2026-12-05', ...args], {
    stdout,
    stderr,
    stdin: fakeStdin(),
    env: { LANG: 'en_US.UTF-8', ...env },
    cwd,
    today: '2026-12-05',
    clock: () => clock,
    // Waiting moves the fake clock on, as time would pass.
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
  });
  return { code, stdout: stdout.text(), stderr: stderr.text(), cwd };
}

const state = (cwd: string) => JSON.parse(readFileSync(join(cwd, '.crossdept/notified.json'), 'utf8'));
const sentKeys = (cwd: string) => Object.values(state(cwd).sent).flatMap((x) => Object.keys(x as object));

describe('crossdept notify', () => {
  it('signs for DingTalk, retries a 500 with a fresh timestamp, records what was delivered, and sends nothing new on the next run', async () => {
    platforms.faults.push('http500');
    const first = await notify([
      '--channel',
      'dingtalk',
      '--webhook',
      platforms.url('dingtalk'),
      '--secret',
      SECRET,
    ]);
    expect(first.stderr).toBe('Sent 2 items about 新产品上市 to dingtalk\n');
    expect(first.code).toBe(0);
    expect(platforms.received.map((r) => r.answer)).toEqual(['500', '{"errcode":0,"errmsg":"ok"}']);
    const [a, b] = platforms.received;
    expect(a!.query.get('timestamp')).toBe(String(START));
    expect(b!.query.get('timestamp')).toBe(String(START + sleeps[0]!));
    expect(sleeps).toEqual([2000]);
    const text = (b!.body.markdown as { text: string }).text;
    expect(text.indexOf('Escalat')).toBeLessThan(text.indexOf('#### Errors'));
    expect(text).not.toContain('Warnings');
    expect(sentKeys(first.cwd)).toEqual([
      'new-product-launch/escalation/milestone/launch/1',
      'new-product-launch/finding/exec.critical-slip/launch',
    ]);

    const second = await notify(
      ['--channel', 'dingtalk', '--webhook', platforms.url('dingtalk'), '--secret', SECRET],
      {},
      first.cwd,
    );
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('Nothing new about 新产品上市 for dingtalk\n');
    expect(platforms.received).toHaveLength(2);

    // Asking for warnings later sends the warnings only: what was sent is not sent again.
    const third = await notify(
      ['--channel', 'dingtalk', '--webhook', platforms.url('dingtalk'), '--secret', SECRET, '--warnings'],
      {},
      first.cwd,
    );
    expect(third.code).toBe(0);
    const last = (platforms.received.at(-1)!.body.markdown as { text: string }).text;
    expect(last).toContain('#### Warnings');
    expect(last).not.toContain('#### Errors');
  });

  it('turns a missing keyword into what to do, marks nothing sent, and delivers with --keyword', async () => {
    await platforms.close();
    platforms = await startPlatforms({ secret: SECRET, keyword: '项目播报', now: () => clock });
    const refused = await notify(['--channel', 'dingtalk', '--webhook', platforms.url('dingtalk')], {
      CROSSDEPT_DINGTALK_SECRET: SECRET,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('310000 keywords not in content');
    expect(refused.stderr).toContain('set --keyword');
    expect(platforms.received).toHaveLength(1); // a permanent refusal is not retried
    expect(existsSync(join(refused.cwd, '.crossdept/notified.json'))).toBe(false);
    const delivered = await notify(
      ['--channel', 'dingtalk', '--webhook', platforms.url('dingtalk'), '--keyword', '项目播报'],
      { CROSSDEPT_DINGTALK_SECRET: SECRET },
      refused.cwd,
    );
    expect(delivered.code).toBe(0);
    expect((platforms.received.at(-1)!.body.markdown as { title: string }).title).toContain('项目播报');
  });

  it('says to check the secret and the clock when the signature is refused, and never shows the secret or the URL', async () => {
    const wrong = 'SECwrong-secret-0000';
    const result = await notify([
      '--channel',
      'dingtalk',
      '--webhook',
      platforms.url('dingtalk'),
      '--secret',
      wrong,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('310000 sign not match');
    expect(result.stderr).toContain('check the secret');
    expect(result.stderr).toContain('clock');
    expect(result.stderr + result.stdout).not.toContain(wrong);
    expect(result.stderr + result.stdout).not.toContain('token-123');
  });

  it('tells it in Chinese with --locale zh-CN', async () => {
    const result = await notify([
      '--channel',
      'dingtalk',
      '--webhook',
      platforms.url('dingtalk'),
      '--secret',
      'x',
      '--locale',
      'zh-CN',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('签名校验未通过');
  });

  it('signs Feishu in the body, and refuses a wrong secret with 19021', async () => {
    const ok = await notify(['--channel', 'feishu', '--webhook', platforms.url('feishu')], {
      CROSSDEPT_SECRET: SECRET,
    });
    expect(ok.code).toBe(0);
    const body = platforms.received[0]!.body;
    expect(body.timestamp).toBe(String(Math.floor(START / 1000)));
    expect(body.msg_type).toBe('interactive');
    const bad = await notify([
      '--channel',
      'feishu',
      '--webhook',
      platforms.url('feishu'),
      '--secret',
      'nope',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('19021');
  });

  it('retries WeCom’s rate limit (45009) and a timeout, within the bounded time', async () => {
    platforms.faults.push('rate-limit', 'hang');
    const result = await notify([
      '--channel',
      'wecom',
      '--webhook',
      platforms.url('wecom'),
      '--timeout',
      '0.3',
    ]);
    expect(result.code).toBe(0);
    expect(platforms.received.map((r) => r.answer)).toEqual([
      '{"errcode":45009,"errmsg":"api freq out of limit"}',
      'hang',
      '{"errcode":0,"errmsg":"ok"}',
    ]);
    expect(sleeps).toEqual([15_000, 4000]); // a rate limit waits for the minute's window to move
    const content = (platforms.received[2]!.body.markdown as { content: string }).content;
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
  });

  it('honours Slack’s Retry-After, and gives up when the total time is spent, marking nothing sent', async () => {
    platforms.faults.push('rate-limit');
    const slack = await notify(['--channel', 'slack', '--webhook', platforms.url('slack')]);
    expect(slack.code).toBe(0);
    expect(sleeps).toEqual([7000]);

    sleeps.length = 0;
    platforms.faults.push('http500', 'http500', 'http500', 'http500', 'http500', 'http500');
    const failed = await notify([
      '--channel',
      'wecom',
      '--webhook',
      platforms.url('wecom'),
      '--max-time',
      '5',
    ]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('HTTP 500');
    expect(failed.stderr).toContain('try again later');
    expect(sleeps).toEqual([2000]); // a third attempt would start after 6 s
    expect(existsSync(join(failed.cwd, '.crossdept/notified.json'))).toBe(false);
  });

  it('retries a dropped connection', async () => {
    platforms.faults.push('close');
    const result = await notify(['--channel', 'slack', '--webhook', platforms.url('slack')]);
    expect(result.code).toBe(0);
    expect(platforms.received.map((r) => r.answer)).toEqual(['close', 'ok']);
    expect(sleeps).toEqual([2000]);
  });

  it('prints the payload with --dry-run and sends nothing', async () => {
    const result = await notify(['--channel', 'wecom', '--dry-run']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).msgtype).toBe('markdown');
    expect(platforms.received).toHaveLength(0);
    expect(existsSync(join(result.cwd, '.crossdept/notified.json'))).toBe(false);
  });

  it('reads the webhook and secret from a config file, and posts crossdept’s JSON to a webhook', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'notify.yaml'),
      `notify:\n  dingtalk:\n    webhook: ${platforms.url('dingtalk')}\n    secret: ${SECRET}\n  webhook:\n    webhook: ${platforms.url('webhook')}\n`,
    );
    const ding = await notify(['--channel', 'dingtalk', '--notify-config', 'notify.yaml'], {}, cwd);
    expect(ding.code).toBe(0);
    const hook = await notify(['--channel', 'webhook', '--notify-config', 'notify.yaml'], {}, cwd);
    expect(hook.code).toBe(0);
    expect(platforms.received.at(-1)!.body).toMatchObject({ type: 'crossdept.notification', version: 1 });
    // Two destinations, each with its own record.
    expect(Object.keys(state(cwd).sent)).toHaveLength(2);
  });

  it('fails with a clear message without a webhook URL, and on a state file that is not one', async () => {
    const missing = await notify(['--channel', 'wecom']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('CROSSDEPT_WECOM_WEBHOOK');
    const cwd = tempDir();
    writeFileSync(join(cwd, 'state.json'), '{"not":"a state"}');
    const invalid = await notify(
      ['--channel', 'wecom', '--webhook', platforms.url('wecom'), '--state', 'state.json'],
      {},
      cwd,
    );
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('state.json is not a crossdept notify state file');
    expect(readFileSync(join(cwd, 'state.json'), 'utf8')).toBe('{"not":"a state"}');
  });
});
