import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tuneStartup } from '../../src/cli/tune-startup.js';

describe('tuneStartup', () => {
  it("raises V8's interrupt budget when the user set none", () => {
    expect(tuneStartup({ execArgv: [], env: {} })).toEqual([`--interrupt-budget=${INTERRUPT_BUDGET}`]);
    expect(
      tuneStartup({ execArgv: ['--enable-source-maps'], env: { NODE_OPTIONS: '--max-old-space-size=512' } }),
    ).toEqual([`--interrupt-budget=${INTERRUPT_BUDGET}`]);
  });

  it('leaves an interrupt budget the user set, on the command line or in NODE_OPTIONS', () => {
    expect(tuneStartup({ execArgv: ['--interrupt-budget=1000'], env: {} })).toEqual([]);
    expect(tuneStartup({ execArgv: [], env: { NODE_OPTIONS: '--interrupt-budget=1000' } })).toEqual([]);
  });

  it("asks for more than V8's default budget (66 KB in Node 20), never less", () => {
    expect(INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });
});
