import { readFileSync } from 'node:fs';
import { contextFromData, createPartyRegister } from '@elan-kit/fixtures';
import { prov } from './src/index.ts';
const document = JSON.parse(readFileSync('../schemas/contracts/examples/utleggsbegjaering/2.0/complex.json', 'utf8'));
const context = contextFromData({}, { modelVersion: '2.0', document, register: createPartyRegister() });
for (let i = 0; i < 40000; i++) prov(document, context);
