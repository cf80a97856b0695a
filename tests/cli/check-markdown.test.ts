// `check --format markdown` is pasted into wikis and pull-request comments: no value from a file (name, id, file
// name, issue messages quoting keys, escalation titles) may add HTML, a list item, a table cell or a heading.
import { describe, expect, it } from 'vitest';
import { atRiskText, files, minimalText } from './fixtures.js';
import { cli } from './harness.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>\n- injected';

/** The shapes of line the Markdown form is made of: anything else was injected. */
const SHAPES = [/^$/, /^## \S/, /^### \S/, /^\*\*\S/, /^\| .* \|$/, /^- \*\*\S/, /^\d+ (files?|个文件)/];

function expectOnlyOwnShapes(markdown: string): void {
  for (const line of markdown.split('\n')) {
    if (!SHAPES.some((shape) => shape.test(line)))
      throw new Error(`unexpected line: ${JSON.stringify(line)}`);
  }
}

describe('check --format markdown on hostile values', () => {
  it('escapes the name, the escalation title and the file name', async () => {
    const text = atRiskText
      .replace('name: 新产品上市（风险版）', `name: ${JSON.stringify(HOSTILE_NAME)}`)
      .replace('title: 部门经理', 'title: "<b>boss</b> | **x**"');
    const file = '1. <i>x</i>|y.yaml';
    const { code, stdout } = await cli(['check', file, '--now', '2026-11-26', '-f', 'markdown'], {
      cwd: files({ [file]: text }),
    });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/<(img|b|i)\b/);
    expect(stdout).toContain('## &lt;img src=x onerror=alert(1)&gt;<br>- injected (launch-at-risk)\n');
    expect(stdout).toContain('**1. &lt;i&gt;x&lt;/i&gt;\\|y.yaml**: 3 errors, 1 warning, 0 info\n');
    expect(stdout).toContain('- **budget-priority** → level 1 (&lt;b&gt;boss&lt;/b&gt; \\| \\*\\*x\\*\\*)\n');
    expectOnlyOwnShapes(stdout);
  });

  it('escapes ids that would start a list', async () => {
    const text = atRiskText.replaceAll('budget-priority', '"1."');
    const { stdout } = await cli(['check', 'a.yaml', '--now', '2026-11-26', '-f', 'markdown'], {
      cwd: files({ 'a.yaml': text }),
    });
    expect(stdout).toContain('- **1.** → level 1 (部门经理)\n');
    expectOnlyOwnShapes(stdout);
  });

  it('escapes the issues of an invalid file, which quote its keys', async () => {
    const cwd = files({
      'p/ok.yaml': minimalText,
      'p/<b>bad</b>.yaml': `${minimalText}"<script>x</script>\\n- y": 1\n`,
    });
    const { code, stdout } = await cli(['check', 'p', '--now', '2026-11-26', '-f', 'markdown'], { cwd });
    expect(code).toBe(2);
    expect(stdout).not.toMatch(/<(script|b)\b/);
    expect(stdout).toContain('## p/&lt;b&gt;bad&lt;/b&gt;.yaml\n');
    expect(stdout).toContain('&lt;script&gt;x&lt;/script&gt;');
    expectOnlyOwnShapes(stdout);
  });
});
