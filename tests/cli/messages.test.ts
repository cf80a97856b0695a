// The command line's catalogue: built like every catalogue in crossdept, complete in both locales, and with the
// one did-you-mean suffix, which no file of the command line writes itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliMessage } from '../../src/cli/messages/catalogue.js';
import type { CliMessageCode } from '../../src/cli/messages/codes.js';
import { en } from '../../src/cli/messages/en.js';
import { zhCN } from '../../src/cli/messages/zh-cn.js';
import { suggestionSuffix } from '../../src/issues/catalogue.js';

const CLI = fileURLToPath(new URL('../../src/cli/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('cliMessage', () => {
  it('has every code in both locales, each giving text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const code of Object.keys(en) as CliMessageCode[]) {
      for (const locale of ['zh-CN', 'en'] as const)
        expect(cliMessage(locale, code, {}).length).toBeGreaterThan(0);
    }
  });

  it('appends the one did-you-mean suffix, and nothing without a suggestion', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const plain = cliMessage(locale, 'unknownRule', { name: 'team.core-sise' });
      expect(
        cliMessage(locale, 'unknownRule', { name: 'team.core-sise', suggestion: 'team.core-size' }),
      ).toBe(plain + suggestionSuffix(locale, 'team.core-size'));
      expect(cliMessage(locale, 'unknownRule', { name: 'team.core-sise', suggestion: undefined })).toBe(
        plain,
      );
    }
    expect(
      cliMessage('en', 'invalidChoice', {
        flag: '--format',
        value: 'jsno',
        known: ['text', 'json'],
        suggestion: 'json',
      }),
    ).toBe('"jsno" is not a valid value of --format; choose one of: text, json; did you mean "json"?');
  });

  it('is the only way the command line words a did-you-mean: no file of it writes the suffix', () => {
    for (const file of sources(CLI)) {
      // The code, without the comments (whose examples show the suffix the catalogue appends).
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/did you mean|是否想写/);
    }
  });
});
