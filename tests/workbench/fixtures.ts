// The worked example (green at 2026-11-26) and two variants: amber (its risk register emptied: one warning) and
// red (the launch due ten days earlier and blocked: a critical slip, an error).
import { exampleText } from '../fixtures/example.js';

export const NOW = '2026-11-26';

export const greenText = exampleText;

export const amberText = exampleText
  .replace(/risks:\n( {2}- .*\n)+/, 'risks: []\n')
  .replace('id: new-product-launch', 'id: launch-amber')
  .replace('name: 新产品上市', 'name: 新产品上市（风险未登记）');

export const redText = exampleText
  .replace(
    'due: 2026-11-30, dependsOn: [promo-plan, distribution, cs-training], status: in-progress',
    'due: 2026-11-20, dependsOn: [promo-plan, distribution, cs-training], status: blocked',
  )
  .replace('id: new-product-launch', 'id: launch-red')
  .replace('name: 新产品上市', 'name: 新产品上市（延误）');

/** The three files of the workbench's test folder. */
export const portfolioFiles = [
  { path: 'amber.yaml', text: amberText },
  { path: 'launch.yaml', text: greenText },
  { path: 'red.yaml', text: redText },
];

/** The edit of the browser test: `launch` blocked, with a duration that forecasts it past its due date. */
export const blockLaunch = (text: string): string =>
  text.replace('status: in-progress }', 'status: blocked, durationDays: 30 }');
