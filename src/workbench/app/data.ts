// The workspace the page was given (a JSON data block written by `crossdept serve` or `crossdept dashboard`),
// checked before use, and the calls that save a file back to the server.
import type { CrossdeptIssue, Locale } from '../../index.js';

export interface ServedFile {
  readonly path: string;
  readonly text: string;
  readonly etag: string;
}

export interface Workspace {
  readonly mode: 'serve' | 'static';
  readonly now: string;
  readonly locale: Locale;
  readonly token: string | null;
  readonly files: readonly ServedFile[];
  readonly config: ServedFile | null;
  /** The JSON Schemas of a collaboration and of the PMO configuration, for key completion. */
  readonly schemas: { readonly collaboration: object; readonly config: object };
}

function isFile(value: unknown): value is ServedFile {
  const f = value as Partial<ServedFile> | null;
  return typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.text === 'string';
}

/** Reads the page's data block; a page without one (or with a damaged one) shows an empty workspace. */
export function readWorkspace(doc: Document): Workspace {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(doc.getElementById('crossdept-data')?.textContent ?? '{}') as Record<string, unknown>;
  } catch {
    raw = {};
  }
  const files = Array.isArray(raw.files) ? raw.files.filter(isFile) : [];
  return {
    mode: raw.mode === 'serve' ? 'serve' : 'static',
    now: typeof raw.now === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.now) ? raw.now : '1970-01-01',
    locale: raw.locale === 'en' ? 'en' : 'zh-CN',
    token: typeof raw.token === 'string' ? raw.token : null,
    files: files.map((f) => ({ path: f.path, text: f.text, etag: typeof f.etag === 'string' ? f.etag : '' })),
    config: isFile(raw.config)
      ? { path: 'config', text: raw.config.text, etag: String(raw.config.etag ?? '') }
      : null,
    schemas: {
      collaboration: schemaOf(raw.schemas, 'collaboration'),
      config: schemaOf(raw.schemas, 'config'),
    },
  };
}

function schemaOf(schemas: unknown, name: string): object {
  const value = (schemas as Record<string, unknown> | null)?.[name];
  return typeof value === 'object' && value !== null ? value : {};
}

/** What a save answered. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly etag: string; readonly text: string }
  | { readonly kind: 'conflict'; readonly current: ServedFile }
  | { readonly kind: 'invalid'; readonly issues: readonly CrossdeptIssue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Saves a file's text as the version it edited (If-Match); the run's token goes in a header. */
export async function saveFile(
  path: string,
  text: string,
  etag: string,
  token: string,
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`api/file?path=${encodeURIComponent(path)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'If-Match': etag, 'X-Crossdept-Token': token },
      body: text,
      credentials: 'same-origin',
    });
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  return outcomeOf(response, path);
}

/**
 * Sets one value of a file on the server through the yaml Document API (only that value's characters change),
 * as the version edited.
 */
export async function patchFile(
  path: string,
  edit: { readonly path: readonly (string | number)[]; readonly value: string },
  etag: string,
  token: string,
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`api/file?path=${encodeURIComponent(path)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag, 'X-Crossdept-Token': token },
      body: JSON.stringify({ set: [edit] }),
      credentials: 'same-origin',
    });
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  return outcomeOf(response, path);
}

/** What the server's answer to a save means. */
async function outcomeOf(response: Response, path: string): Promise<SaveOutcome> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok && isFile(body)) return { kind: 'saved', etag: String(body.etag), text: body.text };
  if (response.status === 409 && isFile(body.current)) {
    const current = body.current as ServedFile;
    return { kind: 'conflict', current: { path, text: current.text, etag: String(current.etag) } };
  }
  if (response.status === 422 && Array.isArray(body.issues)) {
    return { kind: 'invalid', issues: body.issues as CrossdeptIssue[] };
  }
  return {
    kind: 'failed',
    message: typeof body.message === 'string' ? body.message : String(response.status),
  };
}

/** Offers a text as a file download (the static site's way of saving). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name.split('/').pop() ?? name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
