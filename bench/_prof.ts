import { parseCollaboration } from '../src/model/parse.js';
import { evaluateSync } from '../src/rules/evaluate.js';
import { PORTFOLIO_NOW, portfolio } from './portfolio.js';

const list = portfolio(1000).map((c) => {
  const r = parseCollaboration(c);
  if (!r.success) throw new Error('x');
  return r.data;
});
let sink = 0;
for (let w = 0; w < 2; w++)
  for (const c of list) sink += evaluateSync(c, { now: PORTFOLIO_NOW }).findings.length;
const ts: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const c of list) sink += evaluateSync(c, { now: PORTFOLIO_NOW }).findings.length;
  ts.push(performance.now() - t0);
}
console.log(ts.map((t) => t.toFixed(0)).join(' '), sink);
