// Debian's Chromium for browser tests, driven by playwright-core. `.ci/run` installs it on a fresh machine; with
// CI=true a browser suite fails when Chromium cannot start, and elsewhere it skips with a visible message.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** True when CI asked for every browser test to run. */
export const browserRequired = process.env.CI === 'true';

/**
 * Whether the browser suites run here: always under CI (they fail there if Chromium is missing), else only
 * where Chromium is installed. Prints why a suite is skipped, once.
 */
export function browserAvailable(): boolean {
  if (browserRequired || existsSync(CHROMIUM)) return true;
  if (!warned) {
    warned = true;
    console.warn(
      `browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI=true makes them fail`,
    );
  }
  return false;
}
let warned = false;

// Without the background-networking flags Chromium keeps trying to reach Google's hosts on a closed network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium.
 *
 * @returns The browser; close it in `finally`/`afterAll`.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}
