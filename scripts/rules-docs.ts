// Writes docs/rules.md and docs/facts.md from the code (`defaultRules`, `facts`). Run after changing a rule or a
// fact: `npx tsx scripts/rules-docs.ts`. tests/rules/docs.test.ts fails when the files are stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultRules, facts, renderFactsDoc, renderRulesDoc } from '../src/rules/index.js';

const at = (file: string): string => fileURLToPath(new URL(`../docs/${file}`, import.meta.url));
writeFileSync(at('rules.md'), renderRulesDoc(defaultRules));
writeFileSync(at('facts.md'), renderFactsDoc(facts));
console.log('wrote docs/rules.md and docs/facts.md');
