import { createHttpClient } from './src/http/http-client.js';
import { openTarget } from './src/targets/open-target.js';
import { runChecks } from './src/engine/run-checks.js';
import { allChecks } from './src/checks/index.js';
import { selectChecks } from './src/presets.js';
const http = createHttpClient();
const t0 = performance.now();
const target = await openTarget({ kind: 'simulator', http, modelVersion: (process.env.MODEL ?? '1.0') as '1.0', defects: process.env.DEFECT ? [process.env.DEFECT as 'always-500'] : [] });
const only = process.env.ONLY?.split(',');
const r = await runChecks({ checks: selectChecks(allChecks, only ? { only } : {}), target, http, log: (t) => console.error(t) });
console.log(`${Math.round(performance.now()-t0)} ms`, JSON.stringify(r.summary.verdict), r.summary.total, r.summary.pass, r.summary.fail, r.summary.error);
for (const c of r.checks) {
  if (c.status === 'pass' || c.status === 'manual') { console.log(`${c.status.padEnd(6)} ${c.id}`); continue; }
  console.log(`${c.status.padEnd(6)} ${c.id}`);
  for (const f of c.findings.filter(f => f.severity !== 'info').slice(0, 8)) console.log(`     ${f.code}: ${f.message.slice(0, 240)}`);
}
await target.close(); await http.close();
