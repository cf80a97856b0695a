// Screenshots of every workbench page in both locales, for the README and the PMO guide (docs/images/):
// `npm run build && npm run screenshots`. It serves a temporary folder holding the worked example and two
// variants (amber: its risk register emptied; red: the launch due earlier and blocked) with `crossdept serve`,
// and photographs each page with Debian's Chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'docs/images');
const example = readFileSync(join(root, 'examples/new-product-launch.yaml'), 'utf8');

const folder = mkdtempSync(join(tmpdir(), 'crossdept-screens-'));
writeFileSync(join(folder, 'new-product-launch.yaml'), example);
writeFileSync(
  join(folder, 'launch-risks.yaml'),
  example
    .replace(/risks:\n( {2}- .*\n)+/, 'risks: []\n')
    .replace('id: new-product-launch', 'id: launch-risks')
    .replace('name: 新产品上市', 'name: 新产品上市（华东区）'),
);
writeFileSync(
  join(folder, 'launch-late.yaml'),
  example
    .replace(
      'due: 2026-11-30, dependsOn: [promo-plan, distribution, cs-training], status: in-progress',
      'due: 2026-11-20, dependsOn: [promo-plan, distribution, cs-training], status: blocked',
    )
    .replace('id: new-product-launch', 'id: launch-late')
    .replace('name: 新产品上市', 'name: 新产品上市（华南区）'),
);
writeFileSync(
  join(folder, 'pmo.yaml'),
  [
    '# PMO rule configuration',
    'rules:',
    '  # Our teams are small: 4 to 6 core members',
    '  team.core-size: { params: { min: 4, max: 6 } }',
    '  # We recognise people at the all-hands, not in the retrospective',
    '  retro.recognition: off',
    '',
  ].join('\n'),
);

const server = spawn(
  process.execPath,
  [
    join(root, 'dist/cli.js'),
    'serve',
    folder,
    '--port',
    '0',
    '--now',
    '2026-11-26',
    '--config',
    join(folder, 'pmo.yaml'),
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve, reject) => {
  let text = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    const found = /http:\/\/\S+/.exec(text);
    if (found) resolve(found[0]);
  });
  server.on('exit', (code) => reject(new Error(`crossdept serve exited with ${code}`)));
});
const base = url.replace(/\?.*/, '');

const PAGES = [
  { name: 'portfolio', hash: '#/', height: 900 },
  { name: 'collaboration', hash: '#/c/launch-late.yaml', height: 1500 },
  { name: 'editor', hash: '#/e/launch-late.yaml', height: 900 },
  { name: 'config', hash: '#/config', height: 600 },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  headless: true,
});
try {
  mkdirSync(out, { recursive: true });
  for (const locale of ['en', 'zh-CN'] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(url);
    for (const { name, hash, height } of PAGES) {
      await page.goto(`${base}${hash}`);
      await page.locator('main h1').first().waitFor();
      const current = await page.locator('html').getAttribute('lang');
      if (current !== locale) await page.getByTestId('language').click();
      if (name === 'editor') await page.locator('.cm-content').waitFor();
      await page.setViewportSize({ width: 1280, height });
      await page.waitForTimeout(400);
      const file = join(out, `workbench-${name}.${locale}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}
