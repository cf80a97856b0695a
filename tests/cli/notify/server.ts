// A local stand-in for the chat platforms on 127.0.0.1: it checks each platform's signature the way the platform
// documents it, answers with the platforms' success and error bodies, and injects failures on request.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server does with one request: answer normally, or fail in a given way. */
export type Fault = 'ok' | 'http500' | 'hang' | 'rate-limit' | 'close';

export interface Received {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: Record<string, unknown>;
  /** The answer given. */
  readonly answer: string;
}

export interface PlatformOptions {
  /** The robot's signing secret: requests must be signed with it. */
  readonly secret?: string;
  /** A custom keyword every message must contain. */
  readonly keyword?: string;
  /** The platform's clock, in ms (the signature's timestamp must be within an hour of it). */
  readonly now: () => number;
}

export interface FakePlatforms {
  readonly url: (path: 'dingtalk' | 'feishu' | 'wecom' | 'slack' | 'webhook') => string;
  readonly received: Received[];
  /** Faults for the next requests, in order; afterwards every request is answered normally. */
  readonly faults: Fault[];
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
  return JSON.stringify(body);
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function withinAnHour(timestampMs: number, now: number): boolean {
  return Number.isFinite(timestampMs) && Math.abs(now - timestampMs) < 3_600_000;
}

function dingtalk(query: URLSearchParams, body: Record<string, unknown>, o: PlatformOptions) {
  if (o.secret !== undefined) {
    const timestamp = query.get('timestamp') ?? '';
    const expected = createHmac('sha256', o.secret).update(`${timestamp}\n${o.secret}`).digest('base64');
    if (!withinAnHour(Number(timestamp), o.now())) return { errcode: 310000, errmsg: 'invalid timestamp' };
    if (query.get('sign') !== expected) return { errcode: 310000, errmsg: 'sign not match' };
  }
  const markdown = body.markdown as { title?: string; text?: string } | undefined;
  if (
    body.msgtype !== 'markdown' ||
    typeof markdown?.text !== 'string' ||
    typeof markdown.title !== 'string'
  ) {
    return { errcode: 40035, errmsg: 'missing parameter' };
  }
  if (o.keyword !== undefined && !markdown.text.includes(o.keyword)) {
    return { errcode: 310000, errmsg: 'keywords not in content' };
  }
  return { errcode: 0, errmsg: 'ok' };
}

function feishu(body: Record<string, unknown>, o: PlatformOptions) {
  if (o.secret !== undefined) {
    const timestamp = String(body.timestamp ?? '');
    const expected = createHmac('sha256', `${timestamp}\n${o.secret}`).update('').digest('base64');
    if (!withinAnHour(Number(timestamp) * 1000, o.now()) || body.sign !== expected) {
      return { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' };
    }
  }
  const card = body.card as { header?: { title?: { content?: string } } } | undefined;
  if (body.msg_type !== 'interactive' || card === undefined) return { code: 9499, msg: 'Bad Request' };
  if (o.keyword !== undefined && !JSON.stringify(card).includes(o.keyword)) {
    return { code: 19024, msg: 'Key Words Not Found' };
  }
  return { StatusCode: 0, StatusMessage: 'success', code: 0, data: {}, msg: 'success' };
}

function wecom(body: Record<string, unknown>) {
  const markdown = body.markdown as { content?: string } | undefined;
  if (body.msgtype !== 'markdown' || typeof markdown?.content !== 'string') {
    return { errcode: 40008, errmsg: 'invalid message type' };
  }
  if (Buffer.byteLength(markdown.content, 'utf8') > 4096) {
    return { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' };
  }
  return { errcode: 0, errmsg: 'ok' };
}

/**
 * Starts the fake platforms. Each platform's path answers as the platform does; `faults` injects failures.
 */
export async function startPlatforms(options: PlatformOptions): Promise<FakePlatforms> {
  const received: Received[] = [];
  const faults: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(req);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {}
    const path = url.pathname.slice(1);
    const record = (answer: string) => received.push({ path, query: url.searchParams, body, answer });
    const fault = faults.shift() ?? 'ok';
    if (fault === 'hang') {
      hanging.add(res);
      record('hang');
      return;
    }
    if (fault === 'close') {
      record('close');
      req.socket.destroy();
      return;
    }
    if (fault === 'http500') {
      res.writeHead(500);
      res.end('Internal Server Error');
      record('500');
      return;
    }
    if (fault === 'rate-limit') {
      if (path === 'dingtalk')
        record(json(res, 200, { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' }));
      else if (path === 'feishu') record(json(res, 200, { code: 11232, msg: 'frequency limited psm' }));
      else if (path === 'wecom') record(json(res, 200, { errcode: 45009, errmsg: 'api freq out of limit' }));
      else {
        res.writeHead(429, { 'retry-after': '7' });
        res.end('rate_limited');
        record('429');
      }
      return;
    }
    if (path === 'dingtalk') record(json(res, 200, dingtalk(url.searchParams, body, options)));
    else if (path === 'feishu') record(json(res, 200, feishu(body, options)));
    else if (path === 'wecom') record(json(res, 200, wecom(body)));
    else if (path === 'slack') {
      const ok = Array.isArray(body.blocks) && (body.blocks as unknown[]).length <= 50;
      res.writeHead(ok ? 200 : 400);
      res.end(ok ? 'ok' : 'invalid_blocks');
      record(ok ? 'ok' : 'invalid_blocks');
    } else {
      res.writeHead(204);
      res.end();
      record('204');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}?access_token=token-123`,
    received,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
