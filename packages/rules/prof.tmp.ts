import { readFileSync } from 'node:fs';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { prov } from './src/index.ts';
const document = JSON.parse(readFileSync('../schemas/contracts/examples/utleggsbegjaering/1.0/complex.json', 'utf8'));
const context = contextFromData({}, { modelVersion: '1.0', document, register: createPartyRegister() });
const t = performance.now(); let n = 0;
while (performance.now() - t < 3000) { prov(document, context); n++; }
console.log(n / 3, 'per s');
