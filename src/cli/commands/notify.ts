import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { parse } from 'yaml';
import {
  composeNotification,
  IntegrationError,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_ITEM_KINDS,
  type NotificationChannel,
} from '../../index.js';
import { readAndEvaluate } from '../collaborations.js';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { type InputFormat, reason } from '../files.js';
import { EXIT } from '../io.js';
import { cliMessage } from '../messages/catalogue.js';
import { DEFAULT_RETRY, deliver, type RetryPolicy } from '../notify/send.js';
import { destination, readState, writeState } from '../notify/state.js';
import { choice, configOption, inputFormatOption, localeOption, nowOption } from '../options.js';
import { line } from '../output.js';
import { stdinReadOnce } from '../stdin.js';

/** What `notify` accepts besides its arguments. */
interface NotifyOptions {
  readonly channel: NotificationChannel;
  readonly webhook?: string;
  readonly secret?: string;
  readonly keyword?: string;
  readonly warnings?: boolean;
  readonly state: string;
  readonly dryRun?: boolean;
  readonly notifyConfig?: string;
  readonly now?: string;
  readonly config?: string;
  readonly inputFormat?: InputFormat;
  readonly timeout: number;
  readonly maxTime: number;
}

/** The default state file, relative to the working directory. */
export const DEFAULT_STATE = '.crossdept/notified.json';

interface Destination {
  readonly url: string | undefined;
  readonly secret: string | undefined;
  readonly keyword: string | undefined;
}

const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The `notify.<channel>` section of a config file. */
async function configSection(
  file: string,
  channel: string,
  ctx: CliContext,
): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, file), 'utf8');
  } catch (error) {
    throw new CliFailure(
      'unreadable',
      cliMessage(ctx.locale, 'notifyConfigInvalid', { path: file, detail: reason(error) }),
    );
  }
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 10 });
  } catch (error) {
    throw new CliFailure(
      'invalid_input',
      cliMessage(ctx.locale, 'notifyConfigInvalid', { path: file, detail: reason(error) }),
    );
  }
  const notify = (value as { notify?: unknown } | null)?.notify;
  const section = (notify as Record<string, unknown> | undefined)?.[channel];
  return typeof section === 'object' && section !== null ? (section as Record<string, unknown>) : {};
}

/** Flags first, then the channel's environment variables, then the generic ones, then the config file. */
async function destinationOf(options: NotifyOptions, ctx: CliContext): Promise<Destination> {
  const env = ctx.io.env;
  const upper = options.channel.toUpperCase();
  const section =
    options.notifyConfig === undefined ? {} : await configSection(options.notifyConfig, options.channel, ctx);
  return {
    url:
      nonEmpty(options.webhook) ??
      nonEmpty(env[`CROSSDEPT_${upper}_WEBHOOK`]) ??
      nonEmpty(env.CROSSDEPT_WEBHOOK) ??
      nonEmpty(section.webhook),
    secret:
      nonEmpty(options.secret) ??
      nonEmpty(env[`CROSSDEPT_${upper}_SECRET`]) ??
      nonEmpty(env.CROSSDEPT_SECRET) ??
      nonEmpty(section.secret),
    keyword:
      nonEmpty(options.keyword) ??
      nonEmpty(env[`CROSSDEPT_${upper}_KEYWORD`]) ??
      nonEmpty(env.CROSSDEPT_KEYWORD) ??
      nonEmpty(section.keyword),
  };
}

/** A number of seconds, more than zero (fractions allowed). */
function seconds(flag: string, locale: CliContext['locale']) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= 86_400) return n;
    throw new CliFailure('usage', cliMessage(locale, 'invalidSeconds', { flag, value }));
  };
}

/** A text with every secret part of the destination replaced, so no message shows them. */
function redact(text: string, d: Destination): string {
  let out = text;
  for (const secret of [d.secret, d.url])
    if (secret !== undefined && secret !== '') out = out.split(secret).join('***');
  return out;
}

/**
 * `crossdept notify <inputs...> --channel <channel>`: evaluates each collaboration at `--now` and posts what is new
 * since the last run (escalations due, with who decides by when; escalations coming up; errors; warnings with
 * `--warnings`) to a DingTalk, Feishu, WeCom or Slack robot or a webhook. Signs where the platform signs, with a
 * fresh timestamp per attempt; retries transient failures with backoff within a bounded time; reads the platform's
 * own error code; records in the state file (written atomically) only what was delivered. `--dry-run` prints the
 * bodies. Exit 0, or 2 with the platform's message and what to do.
 *
 * @param ctx - The run's context.
 * @returns The command.
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import type { CliContext } from '../context.js';
 *
 * declare const ctx: CliContext;
 * new Command('crossdept').addCommand(notifyCommand(ctx));
 * ```
 */
export function notifyCommand(ctx: CliContext): Command {
  const { locale } = ctx;
  return new Command('notify')
    .description(cliMessage(locale, 'cmdNotify'))
    .argument('<inputs...>', cliMessage(locale, 'argInputs'))
    .addOption(
      new Option('--channel <channel>', cliMessage(locale, 'optChannel'))
        .argParser(choice('--channel', NOTIFICATION_CHANNELS, locale))
        .makeOptionMandatory(),
    )
    .addOption(new Option('--webhook <url>', cliMessage(locale, 'optWebhook')))
    .addOption(new Option('--secret <secret>', cliMessage(locale, 'optSecret')))
    .addOption(new Option('--keyword <keyword>', cliMessage(locale, 'optKeyword')))
    .addOption(new Option('--warnings', cliMessage(locale, 'optWarnings')))
    .addOption(new Option('--state <file>', cliMessage(locale, 'optState')).default(DEFAULT_STATE))
    .addOption(new Option('--dry-run', cliMessage(locale, 'optDryRun')))
    .addOption(new Option('--notify-config <file>', cliMessage(locale, 'optNotifyConfig')))
    .addOption(
      new Option('--timeout <seconds>', cliMessage(locale, 'optTimeout'))
        .argParser(seconds('--timeout', locale))
        .default(DEFAULT_RETRY.timeoutMs / 1000),
    )
    .addOption(
      new Option('--max-time <seconds>', cliMessage(locale, 'optMaxTime'))
        .argParser(seconds('--max-time', locale))
        .default(DEFAULT_RETRY.totalMs / 1000),
    )
    .addOption(nowOption(locale))
    .addOption(localeOption(locale))
    .addOption(configOption(locale))
    .addOption(inputFormatOption(locale))
    .action(async (inputs: string[], options: NotifyOptions) => {
      const policy: RetryPolicy = {
        ...DEFAULT_RETRY,
        timeoutMs: options.timeout * 1000,
        totalMs: options.maxTime * 1000,
      };
      ctx.exit(await notify(inputs, options, ctx, policy));
    });
}

async function notify(
  inputs: readonly string[],
  options: NotifyOptions,
  ctx: CliContext,
  policy: RetryPolicy,
): Promise<number> {
  const { io, locale } = ctx;
  stdinReadOnce(options.config, inputs, locale);
  const channel = options.channel;
  const now = options.now ?? io.today;
  const dest = await destinationOf(options, ctx);
  if (dest.url === undefined && options.dryRun !== true) {
    throw new CliFailure(
      'usage',
      cliMessage(locale, 'notifyMissingWebhook', {
        to: channel,
        name: `CROSSDEPT_${channel.toUpperCase()}_WEBHOOK`,
      }),
    );
  }
  const all = await readAndEvaluate(
    inputs,
    { now, config: options.config, inputFormat: options.inputFormat },
    ctx,
  );
  const statePath = resolve(io.cwd, options.state);
  const state = await readState(statePath).catch((error: unknown) => {
    throw new CliFailure(
      'unreadable',
      cliMessage(locale, 'notifyConfigInvalid', { path: options.state, detail: reason(error) }),
    );
  });
  if (state === undefined)
    throw new CliFailure('invalid_input', cliMessage(locale, 'notifyStateInvalid', { path: options.state }));
  const where = destination(channel, dest.url ?? '');
  const sent = { ...(state.sent[where] ?? {}) };
  const env = {
    fetch: io.fetch ?? fetch,
    clock: io.clock ?? Date.now,
    sleep: io.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
  };

  for (const { collaboration, report } of all) {
    const base = {
      channel,
      locale,
      now,
      warnings: options.warnings === true,
      ...(dest.keyword !== undefined ? { keyword: dest.keyword } : {}),
    };
    let fresh: string[];
    let composed: ReturnType<typeof composeNotification>;
    try {
      const everything = composeNotification(report, collaboration, {
        ...base,
        only: [...NOTIFICATION_ITEM_KINDS],
      });
      const wanted = [...everything.items, ...everything.omitted].filter(
        (i) => i.kind !== 'warning' || options.warnings === true,
      );
      fresh = wanted.map((i) => i.key).filter((key) => sent[key] === undefined);
      composed = composeNotification(report, collaboration, { ...base, only: fresh });
    } catch (error) {
      // The date, the report and the collaboration are validated before: this is a defect, said plainly.
      if (error instanceof IntegrationError) throw new CliFailure('invalid_input', error.message);
      throw error;
    }
    const name = collaboration.name;
    if (fresh.length === 0) {
      line(io.stderr, cliMessage(locale, 'notifyNothingNew', { name, to: channel }));
      continue;
    }
    if (options.dryRun === true) {
      io.stdout.write(`${JSON.stringify(composed.body, null, 2)}\n`);
      continue;
    }
    const outcome = await deliver(
      { channel, url: dest.url!, body: composed.body, secret: dest.secret },
      env,
      policy,
    );
    if (!outcome.delivered) {
      const f = outcome.failure;
      throw new CliFailure(
        'notify_failed',
        redact(
          cliMessage(locale, 'notifyFailed', {
            to: channel,
            name,
            count: outcome.attempts,
            detail: f.detail,
            message: cliMessage(locale, `hint.${f.reason}`),
          }),
          dest,
        ),
      );
    }
    for (const item of composed.items) sent[item.key] = now;
    try {
      await writeState(statePath, { version: 1, sent: { ...state.sent, [where]: sent } });
    } catch (error) {
      throw new CliFailure(
        'write_failed',
        cliMessage(locale, 'notifyStateUnwritable', { path: options.state, detail: reason(error) }),
      );
    }
    line(io.stderr, cliMessage(locale, 'notifySent', { count: composed.items.length, name, to: channel }));
  }
  return EXIT.ok;
}
