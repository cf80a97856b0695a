// What `serve` and `dashboard` both need: the served folder's real path, the configuration's, and the
// browser bundle's folder (shipped in dist/workbench/ beside the executable).
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../context.js';
import { CliFailure } from '../failure.js';
import { reason } from '../files.js';
import { serveMessage } from './messages.js';

/**
 * The folder of the browser bundle: dist/workbench/ beside the built executable (dist/cli.js and its chunks in
 * dist/cli/).
 *
 * @returns Its path.
 * @example
 * ```ts
 * import { bundleFolder } from './workspace.js';
 *
 * bundleFolder().endsWith('workbench'); // true
 * ```
 */
export function bundleFolder(): string {
  const candidates = [
    fileURLToPath(new URL('./workbench', import.meta.url)),
    // Built, this module may sit in a chunk of the executable, in dist/cli/.
    fileURLToPath(new URL('../workbench', import.meta.url)),
    // Run from the sources (tests, tsx), this module sits in src/cli/workbench/ and the bundle in dist/workbench/.
    fileURLToPath(new URL('../../../dist/workbench', import.meta.url)),
  ];
  return candidates.find((folder) => existsSync(join(folder, 'app.js'))) ?? (candidates[0] as string);
}

/**
 * Checks the bundle is there (it is built by `npm run build`).
 *
 * @param folder - The bundle's folder.
 * @param ctx - The run's context.
 * @example
 * ```ts
 * import type { CliContext } from '../context.js';
 * import { requireBundle } from './workspace.js';
 *
 * declare const ctx: CliContext;
 * requireBundle('dist/workbench', ctx);
 * ```
 */
export function requireBundle(folder: string, ctx: CliContext): void {
  if (!existsSync(join(folder, 'app.js')) || !existsSync(join(folder, 'app.css'))) {
    throw new CliFailure('not_found', serveMessage(ctx.locale, 'noBundle', { path: folder }));
  }
}

/**
 * The real path of a folder the user named, or a failure that says why it cannot be served.
 *
 * @param dir - The folder, relative to the working directory or absolute.
 * @param ctx - The run's context.
 * @returns Its real path.
 * @example
 * ```ts
 * import type { CliContext } from '../context.js';
 * import { servedFolder } from './workspace.js';
 *
 * declare const ctx: CliContext;
 * const root = await servedFolder('examples', ctx);
 * ```
 */
export async function servedFolder(dir: string, ctx: CliContext): Promise<string> {
  const absolute = resolve(ctx.io.cwd, dir);
  try {
    const real = await realpath(absolute);
    if (!(await stat(real)).isDirectory()) throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
    return real;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new CliFailure('not_found', `${dir}: ${reason(error)}`);
    throw new CliFailure('unreadable', `${dir}: ${reason(error)}`);
  }
}

/**
 * The real path of the PMO configuration file, when one was given.
 *
 * @param file - The `--config` value.
 * @param ctx - The run's context.
 * @returns Its real path, or undefined.
 * @example
 * ```ts
 * import type { CliContext } from '../context.js';
 * import { configFile } from './workspace.js';
 *
 * declare const ctx: CliContext;
 * const config = await configFile('pmo.yaml', ctx);
 * ```
 */
export async function configFile(file: string | undefined, ctx: CliContext): Promise<string | undefined> {
  if (file === undefined) return undefined;
  try {
    const real = await realpath(resolve(ctx.io.cwd, file));
    if (!(await stat(real)).isFile()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    return real;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(code === 'ENOENT' ? 'not_found' : 'unreadable', `${file}: ${reason(error)}`);
  }
}
