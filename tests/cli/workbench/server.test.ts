// The workbench server's security model and saving, over real HTTP on 127.0.0.1 (a port the system picks).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { etagOf } from '../../../src/cli/workbench/files.js';
import { createWorkbenchServer } from '../../../src/cli/workbench/server.js';
import { exampleText } from '../../fixtures/example.js';

const TOKEN = 'test-token-0123456789';
let dir: string;
let root: string;
let outside: string;
let port: number;
let server: ReturnType<typeof createWorkbenchServer>;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw request (Node's `http.request` sends the path and Host header exactly as given). */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const auth = { 'x-crossdept-token': TOKEN };
const file = (name: string) => `/api/file?path=${encodeURIComponent(name)}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crossdept-serve-'));
  root = join(dir, 'portfolio');
  outside = join(dir, 'secret.yaml');
  mkdirSync(join(root, 'team'), { recursive: true });
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);\n');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}\n');
  writeFileSync(join(root, 'launch.yaml'), exampleText);
  writeFileSync(join(root, 'team', 'copy.yaml'), exampleText);
  writeFileSync(outside, 'id: secret\n');
  symlinkSync(outside, join(root, 'link-out.yaml'));
  server = createWorkbenchServer({
    root,
    token: TOKEN,
    now: '2026-11-26',
    locale: 'en',
    assets: join(dir, 'assets'),
    hosts: [],
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('the Host header (DNS rebinding)', () => {
  it('refuses a request whose Host is another name', async () => {
    const answer = await send('GET', '/app.js', { host: 'evil.example' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'forbiddenHost' });
  });

  it('refuses a loopback name on another port and accepts localhost on its own', async () => {
    expect((await send('GET', '/app.js', { host: `127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await send('GET', '/app.js', { host: `localhost:${port}` })).status).toBe(200);
  });
});

describe('the token', () => {
  it('serves the page only with the token: the link trades it for an HttpOnly SameSite cookie', async () => {
    expect((await send('GET', '/')).status).toBe(401);
    expect((await send('GET', '/?token=wrong')).status).toBe(401);
    const link = await send('GET', `/?token=${TOKEN}`);
    expect(link.status).toBe(303);
    expect(link.headers.location).toBe('/');
    expect(String(link.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await send('GET', '/', { cookie: `crossdept-token=${TOKEN}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="crossdept-data"');
    expect(page.body).toContain('launch.yaml');
  });

  it('refuses a write without the token, or with the cookie alone (a cross-site form would send it)', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    const headers = { 'if-match': etagOf(text) };
    expect((await send('PUT', file('launch.yaml'), headers, text)).status).toBe(403);
    const cookie = { ...headers, cookie: `crossdept-token=${TOKEN}` };
    expect((await send('PUT', file('launch.yaml'), cookie, text)).status).toBe(403);
    expect(readFileSync(join(root, 'launch.yaml'), 'utf8')).toBe(text);
  });

  it('refuses to read a file without the token', async () => {
    expect((await send('GET', file('launch.yaml'))).status).toBe(401);
    expect((await send('GET', file('launch.yaml'), auth)).status).toBe(200);
  });
});

describe('path confinement', () => {
  it.each(['/../package.json', '/%2e%2e/package.json', '/app.js/../../package.json', '/..%2fpackage.json'])(
    'refuses %s',
    async (path) => {
      const answer = await send('GET', path, auth);
      expect([403, 404]).toContain(answer.status);
      expect(answer.body).not.toContain('"name"');
    },
  );

  it.each([
    '../package.json',
    '/etc/passwd',
    'team/../launch.yaml',
    'link-out.yaml',
    'team\\copy.yaml',
    'launch.yaml\0.json',
    'missing.yaml',
  ])('refuses the file %j', async (name) => {
    const answer = await send('GET', file(name), auth);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('secret');
  });

  it('lists the files inside the folder and leaves the symbolic link out of it', async () => {
    const page = await send('GET', '/', { cookie: `crossdept-token=${TOKEN}` });
    expect(page.body).toContain('team/copy.yaml');
    expect(page.body).not.toContain('link-out.yaml');
    expect(page.body).not.toContain('id: secret');
  });
});

describe('headers', () => {
  it('sends a strict Content-Security-Policy with a fresh nonce for the page', async () => {
    const a = await send('GET', '/', { cookie: `crossdept-token=${TOKEN}` });
    const b = await send('GET', '/', { cookie: `crossdept-token=${TOKEN}` });
    const policy = String(a.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe');
    expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(a.headers['content-security-policy']).not.toBe(b.headers['content-security-policy']);
    expect(a.body).toContain(`content="${/nonce-([^']+)/.exec(policy)![1]}"`);
    expect(a.headers['x-frame-options']).toBe('DENY');
  });

  it('keeps the data block inert: a file holding </script> cannot end it', async () => {
    writeFileSync(join(root, 'hostile.yaml'), 'id: x\nname: "</script><script>alert(1)</script>"\n');
    const page = await send('GET', '/', { cookie: `crossdept-token=${TOKEN}` });
    rmSync(join(root, 'hostile.yaml'));
    expect(page.body.match(/<script/g)).toHaveLength(2);
  });
});

describe('saving', () => {
  it('writes parsing text with its comments and answers the new version', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    const edited = text.replace('status: in-progress }', 'status: blocked }');
    const answer = await send('PUT', file('launch.yaml'), { ...auth, 'if-match': etagOf(text) }, edited);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).etag).toBe(etagOf(edited));
    expect(answer.headers.etag).toBe(etagOf(edited));
    expect(readFileSync(join(root, 'launch.yaml'), 'utf8')).toBe(edited);
    await send('PUT', file('launch.yaml'), { ...auth, 'if-match': etagOf(edited) }, text);
  });

  it('refuses a stale version with 409 and the current text, and leaves the file as it is', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    const stale = etagOf(`${text}# an older version\n`);
    const answer = await send('PUT', file('launch.yaml'), { ...auth, 'if-match': stale }, 'id: other\n');
    expect(answer.status).toBe(409);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'conflict',
      current: { text, etag: etagOf(text) },
    });
    expect(readFileSync(join(root, 'launch.yaml'), 'utf8')).toBe(text);
  });

  it('lets only one of two saves of the same version through', async () => {
    const text = readFileSync(join(root, 'team/copy.yaml'), 'utf8');
    const headers = { ...auth, 'if-match': etagOf(text) };
    const a = `${text}# tab one\n`;
    const b = `${text}# tab two\n`;
    const answers = await Promise.all([
      send('PUT', file('team/copy.yaml'), headers, a),
      send('PUT', file('team/copy.yaml'), headers, b),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect([a, b]).toContain(readFileSync(join(root, 'team/copy.yaml'), 'utf8'));
  });

  it('requires If-Match', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    expect((await send('PUT', file('launch.yaml'), auth, text)).status).toBe(428);
  });

  it('never writes text that does not parse, and says why with line and column', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    const broken = text.replace('phase: executing', 'phase: [executing');
    const answer = await send('PUT', file('launch.yaml'), { ...auth, 'if-match': etagOf(text) }, broken);
    expect(answer.status).toBe(422);
    const body = JSON.parse(answer.body);
    expect(body.issues.length).toBeGreaterThan(0);
    expect(body.issues[0].line).toBeGreaterThan(0);
    const invalid = text.replace('status: in-progress }', 'status: stuck }');
    const second = await send('PUT', file('launch.yaml'), { ...auth, 'if-match': etagOf(text) }, invalid);
    expect(second.status).toBe(422);
    expect(readFileSync(join(root, 'launch.yaml'), 'utf8')).toBe(text);
  });

  it('edits one value through the Document API and keeps every other byte', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    const body = JSON.stringify({ set: [{ path: ['milestones', 4, 'status'], value: 'blocked' }] });
    const answer = await send('PATCH', file('launch.yaml'), { ...auth, 'if-match': etagOf(text) }, body);
    expect(answer.status).toBe(200);
    const saved = readFileSync(join(root, 'launch.yaml'), 'utf8');
    expect(saved).toBe(text.replace('status: in-progress }', 'status: blocked }'));
    await send('PUT', file('launch.yaml'), { ...auth, 'if-match': etagOf(saved) }, text);
  });

  it('refuses an oversized body with 413', async () => {
    const text = readFileSync(join(root, 'launch.yaml'), 'utf8');
    const huge = `${text}#${'x'.repeat(3 * 1024 * 1024)}\n`;
    const answer = await send('PUT', file('launch.yaml'), { ...auth, 'if-match': etagOf(text) }, huge);
    expect(answer.status).toBe(413);
  });
});
