import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/rules/default-rules.js';
import { FACTS_BY_SCOPE, facts, factsForScope } from '../../src/rules/facts/catalog.js';
import { placeholders } from '../../src/rules/format.js';
import type { RuleScope } from '../../src/rules/report.js';
import { RULE_SCOPES } from '../../src/rules/subjects.js';
import type { RuleDefinition } from '../../src/rules/types.js';

const scopes = (r: RuleDefinition): readonly RuleScope[] =>
  typeof r.scope === 'string' ? [r.scope] : r.scope;

function leaves(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (typeof node !== 'object' || node === null) return out;
  const n = node as Record<string, unknown>;
  if (Array.isArray(n.all)) for (const c of n.all) leaves(c, out);
  else if (Array.isArray(n.any)) for (const c of n.any) leaves(c, out);
  else if (n.not !== undefined) leaves(n.not, out);
  else out.push(n);
  return out;
}

describe('the fact catalog', () => {
  it('has unique camelCase names per scope, both descriptions, and a known type', () => {
    for (const scope of RULE_SCOPES) {
      const names = FACTS_BY_SCOPE[scope].map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const f of FACTS_BY_SCOPE[scope]) {
        expect(f.name).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(f.description['zh-CN'].length).toBeGreaterThan(0);
        expect(f.description.en.length).toBeGreaterThan(0);
        expect(['number', 'text', 'boolean', 'list', 'day']).toContain(f.type);
      }
    }
    expect(facts.length).toBe(RULE_SCOPES.reduce((n, s) => n + FACTS_BY_SCOPE[s].length, 0));
  });

  it('no entity fact shadows a collaboration fact (they are visible in every scope)', () => {
    const shared = new Set(FACTS_BY_SCOPE.collaboration.map((f) => f.name));
    for (const scope of RULE_SCOPES.filter((s) => s !== 'collaboration')) {
      for (const f of FACTS_BY_SCOPE[scope]) expect(shared.has(f.name), `${scope}.${f.name}`).toBe(false);
    }
  });

  it('has at least departmentCount and coreTeamSize in the collaboration scope', () => {
    expect(factsForScope('collaboration').get('departmentCount')?.type).toBe('number');
    expect(factsForScope('collaboration').get('coreTeamSize')?.type).toBe('number');
  });
});

describe('the default rules', () => {
  it('have unique ids, one file per rule named after the id', () => {
    const ids = defaultRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(58);
    for (const id of ids) {
      const file = fileURLToPath(new URL(`../../src/rules/${id.replace(/\./g, '/')}.ts`, import.meta.url));
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('refer only to facts of their scopes, and params they declare', () => {
    for (const rule of defaultRules) {
      for (const scope of scopes(rule)) {
        const known = factsForScope(scope);
        for (const leaf of leaves(rule.conditions)) {
          expect(known.has(String(leaf.fact)), `${rule.id}: ${String(leaf.fact)} in ${scope}`).toBe(true);
          const value = leaf.value as Record<string, unknown> | undefined;
          if (value && typeof value === 'object' && 'fact' in value)
            expect(known.has(String(value.fact))).toBe(true);
          if (value && typeof value === 'object' && 'param' in value) {
            expect(Object.keys(rule.params), rule.id).toContain(value.param);
          }
        }
      }
    }
  });

  it('have messages whose placeholders are facts, params or {matched}, in both locales', () => {
    for (const rule of defaultRules) {
      const texts = [rule.message, ...Object.values(rule.variants ?? {}).map((v) => v.message)];
      for (const scope of scopes(rule)) {
        const known = factsForScope(scope);
        for (const text of texts) {
          expect(placeholders(text['zh-CN']).sort()).toEqual(placeholders(text.en).sort());
          for (const name of placeholders(text.en)) {
            const ok = known.has(name) || name in rule.params || name === 'matched';
            expect(ok, `${rule.id}: {${name}}`).toBe(true);
          }
        }
        for (const path of [rule.path, ...Object.values(rule.variants ?? {}).map((v) => v.path ?? '')]) {
          for (const name of placeholders(path))
            expect(['subject', 'id'].includes(name) || known.has(name)).toBe(true);
        }
      }
    }
  });

  it('have variants only for condition names that exist', () => {
    for (const rule of defaultRules) {
      const json = JSON.stringify(rule.conditions);
      for (const name of Object.keys(rule.variants ?? {})) expect(json).toContain(`"name":"${name}"`);
    }
  });

  it('have params whose defaults lie within their bounds', () => {
    for (const rule of defaultRules) {
      for (const p of Object.values(rule.params)) {
        if (p.min !== undefined) expect(p.default).toBeGreaterThanOrEqual(p.min);
        if (p.max !== undefined) expect(p.default).toBeLessThanOrEqual(p.max);
      }
    }
  });
});
