import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/rules/default-rules.js';
import { renderFactsDoc, renderRulesDoc } from '../../src/rules/docs.js';
import { facts } from '../../src/rules/facts/catalog.js';
import { failure, trapped } from '../fixtures/hostile.js';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../docs/${file}`, import.meta.url)), 'utf8');
const HINT = 'is stale: run `npx tsx scripts/rules-docs.ts` and commit the result';

describe('generated docs', () => {
  it('docs/rules.md is generated from defaultRules', () => {
    expect(read('rules.md') === renderRulesDoc(defaultRules), `docs/rules.md ${HINT}`).toBe(true);
  });

  it('docs/facts.md is generated from facts', () => {
    expect(read('facts.md') === renderFactsDoc(facts), `docs/facts.md ${HINT}`).toBe(true);
  });

  it('documents every rule and every fact', () => {
    const rules = renderRulesDoc(defaultRules);
    for (const r of defaultRules) expect(rules).toContain(`## ${r.id}`);
    const catalog = renderFactsDoc(facts);
    for (const f of facts) expect(catalog).toContain(`| ${f.name} |`);
  });
});

describe('the references of definitions that are not definitions', () => {
  it('throw invalid_argument instead of a TypeError', () => {
    for (const bad of [null, 'rules', trapped([]), [null], [{ id: 5 }], [trapped()]]) {
      failure(() => renderRulesDoc(bad as never), 'invalid_argument');
      failure(() => renderFactsDoc(bad as never), 'invalid_argument');
    }
    const error = failure(() => renderRulesDoc(5 as never), 'invalid_argument');
    expect(error.issues[0]?.messages).toMatchObject({
      en: 'Argument rules must be a list of rule definitions (such as defaultRules)',
    });
  });
});
