// `crossdept serve` and `crossdept dashboard` as the command line runs them (in-process, fake streams).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveMessage } from '../../../src/cli/workbench/messages.js';
import { exampleText } from '../../fixtures/example.js';
import { ensureBuilt, root } from '../../package/build.js';
import { cli, expectNoStack, tempDir } from '../harness.js';

beforeAll(ensureBuilt, 300_000);

describe('crossdept dashboard', () => {
  it('writes index.html with the files, app.js and app.css, and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'launch.yaml'), exampleText);
    writeFileSync(join(dir, 'pmo.yaml'), 'rules: {}\n');
    const site = join(dir, 'site');
    const run = await cli([
      'dashboard',
      dir,
      '-o',
      site,
      '--config',
      join(dir, 'pmo.yaml'),
      '--now',
      '2026-11-26',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`wrote the dashboard of 1 file to ${site}\n`);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toContain('"mode":"static"');
    expect(html).toContain('"now":"2026-11-26"');
    expect(html).not.toContain('"token"');
    expect(existsSync(join(site, 'app.js')) && existsSync(join(site, 'app.css'))).toBe(true);
  });

  it('fails with a clear message, never a stack, for a missing folder or a missing -o', async () => {
    const missing = await cli(['dashboard', 'no-such-folder', '-o', tempDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-folder');
    expectNoStack(missing.stderr);
    const noOutput = await cli(['dashboard', 'examples']);
    expect(noOutput.code).toBe(2);
    expectNoStack(noOutput.stderr);
  });

  it('speaks Chinese when asked', async () => {
    const run = await cli(['dashboard', 'examples', '-o', tempDir(), '--locale', 'zh-CN']);
    expect(run.stdout).toMatch(/^已将 1 个文件的看板写入 /);
  });
});

describe('crossdept serve', () => {
  it('rejects an invalid port and a missing folder plainly', async () => {
    const port = await cli(['serve', 'examples', '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('invalid port "70000"');
    const missing = await cli(['serve', 'no-such-folder']);
    expect(missing.code).toBe(2);
    expectNoStack(missing.stderr);
  });

  it('prints a loopback URL with a token, and the token opens the page', async () => {
    // The built executable in a child process, stopped at the end: a listening server outlives `run`.
    const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', 'examples', '--port', '0'], {
      cwd: root,
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('Ctrl+C')) resolve(text);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const url = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]{32})/.exec(out);
      expect(url).not.toBeNull();
      const status = await new Promise<number>((resolve) => {
        request(url![0], (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).end();
      });
      expect(status).toBe(303);
    } finally {
      child.kill();
    }
  });
});

describe('the dashboard message', () => {
  it('counts one file in the singular and more in the plural (regression: "1 files")', () => {
    expect(serveMessage('en', 'dashboardWritten', { count: 1, path: 'site' })).toBe(
      'wrote the dashboard of 1 file to site',
    );
    expect(serveMessage('en', 'dashboardWritten', { count: 3, path: 'site' })).toBe(
      'wrote the dashboard of 3 files to site',
    );
  });
});
