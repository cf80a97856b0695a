// The workbench's one HTML page: the same for `crossdept serve` and `crossdept dashboard`, with the workspace
// (files, configuration, date, locale) as a JSON data block the browser bundle reads. A data block is not a
// script, so the strict Content-Security-Policy holds: the only script the page runs is the bundle.
import type { Locale } from '../../index.js';
import { collaborationJsonSchema, rulesConfigJsonSchema } from '../../schemas/index.js';
import type { WorkbenchFile } from './files.js';

/**
 * What the page hands the browser bundle. The bundle checks it again when it reads it (src/workbench/app).
 *
 * @example
 * ```ts
 * import type { WorkbenchData } from './page.js';
 *
 * const data: WorkbenchData = { mode: 'static', now: '2026-11-26', locale: 'en', files: [], config: null };
 * ```
 */
export interface WorkbenchData {
  /** `serve`: saves go to the server; `static`: edits stay in the page and can be downloaded. */
  readonly mode: 'serve' | 'static';
  /** The date the portfolio is seen from (ISO). */
  readonly now: string;
  /** The locale the pages open in (the reader can switch). */
  readonly locale: Locale;
  /** The run's access token, which every write carries (serve only). */
  readonly token?: string;
  readonly files: readonly WorkbenchFile[];
  /** The PMO configuration, when one was given. */
  readonly config: WorkbenchFile | null;
}

/** The page's policy: scripts and styles from the page's own origin only, nothing framed, nothing posted. */
export function contentSecurityPolicy(nonce: string | undefined): string {
  const styles = nonce === undefined ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const TITLE: Readonly<Record<Locale, string>> = { 'zh-CN': 'crossdept 工作台', en: 'crossdept workbench' };
const NO_SCRIPT: Readonly<Record<Locale, string>> = {
  'zh-CN': '工作台需要启用 JavaScript。',
  en: 'The workbench needs JavaScript.',
};

/** JSON that cannot end the `<script>` element it sits in. */
function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The workbench page.
 *
 * @param data - The workspace the bundle shows.
 * @param nonce - The nonce CodeMirror's style elements carry (serve: one per response, also in the header's
 *   policy); without one (a static site) the policy is a `<meta>` element that allows inline styles.
 * @returns The HTML.
 * @example
 * ```ts
 * import { workbenchPage } from './page.js';
 *
 * workbenchPage({ mode: 'static', now: '2026-11-26', locale: 'en', files: [], config: null }).startsWith('<!doctype html>'); // true
 * ```
 */
export function workbenchPage(data: WorkbenchData, nonce?: string): string {
  // The JSON Schemas the editor completes keys from travel as data, not as part of the script.
  const schemas = { collaboration: collaborationJsonSchema(), config: rulesConfigJsonSchema() };
  const meta =
    nonce === undefined
      ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(undefined)}">`
      : `<meta name="csp-nonce" content="${nonce}">`;
  return `<!doctype html>
<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta}
<title>${TITLE[data.locale]}</title>
<link rel="stylesheet" href="app.css">
</head>
<body>
<div id="app"><noscript>${NO_SCRIPT[data.locale]}</noscript></div>
<script type="application/json" id="crossdept-data">${inertJson({ ...data, schemas })}</script>
<script src="app.js"></script>
</body>
</html>
`;
}
