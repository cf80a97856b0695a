/**
 * Paths of a rule-test suite, resolved without `node:path` so the runner works in a browser: forward slashes,
 * `.` and `..` segments folded, an absolute path (`/…` or `C:/…`) kept as it is.
 */

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

function normalise(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || !absolute) out.push(segment);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

/**
 * The folder of a file path (`.` for a bare name).
 *
 * @param file - A file path.
 * @returns Its folder.
 * @example
 * ```ts
 * import { folderOf } from './paths.js';
 *
 * folderOf('rules-tests/team.test.yaml'); // 'rules-tests'
 * ```
 */
export function folderOf(file: string): string {
  const path = file.replace(/\\/g, '/');
  const at = path.lastIndexOf('/');
  return at < 0 ? '.' : at === 0 ? '/' : path.slice(0, at);
}

/**
 * `relative` resolved against `base`: relative as written in a suite, against the suite's folder.
 *
 * @param base - The folder.
 * @param relative - A path as written.
 * @returns The joined, normalised path.
 * @example
 * ```ts
 * import { resolvePath } from './paths.js';
 *
 * resolvePath('rules-tests', '../pmo.yaml'); // 'pmo.yaml'
 * ```
 */
export function resolvePath(base: string, relative: string): string {
  const path = relative.replace(/\\/g, '/');
  if (isAbsolute(path)) return path.startsWith('/') ? normalise(path) : path;
  return normalise(`${base.replace(/\\/g, '/')}/${path}`);
}
