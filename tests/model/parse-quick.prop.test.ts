import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import {
  loadCollaboration,
  loadCollaborationThoroughly,
  parseCollaboration,
  parseCollaborationForOneUse,
  parseCollaborationThoroughly,
} from '../../src/model/parse.js';
import { collaborationArb } from '../../src/testing/index.js';
import { corruptedCollaborationArb } from './corrupt.js';

const localeArb = fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>;

/** A result as plain data, key order and `undefined` values included. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([k, v]) => [k, v === undefined ? '<undefined>' : plain(v)]);
  return value;
}

function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

/** Text changes JSON.parse does not see: a key twice, a byte order mark, spaces, a trailing comma, a cut. */
const textChangeArb = fc.oneof(
  fc.constant((t: string) => t),
  fc.constant((t: string) => `\uFEFF${t}`),
  fc.constant((t: string) => ` \n\t${t}\r\n`),
  fc.constant((t: string) => t.replace(/^\{"id":("[^"]*"),/, '{"id":$1,"id":$1,')),
  fc.nat().map((n) => (t: string) => {
    // The key of some member, repeated just after its value's start: `"k":{"k":…` stays JSON, a key twice.
    const keys = [...t.matchAll(/"([^"\\]+)":\{"([^"\\]+)":/g)];
    const m = keys[n % Math.max(keys.length, 1)];
    if (m === undefined) return t;
    const at = m.index! + m[0].length;
    return `${t.slice(0, at)}"x","${m[2]}":${t.slice(at)}`;
  }),
  fc.constant((t: string) => t.replace(/\}$/, ',}')),
  fc.nat().map((n) => (t: string) => t.slice(0, n % t.length)),
);

describe('the quick paths of parseCollaboration and loadCollaboration', () => {
  it('parseCollaboration gives what the thorough path gives: the same data, or the same issues', () => {
    fc.assert(
      fc.property(corruptedCollaborationArb, localeArb, (input, locale) => {
        const quick = parseCollaboration(input, { locale });
        const thorough = parseCollaborationThoroughly(input, { locale });
        expect(plain(quick)).toEqual(plain(thorough));
        if (quick.success) expect(deepFrozen(quick.data)).toBe(true);
        const once = parseCollaborationForOneUse(input, { locale });
        expect(plain(once)).toEqual(plain(thorough));
      }),
      { numRuns: 300 },
    );
  });

  it('a collaboration the quick path returned is remembered: parsing it again returns it', () => {
    fc.assert(
      fc.property(collaborationArb(), (c) => {
        const first = parseCollaboration(c);
        expect(first.success).toBe(true);
        if (!first.success) return;
        expect(parseCollaboration(first.data)).toEqual({ success: true, data: first.data });
        const loaded = loadCollaboration(JSON.stringify(c));
        expect(loaded.success).toBe(true);
        if (loaded.success)
          expect(parseCollaboration(loaded.data)).toEqual({ success: true, data: loaded.data });
      }),
      { numRuns: 50 },
    );
  });

  it('loadCollaboration gives what the JSON scanner’s path gives, lines and columns included', () => {
    fc.assert(
      fc.property(
        corruptedCollaborationArb,
        textChangeArb,
        localeArb,
        fc.constantFrom(undefined, 'json', 'yaml') as fc.Arbitrary<'json' | 'yaml' | undefined>,
        (input, change, locale, format) => {
          const text = change(JSON.stringify(input));
          const options = format === undefined ? { locale } : { locale, format };
          const quick = loadCollaboration(text, options);
          const thorough = loadCollaborationThoroughly(text, options);
          expect(plain(quick)).toEqual(plain(thorough));
          if (quick.success) expect(deepFrozen(quick.data)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a key written twice in a document that is valid once JSON.parse has dropped one', () => {
    const spoofed =
      '{\n  "id": "x",\n  "name": "Real",\n  "name": "Spoofed",\n  "scenario": "project",\n  "period": {"start": "2026-01-01", "end": "2026-12-31"}\n}';
    expect(parseCollaboration(JSON.parse(spoofed)).success).toBe(true);
    for (const format of ['json', 'yaml'] as const) {
      const result = loadCollaboration(spoofed, { format, locale: 'en' });
      expect(result.success ? [] : result.issues).toEqual([
        expect.objectContaining({
          code: 'syntax',
          line: 4,
          column: 3,
          message: 'Syntax error: The key "name" appears twice in one object',
        }),
      ]);
    }
  });

  it('reads valid JSON with a byte order mark, spaces around it, or a key spelled with escapes', () => {
    const text =
      '{"id":"x","n\\u0061me":"X","scenario":"project","period":{"start":"2026-01-01","end":"2026-12-31"}}';
    for (const variant of [text, `\uFEFF${text}`, ` \n${text}\n`]) {
      const result = loadCollaboration(variant, { format: 'json' });
      expect(result.success && result.data.name).toBe('X');
      expect(plain(result)).toEqual(plain(loadCollaborationThoroughly(variant, { format: 'json' })));
    }
  });

  it('loadCollaboration of YAML gives what the thorough path gives', () => {
    fc.assert(
      fc.property(corruptedCollaborationArb, localeArb, (input, locale) => {
        const text = stringifyYaml(input);
        expect(plain(loadCollaboration(text, { locale }))).toEqual(
          plain(loadCollaborationThoroughly(text, { locale })),
        );
      }),
      { numRuns: 100 },
    );
  });
});
