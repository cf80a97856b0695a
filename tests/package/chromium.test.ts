// The root entry point (and `crossdept/engine`'s compiled evaluator) in a real browser page under a strict Content-Security-Policy (no 'unsafe-eval'): the
// compiled rule evaluator must not need `eval` or `new Function`, and parsing, evaluating and rendering must give
// the same results as in Node. Runs where Debian's Chromium is installed (`apt-get install chromium`), and always
// under CI=true, where a missing browser fails it.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/engine/index.js';
import { evaluate, parseCollaboration, renderTemplate } from '../../src/index.js';
import { exampleInput } from '../fixtures/example.js';
import { browserAvailable, launchChromium } from '../support/chromium.js';
import { root } from './build.js';

const RULES = [
  {
    conditions: {
      all: [
        { fact: 'spent', operator: 'greaterThan', value: { fact: 'budget' } },
        { not: { fact: 'tags', operator: 'contains', value: 'approved' } },
      ],
    },
    event: { type: 'overBudget' },
  },
];

// Runs in the page: everything it needs comes from the bundle's global `crossdept` and `window.input`.
const PAGE_SCRIPT = `
(async () => {
  const out = {};
  try {
    eval('1');
    out.evalBlocked = false;
  } catch {
    out.evalBlocked = true;
  }
  try {
    const parsed = crossdept.parseCollaboration(window.input);
    const report = await crossdept.evaluate(parsed.data, { now: '2026-12-10', locale: 'en' });
    const pack = crossdept.compileRules(window.rules);
    out.report = report;
    out.events = pack.run({ spent: 120, budget: 100, tags: ['draft'] }).events;
    out.html = crossdept.renderTemplate('kickoff', parsed.data, { locale: 'zh-CN', format: 'html' });
  } catch (error) {
    out.error = String(error && error.stack || error);
  }
  window.result = out;
})();`;

describe.runIf(browserAvailable())('the root entry point in Chromium under a strict CSP', () => {
  it('parses, evaluates with the compiled evaluator and renders as in Node', async () => {
    const bundle = await build({
      stdin: {
        contents: `export * from './src/index.ts'; export { compileRules } from './src/engine/index.ts';`,
        resolveDir: root,
        sourcefile: 'entry.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'crossdept',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    const data = `window.input = ${JSON.stringify(exampleInput())}; window.rules = ${JSON.stringify(RULES)};`;
    // Scripts run only with the nonce; no 'unsafe-eval', so eval and new Function throw.
    const html = `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-crossdept'">
</head><body>
<script nonce="crossdept">${data.replaceAll('</', '<\\/')}</script>
<script nonce="crossdept">${code.replaceAll('</script', '<\\/script')}</script>
<script nonce="crossdept">${PAGE_SCRIPT}</script>
</body></html>`;

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result !== undefined);
      const result = (await page.evaluate(() => (globalThis as unknown as { result: unknown }).result)) as {
        error?: string;
        evalBlocked?: boolean;
        report?: unknown;
        events?: unknown;
        html?: string;
      };

      const parsed = parseCollaboration(exampleInput());
      if (!parsed.success) throw new Error('the example must parse');
      expect(result.error).toBeUndefined();
      expect(result.evalBlocked).toBe(true);
      expect(result.report).toEqual(await evaluate(parsed.data, { now: '2026-12-10', locale: 'en' }));
      expect(result.events).toEqual(
        compileRules(RULES).run({ spent: 120, budget: 100, tags: ['draft'] }).events,
      );
      expect(result.events).toEqual([{ type: 'overBudget' }]);
      expect(result.html).toBe(renderTemplate('kickoff', parsed.data, { locale: 'zh-CN', format: 'html' }));
    } finally {
      await browser.close();
    }
  }, 60_000);
});
