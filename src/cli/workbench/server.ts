// `crossdept serve`'s HTTP server (Node's `http`, no framework). Its security model, checked on every request:
// the Host header must name this server (no DNS rebinding); the page and the API need the run's token (from the
// link crossdept printed, then an HttpOnly SameSite=Strict cookie); a write needs the token in a header, which a
// page of another site cannot send without a preflight this server never grants (no CSRF); only collaboration
// files inside the served folder are read or written (no `..`, no absolute path, no symbolic link out); every
// response carries a strict Content-Security-Policy; a save must name the version it edited (If-Match) and gets
// 409 when the file changed meanwhile; and only text that parses is written, atomically.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Locale } from '../../index.js';
import {
  confine,
  listFiles,
  MAX_WORKBENCH_FILE_BYTES,
  readServedFile,
  type WorkbenchFile,
  writeAtomically,
} from './files.js';
import { type ServeMessageCode, serveMessage } from './messages.js';
import { contentSecurityPolicy, workbenchPage } from './page.js';
import { applyEdits, readEdits, type SavedKind, saveIssues } from './save.js';

/**
 * What the workbench server serves.
 *
 * @example
 * ```ts
 * import type { WorkbenchServerOptions } from './server.js';
 *
 * const options: WorkbenchServerOptions = {
 *   root: '/srv/pmo', token: 'secret', now: '2026-11-26', locale: 'en', assets: 'dist/workbench', hosts: [],
 * };
 * ```
 */
export interface WorkbenchServerOptions {
  /** The served folder's real path. */
  readonly root: string;
  /** The run's access token. */
  readonly token: string;
  readonly now: string;
  readonly locale: Locale;
  /** The PMO configuration's real path, when one was given (it may lie outside the folder). */
  readonly config?: string;
  /** The folder holding the browser bundle (`app.js`, `app.css`). */
  readonly assets: string;
  /** Host names accepted in the Host header besides 127.0.0.1, localhost and [::1] (`--host`). */
  readonly hosts: readonly string[];
}

const COOKIE = 'crossdept-token';
const ASSETS: Readonly<Record<string, string>> = {
  '/app.js': 'text/javascript; charset=utf-8',
  '/app.css': 'text/css; charset=utf-8',
};

class Refusal {
  constructor(
    readonly status: number,
    readonly code: ServeMessageCode,
    readonly extra: Record<string, unknown> = {},
    readonly host?: string,
  ) {}
}

function headers(res: ServerResponse, nonce?: string): void {
  const policy =
    nonce === undefined ? "default-src 'none'; frame-ancestors 'none'" : contentSecurityPolicy(nonce);
  res.setHeader('Content-Security-Policy', policy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown, etag?: string): void {
  headers(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (etag !== undefined) res.setHeader('ETag', etag);
  res.end(JSON.stringify(body));
}

/** Constant-time comparison of a presented token with the run's. */
function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

function headerToken(req: IncomingMessage): string | undefined {
  const value = req.headers['x-crossdept-token'];
  return typeof value === 'string' ? value : undefined;
}

/** The Host header values this server answers to: the loopback names and `--host`'s, with the port. */
function hostAllowed(req: IncomingMessage, extra: readonly string[]): boolean {
  const host = req.headers.host;
  if (typeof host !== 'string') return false;
  const port = req.socket.localPort;
  const names = ['127.0.0.1', 'localhost', '[::1]', ...extra.map((h) => (h.includes(':') ? `[${h}]` : h))];
  return names.some((n) => host.toLowerCase() === `${n.toLowerCase()}:${port}`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_WORKBENCH_FILE_BYTES) throw new Refusal(413, 'tooLarge');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One save at a time per file, so two saves cannot both pass the version check. */
const locks = new Map<string, Promise<unknown>>();
function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  locks.set(
    key,
    next.catch(() => {}),
  );
  return next;
}

/**
 * Creates the workbench server (not yet listening: call `listen(port, host)`).
 *
 * @param options - What it serves.
 * @returns The server.
 * @example
 * ```ts
 * import { createWorkbenchServer } from './server.js';
 *
 * const server = createWorkbenchServer({
 *   root: '/srv/pmo', token: 'secret', now: '2026-11-26', locale: 'en', assets: 'dist/workbench', hosts: [],
 * });
 * server.listen(0, '127.0.0.1');
 * ```
 */
export function createWorkbenchServer(options: WorkbenchServerOptions): Server {
  const { locale } = options;
  const refuse = (res: ServerResponse, r: Refusal): void => {
    const message = serveMessage(locale, r.code, r.host === undefined ? {} : { host: r.host });
    sendJson(res, r.status, { code: r.code, message, ...r.extra });
  };
  return createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      refuse(res, error instanceof Refusal ? error : new Refusal(500, 'writeFailed'));
    });
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: WorkbenchServerOptions,
): Promise<void> {
  if (!hostAllowed(req, options.hosts)) {
    throw new Refusal(403, 'forbiddenHost', {}, String(req.headers.host ?? '').slice(0, 100));
  }
  const url = new URL(req.url ?? '/', 'http://workbench.invalid');
  const raw = (req.url ?? '/').split('?')[0]!;
  // `/../x` and its encodings never reach a route: the URL parser folds them, so look at the raw path too.
  if (/(^|\/)\.\.?(\/|$)|%2e|%2f|%5c|\\/i.test(raw)) throw new Refusal(403, 'forbiddenPath');
  const method = req.method ?? 'GET';
  const asset = ASSETS[url.pathname];
  if (asset !== undefined) {
    if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'methodNotAllowed');
    return sendAsset(res, options.assets, url.pathname.slice(1), asset);
  }
  if (url.pathname === '/favicon.ico') {
    headers(res);
    res.statusCode = 204;
    res.end();
    return;
  }
  if (url.pathname === '/') {
    if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'methodNotAllowed');
    return sendPage(req, res, url, options);
  }
  if (url.pathname === '/api/file') {
    const readable = sameToken(headerToken(req), options.token) || sameToken(cookieToken(req), options.token);
    if (method === 'GET') {
      if (!readable) throw new Refusal(401, 'missingToken');
      return getFile(res, url.searchParams.get('path') ?? '', options);
    }
    if (method === 'PUT' || method === 'PATCH') {
      // The cookie alone is not enough for a write: another site's form could make the browser send it.
      if (!sameToken(headerToken(req), options.token)) throw new Refusal(403, 'missingToken');
      return saveFile(req, res, method, url.searchParams.get('path') ?? '', options);
    }
    throw new Refusal(405, 'methodNotAllowed');
  }
  throw new Refusal(404, 'notFound');
}

async function sendAsset(res: ServerResponse, dir: string, name: string, type: string): Promise<void> {
  let body: Buffer;
  try {
    body = await readFile(join(dir, name));
  } catch {
    throw new Refusal(404, 'notFound');
  }
  headers(res);
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-cache');
  res.end(body);
}

async function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: WorkbenchServerOptions,
): Promise<void> {
  const fromLink = url.searchParams.get('token') ?? undefined;
  if (sameToken(fromLink, options.token)) {
    // Trade the link's token for a cookie and drop it from the address bar (and from the history).
    headers(res);
    res.statusCode = 303;
    res.setHeader('Set-Cookie', `${COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
    res.setHeader('Location', '/');
    res.end();
    return;
  }
  if (!sameToken(cookieToken(req), options.token)) {
    const nonce = randomBytes(16).toString('base64');
    headers(res, nonce);
    res.statusCode = 401;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="${options.locale}"><meta charset="utf-8"><title>crossdept</title><p>${serveMessage(options.locale, 'openWithToken')}</p></html>\n`,
    );
    return;
  }
  const files = await readAll(options);
  const config =
    options.config === undefined ? null : ((await readServedFile(options.config, 'config')) ?? null);
  const nonce = randomBytes(16).toString('base64');
  headers(res, nonce);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(
    workbenchPage(
      { mode: 'serve', now: options.now, locale: options.locale, token: options.token, files, config },
      nonce,
    ),
  );
}

async function readAll(options: WorkbenchServerOptions): Promise<WorkbenchFile[]> {
  const names = await listFiles(options.root, options.config === undefined ? [] : [options.config]);
  const files: WorkbenchFile[] = [];
  for (const name of names) {
    const real = await confine(options.root, name);
    const file = real === undefined ? undefined : await readServedFile(real, name);
    if (file !== undefined) files.push(file);
  }
  return files;
}

/** The real path and kind of the file a request names: a collaboration file under the folder, or `config`. */
async function target(
  name: string,
  options: WorkbenchServerOptions,
): Promise<{ real: string; kind: SavedKind }> {
  if (name === 'config' && options.config !== undefined) return { real: options.config, kind: 'config' };
  const real = await confine(options.root, name);
  if (real === undefined || real === options.config) throw new Refusal(403, 'forbiddenPath');
  return { real, kind: 'collaboration' };
}

async function getFile(res: ServerResponse, name: string, options: WorkbenchServerOptions): Promise<void> {
  const { real } = await target(name, options);
  const file = await readServedFile(real, name);
  if (file === undefined) throw new Refusal(404, 'notFound');
  sendJson(res, 200, file, file.etag);
}

async function saveFile(
  req: IncomingMessage,
  res: ServerResponse,
  method: 'PUT' | 'PATCH',
  name: string,
  options: WorkbenchServerOptions,
): Promise<void> {
  const { real, kind } = await target(name, options);
  const ifMatch = req.headers['if-match'];
  if (typeof ifMatch !== 'string' || ifMatch.length === 0) throw new Refusal(428, 'preconditionRequired');
  const body = await readBody(req);
  await serialized(real, async () => {
    const current = await readServedFile(real, name);
    if (current === undefined) throw new Refusal(404, 'notFound');
    if (current.etag !== ifMatch) throw new Refusal(409, 'conflict', { current });
    let text = body;
    if (method === 'PATCH') {
      let edits: ReturnType<typeof readEdits>;
      try {
        edits = readEdits(JSON.parse(body));
      } catch {
        edits = undefined;
      }
      const edited = edits === undefined ? undefined : applyEdits(current.text, name, edits);
      if (edited === undefined) throw new Refusal(400, 'badRequest');
      text = edited;
    }
    const issues = saveIssues(text, name, kind, options.locale);
    if (issues.length > 0) {
      const message = serveMessage(options.locale, 'invalidText', { count: issues.length });
      sendJson(res, 422, { code: 'invalidText', message, issues });
      return;
    }
    try {
      await writeAtomically(real, text);
    } catch {
      throw new Refusal(500, 'writeFailed');
    }
    const saved = await readServedFile(real, name);
    sendJson(res, 200, saved, saved?.etag);
  });
}
