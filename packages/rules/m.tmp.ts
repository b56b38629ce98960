import { readFileSync } from 'node:fs';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { loadContract } from '@elan-kit/schemas';
import { createBegjaeringView, prov } from './src/index.ts';
const document = JSON.parse(readFileSync('../schemas/contracts/examples/utleggsbegjaering/2.0/complex.json', 'utf8'));
const context = contextFromData({}, { modelVersion: '2.0', document, register: createPartyRegister() });
const validator = loadContract('utleggsbegjaering', '2.0').operation('validerNyBegjaering');
const all: Record<string, () => unknown> = {
  schema: () => validator.validateRequestBody(document),
  prov: () => prov(document, context),
  view: () => { const v = createBegjaeringView(document); v.krav; v.tvangsgrunnlag; v.saksoekere; v.saksoekte; v.innsender; v.betaling; v.prosessfullmektige; v.kravByReferanse; v.tvangsgrunnlagByKrav; },
  scan: () => createBegjaeringView(document).scan,
};
const round = (fn: () => unknown) => { let n = 0; const s = performance.now(); let t = s; while (t - s < 200) { for (let i = 0; i < 50; i++) fn(); n += 50; t = performance.now(); } return (t - s) * 1000 / n; };
const only = process.argv[2]?.split(",") ?? Object.keys(all); const fns = Object.fromEntries(only.map((k) => [k, all[k]!]));
const res: Record<string, number[]> = {};
for (const k in fns) round(fns[k]!);
for (let r = 0; r < 9; r++) for (const k in fns) (res[k] ??= []).push(round(fns[k]!));
for (const k in res) { const a = res[k]!.sort((x, y) => x - y); console.log(k.padEnd(8), a[4]!.toFixed(1), 'µs'); }
