import { readFileSync } from 'node:fs';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { provDetailed } from './src/index.ts';
const document = JSON.parse(readFileSync('../schemas/contracts/examples/utleggsbegjaering/2.0/complex.json', 'utf8'));
const context = contextFromData({}, { modelVersion: '2.0', document, register: createPartyRegister() });
const r = provDetailed(document, context);
console.log(r.kontrollutslag.length, r.kontrollutslag.slice(0,3), r.skipped.length, r.unknownParties.length);
for (let k = 0; k < 5; k++) { const s = performance.now(); for (let i = 0; i < 2000; i++) provDetailed(document, context); console.log(((performance.now() - s) / 2000 * 1000).toFixed(1)); }
