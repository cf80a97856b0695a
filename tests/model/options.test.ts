// The never-throwing readers and their options (issue 12): null or undefined options mean the defaults (they
// threw a TypeError reading 'locale'); an unknown locale or format, or options that are not an object, are an
// invalid_option issue (an unknown locale was silently replaced by zh-CN); options or input whose getters or proxy
// traps throw never escape as an exception.
import { describe, expect, it } from 'vitest';
import { loadCollaboration, loadRulesConfig, parseCollaboration } from '../../src/index.js';
import { exampleText } from '../fixtures/example.js';

const valid = () => ({
  id: 'x',
  name: 'X',
  scenario: 'project',
  period: { start: '2026-01-01', end: '2026-12-31' },
});
const readers = {
  parseCollaboration: (options: unknown) => parseCollaboration(valid(), options as never),
  loadCollaboration: (options: unknown) => loadCollaboration(exampleText, options as never),
  loadRulesConfig: (options: unknown) =>
    loadRulesConfig('rules:\n  retro.recognition: off\n', options as never),
};
const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    getOwnPropertyDescriptor() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    has() {
      throw new Error('trap');
    },
  },
);

describe.each(Object.entries(readers))('%s', (_, read) => {
  it('takes null and undefined options as the defaults', () => {
    expect(read(null).success).toBe(true);
    expect(read(undefined).success).toBe(true);
  });

  it('refuses an unknown locale, with the path inside the options and a message in zh-CN', () => {
    const result = read({ locale: 'fr' });
    expect(result.success ? [] : result.issues).toEqual([
      {
        code: 'invalid_option',
        path: ['locale'],
        pointer: '/locale',
        message: '选项 locale 无效："fr"，可选值：zh-CN, en',
      },
    ]);
  });

  it('refuses an unknown format', () => {
    const result = read({ format: 'toml', locale: 'en' });
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'invalid_option', path: ['format'] }),
    ]);
  });

  it.each([[42], ['en'], [[]], [true]])('refuses options that are not an object: %j', (options) => {
    const result = read(options);
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'invalid_option', path: [], pointer: '' }),
    ]);
  });

  it('answers options whose getter or proxy traps throw with an issue, not an exception', () => {
    const getter = Object.defineProperty({}, 'locale', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const options of [getter, throwing]) {
      const result = read(options);
      expect(result.success ? [] : result.issues).toEqual([
        expect.objectContaining({ code: 'invalid_option', path: [] }),
      ]);
    }
  });
});

describe('input whose getters or proxy traps throw', () => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const inputs = {
    'a proxy whose traps throw': throwing,
    'a revoked proxy': revocable.proxy,
    'an object with a proxy inside': { ...valid(), team: throwing },
    'a getter that throws': Object.defineProperty(valid(), 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    }),
  };

  it.each(Object.entries(inputs))('%s is unreadable, for every reader', (_, input) => {
    for (const result of [
      parseCollaboration(input, { locale: 'en' }),
      loadCollaboration(input as never, { locale: 'en' }),
      loadRulesConfig(input, { locale: 'en' }),
    ]) {
      expect(result.success ? [] : result.issues).toEqual([expect.objectContaining({ code: 'unreadable' })]);
    }
  });
});
