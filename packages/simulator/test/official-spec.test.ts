import { join } from 'node:path';
import { loadCanonicalExample, loadOfficialSpecs } from '@elan-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContractValidation, type ExchangeSummary, type Simulator } from '../src/index.js';
import { elanHeaders, type Json, startSimulator } from './helpers.js';

const official = join(import.meta.dirname, '..', '..', 'schemas', 'test', 'fixtures', 'official');

describe('the simulator with official documents', () => {
  let simulator: Simulator;
  let token: string;
  const exchanges: ExchangeSummary[] = [];
  beforeAll(async () => {
    const specs = await loadOfficialSpecs(
      [
        { file: join(official, 'utleggsbegjaering-2023.yaml') },
        { file: join(official, 'betjeningskartet-1.3.1.yaml') },
      ],
      { modelVersion: '2.0' },
    );
    simulator = await startSimulator({
      modelVersion: '2.0',
      validation: createContractValidation({ contracts: specs.map((spec) => spec.contract) }),
      onExchange: (summary) => exchanges.push(summary),
    });
    token = await simulator.admin.mintAccessToken();
  });
  afterAll(() => simulator.close());

  const post = (path: string, body: unknown) =>
    fetch(`${simulator.client.baseUrls.utleggsbegjaering}${path}`, {
      method: 'POST',
      headers: { ...elanHeaders(token), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('judges a request by the official schema of the operation that does the same', async () => {
    const response = await post('/valider', loadCanonicalExample('2.0', 'minimal'));
    expect(response.status).toBe(400);
    const body: Json = await response.json();
    const pointers = (body.errors as { pointer: string }[]).map((error) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/hovedkrav', '/utleggsbegjaeringIdentifikator']));
  });

  it('judges the Betjeningskartet lookup by the 1.3.1 document (partsnummer a string)', async () => {
    const response = await fetch(`${simulator.client.baseUrls.betjeningskartet}/betjeningskartet`, {
      method: 'POST',
      headers: { ...elanHeaders(token), 'content-type': 'application/json' },
      body: JSON.stringify({ kildesystem: 'elin', skyldner: [{ partsnummer: 12 }] }),
    });
    expect(response.status).toBe(400);
    const body: Json = await response.json();
    expect((body.errors as { pointer: string }[])[0]?.pointer).toBe('/skyldner/0/partsnummer');
  });

  it('notes an answer of its own that breaks the official document, and judges only what the document has', async () => {
    exchanges.length = 0;
    const response = await post('/valider', { not: 'a begjaering' });
    expect(response.status).toBe(400);
    // The document's ExtendedProblemDetail wants an absolute URI in `instance`; the simulator answers with the path.
    expect(exchanges.at(-1)?.notes).toEqual([
      'the answer 400 breaks the official document: /instance must match format "uri"',
    ]);
    const status = await fetch(`${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, {
      headers: elanHeaders(token),
    });
    expect(status.status).toBe(200);
    expect(exchanges.at(-1)?.notes).toEqual([]);
  });
});

describe('an official document that the simulator’s answers break', () => {
  it('says so on the exchange', async () => {
    const specs = await loadOfficialSpecs([{ file: join(official, 'utleggsbegjaering-2023.yaml') }], {
      modelVersion: '2.0',
    });
    const notes: string[] = [];
    const simulator = await startSimulator({
      modelVersion: '2.0',
      defects: ['accept-everything'],
      validation: createContractValidation({ contracts: specs.map((spec) => spec.contract) }),
      onExchange: (summary) => notes.push(...summary.notes),
    });
    try {
      const token = await simulator.admin.mintAccessToken();
      const response = await fetch(`${simulator.client.baseUrls.utleggsbegjaering}`, {
        method: 'POST',
        headers: { ...elanHeaders(token), 'content-type': 'application/json' },
        body: JSON.stringify(loadCanonicalExample('2.0', 'minimal')),
      });
      // The kit's create answers 201 with a reference; the 2023 sendInn documents 200 with an id.
      expect(response.status).toBe(201);
      expect(notes.join('\n')).toMatch(/the answer 201 breaks the official document: \/ .*201/);
    } finally {
      await simulator.close();
    }
  });
});
