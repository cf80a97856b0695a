import { describe, expect, it } from 'vitest';
import { rulesConfigJsonSchema } from '../../../src/rules/config/schema.js';
import { defaultRules } from '../../../src/rules/default-rules.js';

describe('rulesConfigJsonSchema', () => {
  it('lists every rule id with its params, for editors', () => {
    const schema = rulesConfigJsonSchema() as {
      properties: { rules: { properties: Record<string, unknown> }; custom: unknown };
    };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(defaultRules.map((r) => r.id));
    const coreSize = JSON.stringify(schema.properties.rules.properties['team.core-size']);
    expect(coreSize).toContain('"min"');
    expect(coreSize).toContain('"max"');
    expect(coreSize).toContain('"off"');
    expect(JSON.stringify(schema.properties.custom)).toContain('conditions');
    expect(JSON.stringify(schema)).toContain('greaterThanInclusive');
  });

  it('is plain JSON', () => {
    const schema = rulesConfigJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
