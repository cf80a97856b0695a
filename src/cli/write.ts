import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Locale } from '../index.js';
import { CliFailure } from './failure.js';
import { reason } from './files.js';
import { cliMessage } from './messages/catalogue.js';

/** Options for {@link writeTextFile}. @example `const options: WriteOptions = { overwrite: false };` */
export interface WriteOptions {
  /** Replace an existing file; without it an existing file is an error. */
  readonly overwrite: boolean;
}

/**
 * Writes a file (text as UTF-8, or bytes as they are), creating its folder when missing. Fails with a {@link CliFailure} (exit code 2): `exists`
 * when the file exists and `overwrite` is off, `write_failed` when the path cannot be written (a read-only
 * folder, a folder in the way, a file where a folder should be).
 *
 * @param file - The path as the user gave it.
 * @param cwd - The working directory.
 * @param text - The content: text, or bytes (a Word document).
 * @param options - Whether to overwrite.
 * @param locale - The locale of the messages.
 * @example
 * ```ts
 * await writeTextFile('out/kickoff.md', process.cwd(), '# Kickoff\n', { overwrite: true }, 'en');
 * ```
 */
export async function writeTextFile(
  file: string,
  cwd: string,
  text: string | Uint8Array,
  options: WriteOptions,
  locale: Locale,
): Promise<void> {
  const absolute = resolve(cwd, file);
  try {
    await mkdir(dirname(absolute), { recursive: true });
  } catch (error) {
    // EEXIST here means a file sits where a folder of the path should be.
    throw new CliFailure(
      'write_failed',
      cliMessage(locale, 'writeFailed', { path: file, detail: reason(error) }),
    );
  }
  try {
    await writeFile(absolute, text, { encoding: 'utf8', flag: options.overwrite ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliFailure('exists', cliMessage(locale, 'fileExists', { path: file }));
    }
    throw new CliFailure(
      'write_failed',
      cliMessage(locale, 'writeFailed', { path: file, detail: reason(error) }),
    );
  }
}
