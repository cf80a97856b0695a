// JSON text gets the same located issues as YAML from the library itself, not only from the command line:
// syntax errors where JSON.parse stops, schema issues at their node.
import { describe, expect, it } from 'vitest';
import { loadCollaboration } from '../../src/model/parse.js';
import { loadRulesConfig } from '../../src/rules/config/load.js';

describe('issues in JSON text', () => {
  it('locate a collaboration’s schema issue at its node', () => {
    const text =
      '{\n  "id": "x",\n  "name": "n",\n  "scenario": "nope",\n  "period": { "start": "2026-01-01", "end": "2026-02-01" }\n}\n';
    const result = loadCollaboration(text, { format: 'json', locale: 'en' });
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'invalid_enum', pointer: '/scenario', line: 4, column: 15 }),
    ]);
  });

  it('locate a collaboration’s syntax error where the JSON stops', () => {
    const result = loadCollaboration('{\n  "id": "x",\n  "name": \n}', { format: 'json', locale: 'en' });
    expect(result.success ? [] : result.issues).toEqual([
      expect.objectContaining({ code: 'syntax', line: 4 }),
    ]);
  });

  it('locate a rules config’s syntax and schema issues', () => {
    const broken = loadRulesConfig('{\n  "rules": {\n', { format: 'json', locale: 'en' });
    expect(broken.success ? [] : broken.issues).toEqual([
      expect.objectContaining({ code: 'syntax', line: expect.any(Number), column: expect.any(Number) }),
    ]);
    const unknown = loadRulesConfig('{\n  "rules": {\n    "team.core-sise": "off"\n  }\n}\n', {
      format: 'json',
      locale: 'en',
    });
    expect(unknown.success ? [] : unknown.issues).toEqual([
      expect.objectContaining({ code: 'unknown_rule', line: 3, column: 23 }),
    ]);
  });
});
