// The Word documents open in a real word processor: LibreOffice converts the kickoff and the minutes, in both
// locales, to text (the whole text there, in order) and to PDF. Skipped where LibreOffice is not installed (CI
// does not install it); `apt-get install libreoffice-writer-nogui` to run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locale.js';
import { renderTemplate } from '../../../src/templates/index.js';
import { example } from '../../fixtures/example.js';
import { readDocx } from '../../support/docx.js';

const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version']).status === 0);
const dir = mkdtempSync(join(tmpdir(), 'crossdept-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts the files with a profile of its own, so that another running LibreOffice does not take the job. */
function convert(files: readonly string[], to: string): void {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}

const CASES = [
  ['kickoff', {}],
  ['minutes', { meeting: 'sync-2026-10-12' }],
] as const;
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

describe.skipIf(soffice === undefined)('LibreOffice opens the Word documents', () => {
  const documents = CASES.flatMap(([name, extra]) =>
    LOCALES.map((locale) => {
      const bytes = renderTemplate(name, example(), { locale, format: 'docx', ...extra });
      const file = join(dir, `${name}.${locale}.docx`);
      writeFileSync(file, bytes);
      return { file, base: join(dir, `${name}.${locale}`), paragraphs: readDocx(bytes).paragraphs };
    }),
  );

  it('shows every paragraph, table cells included, in order', () => {
    convert(
      documents.map((d) => d.file),
      'txt:Text (encoded):UTF8',
    );
    for (const d of documents) {
      const text = readFileSync(`${d.base}.txt`, 'utf8').replace(/^\uFEFF/, '');
      expect(text.replace(/\s+/g, '')).toBe(d.paragraphs.join('').replace(/\s+/g, ''));
    }
  }, 180_000);

  it('lays them out as PDF', () => {
    convert(
      documents.map((d) => d.file),
      'pdf',
    );
    for (const d of documents) {
      const pdf = readFileSync(`${d.base}.pdf`);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    }
  }, 180_000);
});
