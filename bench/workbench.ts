// `npm run bench:workbench` (after `npm run build`): the workbench's JavaScript budget and the first paint of a
// portfolio of 50 collaborations, measured in Debian's Chromium against the real `crossdept serve`.
// Budget (issue 18): at most 450 KB of JavaScript gzipped in total; the portfolio painted within 1 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = join(root, 'dist/workbench');
const COLLABORATIONS = 50;
const RUNS = Math.max(5, Number(process.env.REPS ?? 7));

const scripts = readdirSync(bundle).filter((f) => f.endsWith('.js'));
const gzipped = scripts.reduce((n, f) => n + gzipSync(readFileSync(join(bundle, f))).length, 0);
const raw = scripts.reduce((n, f) => n + readFileSync(join(bundle, f)).length, 0);

// 50 collaborations: the worked example with its own id, a third of them late (red), a third without risks (amber).
const example = readFileSync(join(root, 'examples/new-product-launch.yaml'), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'crossdept-bench-'));
for (let i = 0; i < COLLABORATIONS; i++) {
  let text = example
    .replace('id: new-product-launch', `id: launch-${i}`)
    .replace('name: 新产品上市', `name: 新产品上市 ${i}`);
  if (i % 3 === 1) text = text.replace(/risks:\n( {2}- .*\n)+/, 'risks: []\n');
  if (i % 3 === 2)
    text = text.replace(
      'due: 2026-11-30, dependsOn: [promo-plan, distribution, cs-training], status: in-progress',
      'due: 2026-11-20, dependsOn: [promo-plan, distribution, cs-training], status: blocked',
    );
  writeFileSync(join(folder, `launch-${String(i).padStart(2, '0')}.yaml`), text);
}

const server = spawn(
  process.execPath,
  [join(root, 'dist/cli.js'), 'serve', folder, '--port', '0', '--now', '2026-11-26'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
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

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  headless: true,
});
const samples: { fcp: number; table: number; rows: number }[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const warm = await context.newPage();
  await warm.goto(url);
  await warm.close();
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    // Installed before the page's own script: notes when the 50 rows, and then their 50 healths, are first
    // painted (the frame after the change), in the page's clock.
    await page.addInitScript(`
      window.__marks = {};
      window.__done = new Promise((resolve) => {
        const mark = (name) => { if (window.__marks[name] === undefined) requestAnimationFrame(() => { window.__marks[name] = performance.now(); if (window.__marks.rows !== undefined) resolve(); }); };
        new MutationObserver(() => {
          if (document.querySelectorAll('[data-testid=portfolio] tbody tr').length >= ${COLLABORATIONS}) mark('table');
          if (document.querySelectorAll('[data-testid=portfolio] tbody tr:not([data-health=pending])').length >= ${COLLABORATIONS}) mark('rows');
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });
    `);
    await page.goto(url.replace(/\?.*/, ''));
    await page.evaluate('window.__done');
    // Time from navigation start until the portfolio's 50 rows are in the document and painted.
    // A string, not a function: tsx would wrap a function in helpers the page does not have.
    const table = (await page.evaluate('window.__marks.table')) as number;
    const rows = (await page.evaluate('window.__marks.rows')) as number;
    const fcp = (await page.evaluate(
      "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN",
    )) as number;
    samples.push({ fcp, table, rows });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}, ${RUNS} runs`,
);
console.log('| measure | value | budget |');
console.log('| --- | --- | --- |');
console.log(
  `| JavaScript (${scripts.join(', ')}), gzipped | ${kb(gzipped)} (${kb(raw)} minified) | ≤ 450 KB |`,
);
console.log(`| first contentful paint, median | ${median(samples.map((s) => s.fcp)).toFixed(0)} ms | |`);
console.log(
  `| portfolio of ${COLLABORATIONS} rows painted (each filled in as it is evaluated), median | ${median(samples.map((s) => s.table)).toFixed(0)} ms | < 1000 ms |`,
);
console.log(
  `| portfolio of ${COLLABORATIONS} collaborations painted every health evaluated (parse + evaluate + render), median | ${median(samples.map((s) => s.rows)).toFixed(0)} ms | |`,
);
