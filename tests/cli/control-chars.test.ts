// Control characters in names, keys, file names and arguments are shown, never obeyed: a name holding
// `ESC ] 0 ; pwned BEL ESC [ 2 J` must not retitle the terminal and clear the screen when printed. Text fields
// refuse C0, DEL and C1 controls (the issue quoting them shows them escaped); bidirectional controls, which
// mixed-direction text may need, pass validation and are shown escaped when printed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCollaboration } from '../../src/model/parse.js';
import { renderTemplate } from '../../src/templates/index.js';
import { files, minimalText } from './fixtures.js';
import { cli, tempDir } from './harness.js';

const PWN = '\x1b]0;pwned\x07\x1b[2J';
const PWN_SHOWN = '\\u001b]0;pwned\\u0007\\u001b[2J';
/** Every character a terminal may obey, besides the newline and the tab. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour sequences start with ESC.
const COLOURS = /\x1b\[\d+m/g;

const hostile = (name: string) => minimalText.replace('name: OK', `name: ${JSON.stringify(name)}`);
/** Bidirectional controls: allowed in text, never printed raw. */
const BIDI = '\u202e\u2066\u2069';
const BIDI_SHOWN = '\\u202e\\u2066\\u2069';

describe('the command line shows control characters instead of obeying them', () => {
  it('in the summary of a collaboration named with bidirectional controls', async () => {
    const { code, stdout } = await cli(['summary', 'a.yaml', '--now', '2026-11-26'], {
      cwd: files({ 'a.yaml': hostile(`x${BIDI}`) }),
    });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    expect(stdout.split('\n')[0]).toBe(`x${BIDI_SHOWN} (ok) · project · executing (from the dates)`);
  });

  it('in the issue refusing a name with escape sequences, C1 controls and DEL', async () => {
    const { code, stdout, stderr } = await cli(['summary', 'a.yaml', '--now', '2026-11-26'], {
      cwd: files({ 'a.yaml': hostile(`x${PWN}\x9b\x7f`) }),
    });
    expect(code).toBe(2);
    expect(stdout + stderr).not.toMatch(RAW);
    expect(stderr).toContain(`x${PWN_SHOWN}\\u009b\\u007f`);
  });

  it('in the findings, the summary line and the file name of check, colours on or off', async () => {
    const dir = tempDir();
    const file = `plan${PWN}.yaml`;
    writeFileSync(join(dir, file), hostile(`x${BIDI}`));
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const { stdout, stderr } = await cli(['check', '.', '--now', '2026-11-26'], {
        cwd: dir,
        env,
        tty: true,
      });
      expect(stdout.replace(COLOURS, '')).not.toMatch(RAW);
      expect(stdout).toContain(`plan${PWN_SHOWN}.yaml`);
      expect(stderr).toBe('');
    }
  });

  it('in issue lines quoting an unknown key, and in the error line naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `bad${PWN}.yaml`), `${minimalText}"bogus${PWN}": 1\n`);
    const { code, stdout, stderr } = await cli(['check', '.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout + stderr).not.toMatch(RAW);
    expect(stderr).toContain(`bad${PWN_SHOWN}.yaml:5:`);
    expect(stderr).toContain(` /bogus${PWN_SHOWN} `);
    expect(stderr).toContain(`error: bad${PWN_SHOWN}.yaml is not a valid collaboration (1 issue)\n`);
  });

  it('in argument errors and in Markdown on stdout', async () => {
    const unknown = await cli([`x${PWN}`]);
    expect(unknown.stderr).toBe(`error: unknown command "x${PWN_SHOWN}"\n`);
    const md = await cli(['check', 'a.yaml', '--now', '2026-11-26', '-f', 'markdown'], {
      cwd: files({ 'a.yaml': hostile(`x${BIDI}[link]`) }),
    });
    expect(md.stdout).not.toMatch(RAW);
    // Markdown escapes the brackets; the controls are shown around them.
    expect(md.stdout).toContain(`| Project or task | x${BIDI_SHOWN}\\[link\\] |`);
  });

  it('escapes bidi controls in JSON too, which still parses to the same value', async () => {
    const name = `x${BIDI}`;
    const { stdout } = await cli(['summary', 'a.yaml', '--now', '2026-11-26', '-f', 'json'], {
      cwd: files({ 'a.yaml': hostile(name) }),
    });
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain(`"name": "x${BIDI_SHOWN}"`);
    expect((JSON.parse(stdout) as { name: string }).name).toBe(name);
  });

  it('but writes files with -o as the template rendered them', async () => {
    const text = hostile(`x${BIDI}`);
    const cwd = files({ 'a.yaml': text });
    const { code } = await cli(['render', 'kickoff', 'a.yaml', '-o', 'k.md', '--locale', 'en'], { cwd });
    expect(code).toBe(0);
    const parsed = loadCollaboration(text);
    if (!parsed.success) throw new Error('fixture invalid');
    const rendered = renderTemplate('kickoff', parsed.data, { locale: 'en', format: 'markdown' });
    expect(readFileSync(join(cwd, 'k.md'), 'utf8')).toBe(rendered);
    const { stdout } = await cli(['render', 'kickoff', 'a.yaml', '--locale', 'en'], { cwd });
    expect(stdout).toBe(
      rendered
        .replaceAll('\u202e', '\\u202e')
        .replaceAll('\u2066', '\\u2066')
        .replaceAll('\u2069', '\\u2069'),
    );
    expect(stdout).not.toMatch(RAW);
  });
});
