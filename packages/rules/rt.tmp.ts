import { readFileSync } from 'node:fs';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { createBegjaeringView, vilkaarRules, provDetailed } from './src/index.ts';
const document = JSON.parse(readFileSync('../schemas/contracts/examples/utleggsbegjaering/1.0/complex.json', 'utf8'));
const context = contextFromData({}, { modelVersion: '1.0', document, register: createPartyRegister() });
// warm
for (let i = 0; i < 3000; i++) provDetailed(document, context);
const N = 3000;
const timeIt = (fn: () => unknown) => { const t = performance.now(); for (let i = 0; i < N; i++) fn(); return (performance.now() - t) / N * 1000; };
console.log('prov total µs', timeIt(() => provDetailed(document, context)).toFixed(1));
console.log('view+scan µs', timeIt(() => { const v = createBegjaeringView(document); v.scan; v.krav; v.tvangsgrunnlag; v.saksoekere; v.saksoekte; v.innsender; v.betaling; v.prosessfullmektige; v.kravByReferanse; v.tvangsgrunnlagByKrav; }).toFixed(1));
console.log('scan only µs', timeIt(() => createBegjaeringView(document).scan).toFixed(1));
const ctx: any = { proving: context, modelVersion: '1.0', today: context.today, mode: 'ny', earlier: undefined, strictBegrunnelseUnnlatVarsel: true, partyRegisterComplete: false, lookupParty: (i: any) => context.parties?.get(i.verdi), noteUnknownParty() {}, memo: (_k: string, f: () => unknown) => f() };
const view = createBegjaeringView(document); view.scan; view.krav; view.tvangsgrunnlag; view.saksoekere; view.saksoekte; view.prosessfullmektige; view.kravByReferanse; view.tvangsgrunnlagByKrav; view.betaling;
const rows = vilkaarRules.map(r => [r.kode, timeIt(() => r.evaluate(view, ctx))] as const).sort((a, b) => b[1] - a[1]);
for (const [k, t] of rows.slice(0, 12)) console.log(t.toFixed(2), k);
console.log('sum rules µs', rows.reduce((s, r) => s + r[1], 0).toFixed(1));
