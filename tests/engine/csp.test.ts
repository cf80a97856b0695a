import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const engine = fileURLToPath(new URL('../../src/engine/index.ts', import.meta.url));

// Compiles and runs a pack in a Node process where eval and new Function throw, as under a strict
// Content-Security-Policy without 'unsafe-eval'.
const script = `
import { compileRules } from ${JSON.stringify(engine)};
let blocked = false;
try { new Function('return 1'); } catch { blocked = true; }
const pack = compileRules([
  { conditions: { all: [{ fact: 'meta', path: '$.owner.region', operator: 'in', value: ['EU'] },
    { not: { fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } } }] }, event: { type: 'ok' } },
]);
const facts = { meta: { owner: { region: 'EU' } }, spent: 1, budget: 2 };
console.log(JSON.stringify({ blocked, full: pack.run(facts).events, lean: pack.run(facts, { explain: false }).events }));
`;

describe('the compiled evaluator under a strict Content-Security-Policy', () => {
  it('compiles and runs with code generation from strings disabled', () => {
    const child = spawnSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) },
    );
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      blocked: true,
      full: [{ type: 'ok' }],
      lean: [{ type: 'ok' }],
    });
  });
});
