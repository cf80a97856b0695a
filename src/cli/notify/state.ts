import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * What has been delivered, by destination (a channel and a hash of its webhook URL, so the URL's token is not
 * stored) and item key, with the date it was sent.
 *
 * @example `const s: NotifyState = { version: 1, sent: {} };`
 */
export interface NotifyState {
  readonly version: 1;
  readonly sent: Record<string, Record<string, string>>;
}

/**
 * The state's key of a destination: the channel and the first 16 hex digits of the SHA-256 of its URL.
 *
 * @example
 * ```ts
 * import { destination } from './state.js';
 *
 * destination('wecom', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k'); // 'wecom:…'
 * ```
 */
export function destination(channel: string, url: string): string {
  return `${channel}:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

/**
 * Reads the state file: an empty state when it does not exist; `undefined` when it exists but is not a state
 * file (the caller refuses to go on rather than send everything again or overwrite it).
 *
 * @example
 * ```ts
 * import { readState } from './state.js';
 *
 * const state = await readState('.crossdept/notified.json');
 * ```
 */
export async function readState(path: string): Promise<NotifyState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, sent: {} };
    throw error;
  }
  try {
    const value = JSON.parse(text) as { version?: unknown; sent?: unknown };
    if (value?.version !== 1 || typeof value.sent !== 'object' || value.sent === null) return undefined;
    const sent: Record<string, Record<string, string>> = {};
    for (const [dest, items] of Object.entries(value.sent as Record<string, unknown>)) {
      if (typeof items !== 'object' || items === null) return undefined;
      sent[dest] = {};
      for (const [key, date] of Object.entries(items as Record<string, unknown>)) {
        if (typeof date === 'string') sent[dest][key] = date;
      }
    }
    return { version: 1, sent };
  } catch {
    return undefined;
  }
}

/**
 * Writes the state file atomically: to a temporary file beside it, then renamed over it, so a crash or a second
 * run never leaves half a file.
 *
 * @example
 * ```ts
 * import { writeState } from './state.js';
 *
 * await writeState('.crossdept/notified.json', { version: 1, sent: {} });
 * ```
 */
export async function writeState(path: string, state: NotifyState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
