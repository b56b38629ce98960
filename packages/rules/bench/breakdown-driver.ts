import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import type { ModelVersion } from '@elan-kit/schemas';
import { prov } from '../src/index.js';
import { createBegjaeringView } from '../src/view/begjaering-view.js';
import { vilkaarRules } from '../src/vilkaar-rules.js';
const EXAMPLES = fileURLToPath(new URL('../../schemas/contracts/examples/utleggsbegjaering/', import.meta.url));
const register = createPartyRegister();
const mv = (process.env['MV'] ?? '2.0') as ModelVersion;
const document = JSON.parse(readFileSync(`${EXAMPLES}${mv}/complex.json`, 'utf8'));
const context = contextFromData({}, { modelVersion: mv, document, register });
function time(label: string, fn: () => unknown, n = 20000) {
  for (let i = 0; i < n / 4; i++) fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  const us = ((performance.now() - t) * 1000) / n;
  console.log(us.toFixed(2).padStart(8), 'µs', label);
  return us;
}
time('prov total', () => prov(document, context));
time('view.scan', () => createBegjaeringView(document).scan);
time('view.krav', () => createBegjaeringView(document).krav);
time('view.krav+byRef', () => createBegjaeringView(document).kravByReferanse);
time('view.tvangsgrunnlag', () => createBegjaeringView(document).tvangsgrunnlag);
time('view.tvangsgrunnlagByKrav', () => createBegjaeringView(document).tvangsgrunnlagByKrav);
time('view.innsender', () => createBegjaeringView(document).innsender);
time('view.saksoekere', () => createBegjaeringView(document).saksoekere);
time('view.saksoekte', () => createBegjaeringView(document).saksoekte);
time('view.betaling', () => createBegjaeringView(document).betaling);
time('view all', () => { const v = createBegjaeringView(document); v.scan; v.kravByReferanse; v.tvangsgrunnlagByKrav; v.prosessfullmektige; v.betaling; });
// per-rule on a prebuilt view
const v = createBegjaeringView(document); v.scan; v.kravByReferanse; v.tvangsgrunnlagByKrav; v.prosessfullmektige; v.betaling;
const rc = { proving: context, modelVersion: mv, today: context.today, mode: context.mode, earlier: undefined, strictBegrunnelseUnnlatVarsel: false, partyRegisterComplete: false,
  lookupParty: (i: { key: string }) => context.parties?.get(i.key), noteUnknownParty() {}, memo: <T,>(_k: string, c: () => T) => c() } as never;
let sum = 0; const rows: [number, string][] = [];
for (const rule of vilkaarRules) { const us = (() => { for (let i = 0; i < 2000; i++) rule.evaluate(v, rc); const t = performance.now(); for (let i = 0; i < 10000; i++) rule.evaluate(v, rc); return ((performance.now() - t) * 1000) / 10000; })(); sum += us; rows.push([us, rule.kode]); }
rows.sort((a, b) => b[0] - a[0]); for (const [us, k] of rows.slice(0, 20)) console.log(us.toFixed(3).padStart(8), k);
console.log('sum rules on prebuilt view', sum.toFixed(2));
