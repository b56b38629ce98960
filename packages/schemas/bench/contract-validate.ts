/**
 * Speed of contract validation, the work the simulator does on every request.
 * Target: an ~8.5 KB begjæring validated in well under 0.1 ms.
 *
 *   pnpm --filter @elan-kit/schemas bench
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadContract } from '../src/index.js';
import { contractsPath } from '../src/paths.js';

const ITERATIONS = 20_000;

interface Case {
  readonly label: string;
  readonly run: () => number;
}

function measure({ label, run }: Case): void {
  for (let index = 0; index < 1_000; index++) run();
  const start = performance.now();
  let errors = 0;
  for (let index = 0; index < ITERATIONS; index++) errors += run();
  const microseconds = ((performance.now() - start) * 1000) / ITERATIONS;
  process.stdout.write(
    `${label.padEnd(58)} ${microseconds.toFixed(2).padStart(8)} µs/op   (${errors / ITERATIONS} errors/op)\n`,
  );
}

function readExample(...segments: string[]): { text: string; value: unknown; label: string } {
  const file = contractsPath('examples', ...segments);
  const text = readFileSync(file, 'utf8');
  return {
    text,
    value: JSON.parse(text),
    label: `${segments.join('/')} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`,
  };
}

const headers = {
  klientid: 'bench',
  korrelasjonsid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  meldingsid: '9b2f5c1e-0d7a-4e43-8f55-6a0c1d2b3e4f',
};

const coldStart = performance.now();
const contract = loadContract('utleggsbegjaering', '1.0');
const opprett = contract.operation('opprettBegjaering');
opprett.precompile();
process.stdout.write(`load + compile opprettBegjaering 1.0 (cold): ${(performance.now() - coldStart).toFixed(1)} ms\n`);

const published = readExample('utleggsbegjaering', 'published', 'ad-0.9-begjaering-v0-enkel.json');
const opprett09 = loadContract('utleggsbegjaering', '0.9').operation('opprettBegjaering');
measure({ label: `0.9 ${published.label}`, run: () => opprett09.validateRequestBody(published.value).length });
for (const name of ['minimal.json', 'complex.json']) {
  const example = readExample('utleggsbegjaering', '1.0', name);
  measure({ label: `1.0 ${example.label}`, run: () => opprett.validateRequestBody(example.value).length });
}
const complex = readExample('utleggsbegjaering', '1.0', 'complex.json');
const broken: unknown = JSON.parse(complex.text.replace(/"NOK"/g, '7'));
measure({
  label: '1.0 complex.json with every valuta a number',
  run: () => opprett.validateRequestBody(broken).length,
});
measure({ label: 'validateRequestHeaders', run: () => opprett.validateRequestHeaders(headers).length });
measure({
  label: 'findOperation + validateRequestBody (complex.json)',
  run: () =>
    contract.findOperation('POST', '/api/utleggsbegjaering/v2')!.operation.validateRequestBody(complex.value).length,
});
