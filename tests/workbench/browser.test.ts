// The workbench in Debian's Chromium, driven by playwright-core, against the real `crossdept serve` (the built
// dist/cli.js) over a temporary folder with the worked example (green) and two variants (amber, red). Runs where
// Chromium is installed, and always under CI=true, where a missing browser fails it.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../package/build.js';
import { browserAvailable, launchChromium } from '../support/chromium.js';
import { amberText, blockLaunch, greenText, NOW, redText } from './fixtures.js';

const exec = promisify(execFile);
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

let dir: string;
let server: ChildProcess;
let url: string;
let port: number;
let browser: Browser;
let context: BrowserContext;

function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(method === 'PUT' ? 'id: x\n' : undefined);
  });
}

async function open(hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url.replace(/\?.*/, '')}${hash}`);
  return page;
}

/**
 * Replaces the end of the first line holding `anchor` in the CodeMirror editor, as a person types: to the top
 * of the document, down to the line (the editor scrolls it into view), to its end.
 */
async function typeAtEndOf(
  page: Page,
  text: string,
  anchor: string,
  remove: number,
  insert: string,
): Promise<void> {
  const line = text.split('\n').findIndex((l) => l.includes(anchor));
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < remove; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(insert);
}

describe.runIf(browserAvailable())('the workbench in Chromium', () => {
  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'crossdept-workbench-'));
    writeFileSync(join(dir, 'launch.yaml'), greenText);
    writeFileSync(join(dir, 'amber.yaml'), amberText);
    writeFileSync(join(dir, 'red.yaml'), redText);
    writeFileSync(join(dir, 'pmo.yaml'), '# PMO thresholds\nrules: {}\n');
    server = spawn(
      process.execPath,
      [
        join(root, 'dist/cli.js'),
        'serve',
        dir,
        '--port',
        '0',
        '--now',
        NOW,
        '--locale',
        'en',
        '--config',
        join(dir, 'pmo.yaml'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/\S+/.exec(out);
        if (found) resolve(found[0]);
      });
      server.on('exit', (code) => reject(new Error(`crossdept serve exited with ${code}`)));
    });
    port = Number(new URL(url).port);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The link with the token sets the session cookie for every page of this context.
    const first = await context.newPage();
    await first.goto(url);
    await first.close();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the portfolio with the right statuses and counts, without a console error', async () => {
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url.replace(/\?.*/, ''));
    const rows = page.locator('[data-testid=portfolio] tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => page.locator('tr[data-health="pending"]').count()).toBe(0);
    const health = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-path'), tr.getAttribute('data-health')]),
    );
    expect(health).toEqual([
      ['red.yaml', 'red'],
      ['amber.yaml', 'amber'],
      ['launch.yaml', 'green'],
    ]);
    const red = page.locator('tr[data-path="red.yaml"]');
    expect(await red.locator('[data-testid=findings]').innerText()).toMatch(/1\s+1\s+0/);
    expect(await red.locator('[data-testid=slip]').innerText()).toBe('6 days');
    expect(await red.locator('[data-testid=escalations]').innerText()).toBe('1');
    expect(await page.locator('tr[data-path="amber.yaml"] [data-testid=findings]').innerText()).toMatch(
      /0\s+1\s+0/,
    );
    expect(await page.locator('tr[data-path="launch.yaml"] .badge').getAttribute('title')).toBe(
      'no error or warning; the critical path is on time',
    );
    expect(await page.locator('[data-testid=chart-health] canvas').count()).toBe(1);
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    expect(await page.locator('tr[data-path="red.yaml"] .badge').innerText()).toBe('红');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the Gantt with beta → cs-training → launch highlighted', async () => {
    const page = await open(`#/c/${encodeURIComponent('launch.yaml')}`);
    const gantt = page.locator('[data-testid=gantt]');
    await gantt.locator('canvas').waitFor();
    expect(await gantt.getAttribute('data-critical-path')).toBe('beta → cs-training → launch');
    const critical = await page
      .locator('tr[data-critical="true"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-milestone')));
    expect(critical).toEqual(['beta', 'cs-training', 'launch']);
    expect(await page.locator('tr.done').count()).toBe(4);
    await page.close();
  });

  it('turns findings and health red within a second of editing launch, and saves with the comments intact', async () => {
    const page = await open(`#/e/${encodeURIComponent('launch.yaml')}`);
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('h1 .badge').getAttribute('data-health')).toBe('green');
    await typeAtEndOf(page, greenText, 'id: launch,', 'in-progress }'.length, 'blocked, durationDays: 30 }');
    const typed = Date.now();
    await page.locator('h1 .badge[data-health="red"]').waitFor({ timeout: 1000 });
    await page
      .locator('[data-testid=findings] li[data-rule="exec.critical-slip"]')
      .waitFor({ timeout: 1000 });
    expect(Date.now() - typed).toBeLessThan(1000);
    expect(await page.locator('tr[data-milestone="launch"]').getAttribute('class')).toContain('slipping');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('Saved.');
    const saved = readFileSync(join(dir, 'launch.yaml'), 'utf8');
    expect(saved).toBe(blockLaunch(greenText));
    expect(saved).toContain('# A cross-department collaboration in the format crossdept reads');
    expect(saved).toContain('# each: { id, name, department, owner?, due, dependsOn?');
    await page.close();
  });

  it('shows a parse issue as an inline marker at its line and refuses to save it', async () => {
    const page = await open(`#/e/${encodeURIComponent('red.yaml')}`);
    await page.locator('.cm-content').waitFor();
    await typeAtEndOf(
      page,
      redText,
      'phase: executing',
      '# initiating | forming | planning | executing | closing | closed'.length,
      'x',
    );
    await page.locator('.cm-lint-marker-error').first().waitFor({ timeout: 2000 });
    await page.locator('[data-testid=parse-issues]').waitFor();
    expect(await page.getByTestId('save').isDisabled()).toBe(true);
    expect(readFileSync(join(dir, 'red.yaml'), 'utf8')).toBe(redText);
    await page.close();
  });

  it('saves a milestone status chosen on the collaboration page, changing only that value in the file', async () => {
    const page = await open(`#/c/${encodeURIComponent('red.yaml')}`);
    await page.getByTestId('status-launch').selectOption('in-progress');
    await expect.poll(() => page.getByTestId('status-notice').innerText()).toBe('Saved.');
    expect(readFileSync(join(dir, 'red.yaml'), 'utf8')).toBe(
      redText.replace('status: blocked }', 'status: in-progress }'),
    );
    await page.close();
  });

  it('gives a stale tab the conflict with both versions, and leaves the file on disk as the first tab saved it', async () => {
    const [a, b] = [await open('#/e/amber.yaml'), await open('#/e/amber.yaml')];
    await a.locator('.cm-content').waitFor();
    await b.locator('.cm-content').waitFor();
    await typeAtEndOf(a, amberText, 'relevant:', 0, '（A）');
    await a.getByTestId('save').click();
    await expect.poll(() => a.getByTestId('save-status').innerText()).toBe('Saved.');
    const first = readFileSync(join(dir, 'amber.yaml'), 'utf8');
    expect(first).toContain('支撑公司年度营收增长目标（A）');
    await typeAtEndOf(b, amberText, 'relevant:', 0, '（B）');
    await b.getByTestId('save').click();
    await b.getByTestId('conflict').waitFor();
    expect(await b.getByTestId('conflict-theirs').innerText()).toContain('（A）');
    expect(await b.getByTestId('conflict-yours').innerText()).toContain('（B）');
    expect(readFileSync(join(dir, 'amber.yaml'), 'utf8')).toBe(first);
    await a.close();
    await b.close();
  });

  it('refuses /../package.json, a write without the token and a foreign Host header', async () => {
    expect(await raw('GET', '/../package.json')).toBe(403);
    expect(await raw('PUT', '/api/file?path=red.yaml', { 'if-match': '"x"' })).toBe(403);
    expect(await raw('GET', '/app.js', { host: 'evil.example' })).toBe(403);
    // From a page too: the browser's own cookie is not enough for a write.
    const page = await open();
    const status = await page.evaluate(async () => {
      const r = await fetch('api/file?path=red.yaml', {
        method: 'PUT',
        headers: { 'If-Match': '"x"' },
        body: 'id: x\n',
      });
      return r.status;
    });
    expect(status).toBe(403);
    await page.close();
  });

  it('has no serious or critical accessibility violation on any page (axe-core)', async () => {
    // axe is injected as an inline script, which the page's policy forbids: this context bypasses it.
    const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const first = await axeContext.newPage();
    await first.goto(url);
    const violations: string[] = [];
    for (const hash of ['#/', '#/c/launch.yaml', '#/c/red.yaml', '#/e/launch.yaml', '#/config']) {
      await first.goto(`${url.replace(/\?.*/, '')}${hash}`);
      await first.locator('main h1').first().waitFor();
      await first.waitForTimeout(200);
      await first.addScriptTag({ content: AXE });
      const found = await first.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                o: unknown,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      violations.push(...found.map((v) => `${hash} ${v}`));
    }
    await axeContext.close();
    expect(violations).toEqual([]);
  });

  it('writes a static dashboard that opens from the file system', async () => {
    const site = join(dir, 'site');
    await exec(process.execPath, [
      join(root, 'dist/cli.js'),
      'dashboard',
      dir,
      '-o',
      site,
      '--now',
      NOW,
      '--locale',
      'en',
      '--config',
      join(dir, 'pmo.yaml'),
    ]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    const rows = page.locator('[data-testid=portfolio] tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => page.locator('tr[data-health="pending"]').count()).toBe(0);
    const paths = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-path')).sort());
    expect(paths).toEqual(['amber.yaml', 'launch.yaml', 'red.yaml']);
    expect(await page.locator('tr[data-path="red.yaml"]').getAttribute('data-health')).toBe('red');
    expect(await page.locator('.banner').first().innerText()).toContain('Static site');
    expect(errors).toEqual([]);
    await page.close();
  });
});
