import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import {
  call,
  elanHeaders,
  exampleInnsender,
  fetchToken,
  type Json,
  loadExample,
  registerClient,
  seedAttachmentsFor,
  startSimulator,
} from './helpers.js';

let simulator: Simulator;
let token: string;
let base: string;

beforeAll(async () => {
  simulator = await startSimulator({ limits: { bodyBytes: 4096 } });
  token = await fetchToken(simulator.client);
  base = simulator.client.baseUrls.utleggsbegjaering;
});
afterAll(() => simulator.close());

function expectProblem(result: { status: number; headers: Headers; body: Json }, status: number, feilkode?: string) {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(result.body).toMatchObject({ type: expect.any(String), status });
  expect(typeof result.body.korrelasjonsid).toBe('string');
  if (feilkode) expect(result.body.feilkode).toBe(feilkode);
}

/** Raw HTTP, for requests fetch would not send (chunked bodies past the limit, huge headers). */
function rawRequest(options: {
  method: string;
  path: string;
  headers: Record<string, string>;
  chunks?: Buffer[];
}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(simulator.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe('request pipeline: the general error answers', () => {
  it('answers an unknown path with 404, KB-003 and the korrelasjonsid echoed', async () => {
    const korrelasjonsid = randomUUID();
    const result = await call(`${simulator.url}/api/utleggsbegjaering/v2/finnes-ikke/x/y`, {
      token,
      headers: { korrelasjonsid },
    });
    expectProblem(result, 404, 'KB-003');
    expect(result.body.korrelasjonsid).toBe(korrelasjonsid);
    expect(result.headers.get('korrelasjonsid')).toBe(korrelasjonsid);
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const result = await call(`${base}/valider`, { token, method: 'DELETE' });
    expectProblem(result, 405);
    expect(result.headers.get('allow')).toBe('GET, POST, PUT');
  });

  it('answers an Accept it cannot serve with 406 (KB-008)', async () => {
    const result = await call(`${base}/valider`, { token, body: {}, headers: { accept: 'application/xml' } });
    expectProblem(result, 406, 'KB-008');
    expect(
      (await call(`${base}/status/TEST_SAK_OPPRETTET`, { token, headers: { accept: 'application/*;q=0.5' } })).status,
    ).toBe(200);
  });

  it('answers a body that is not JSON with 415, and broken JSON with 400 (KB-006)', async () => {
    expectProblem(
      await call(`${base}/valider`, { token, rawBody: '<xml/>', headers: { 'content-type': 'application/xml' } }),
      415,
    );
    expectProblem(
      await call(`${base}/valider`, { token, rawBody: '{"a":', headers: { 'content-type': 'application/json' } }),
      400,
      'KB-006',
    );
    expectProblem(
      await call(`${base}/valider`, { token, rawBody: '', headers: { 'content-type': 'application/json' } }),
      400,
    );
  });

  it('refuses a body that is not UTF-8, naming the first byte that is not', async () => {
    const latin1 = await call(`${base}/valider`, {
      token,
      rawBody: Buffer.from('{"innsenderReferanse": "Sørli"}', 'latin1'),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(latin1, 400, 'KB-006');
    expect(latin1.body.detail).toBe(
      'The request body is not valid UTF-8 (byte 0xF8 at line 1, column 26); JSON between systems is UTF-8 (RFC 8259 §8.1).',
    );
  });

  it('says where broken JSON stops being JSON, and that an empty body is empty', async () => {
    const json = { 'content-type': 'application/json' };
    const broken = await call(`${base}/valider`, { token, rawBody: '{\n  "a": 1\n  "b": 2\n}', headers: json });
    expect(broken.body.detail).toBe(
      'The request body is not valid JSON at line 3, column 3: expected "," or a closing bracket, found "\\"".',
    );
    const empty = await call(`${base}/valider`, { token, rawBody: ' ', headers: json });
    expect(empty.body.detail).toBe('The request body is empty; a JSON document is expected.');
  });

  it('skips a byte order mark in front of a JSON body, and notes it in the log', async () => {
    const notes: string[][] = [];
    const logged = await startSimulator({ onExchange: (summary) => notes.push([...summary.notes]) });
    try {
      const answer = await call(`${logged.client.baseUrls.utleggsbegjaering}/valider`, {
        token: await fetchToken(logged.client),
        rawBody: '\uFEFF{}',
        headers: { 'content-type': 'application/json' },
      });
      // Past the parser: the empty document is judged by the schema.
      expect(answer.body.detail).toBe('The request does not match the schema.');
      expect(notes.at(-1)).toEqual([expect.stringMatching(/^the JSON body starts with a byte order mark/)]);
      expect(notes[0]).toEqual([]);
    } finally {
      await logged.close();
    }
  });

  it('answers a body over the limit with 413, whether declared or chunked', async () => {
    const big = JSON.stringify({ underskrift: 'x'.repeat(5000) });
    expectProblem(
      await call(`${base}/valider`, { token, rawBody: big, headers: { 'content-type': 'application/json' } }),
      413,
    );
    const chunked = await rawRequest({
      method: 'POST',
      path: '/api/utleggsbegjaering/v2/valider',
      headers: { ...elanHeaders(token), 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: [Buffer.from('{"a":"'), Buffer.alloc(5000, 0x61), Buffer.from('"}')],
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).korrelasjonsid).toBeDefined();
  });

  it('answers missing or malformed Klientid/Korrelasjonsid/Meldingsid with 400 naming each header', async () => {
    const response = await fetch(`${base}/status/TEST_SAK_OPPRETTET`, {
      headers: { authorization: `Bearer ${token}`, korrelasjonsid: 'not-a-uuid' },
    });
    const body = (await response.json()) as { errors: Array<{ pointer: string }>; korrelasjonsid: string };
    expect(response.status).toBe(400);
    expect(body.errors.map((e) => e.pointer).sort()).toEqual([
      '/headers/Klientid',
      '/headers/Korrelasjonsid',
      '/headers/Meldingsid',
    ]);
    expect(body.korrelasjonsid).toBe('not-a-uuid');
  });

  it('accepts the headers in any casing', async () => {
    const response = await fetch(`${base}/status/TEST_SAK_OPPRETTET`, {
      headers: {
        Authorization: `Bearer ${token}`,
        KlientId: 'x',
        KORRELASJONSID: randomUUID(),
        meldingsID: randomUUID(),
      },
    });
    expect(response.status).toBe(200);
  });

  it('generates a korrelasjonsid for error bodies when the request had none', async () => {
    const response = await fetch(`${base}/status/TEST_SAK_OPPRETTET`);
    const body = (await response.json()) as { korrelasjonsid: string };
    expect(response.status).toBe(401);
    expect(body.korrelasjonsid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers schema violations with 400 and the ajv errors as pointers; an unknown member is ignored', async () => {
    const result = await call(`${base}/valider`, { token, body: { saksoeker: 'feil', ukjent: true } });
    expectProblem(result, 400, 'KB-006');
    const pointers = result.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain('/saksoeker');
    expect(pointers).toContain('/underskrift');
    expect(pointers).not.toContain('/ukjent');
  });

  it('answers headers that are too large with 431 and closes', async () => {
    const response = await rawRequest({
      method: 'GET',
      path: '/api/utleggsbegjaering/v2/status/TEST_SAK_OPPRETTET',
      headers: { ...elanHeaders(token), 'x-padding': 'p'.repeat(20_000) },
    });
    expect(response.status).toBe(431);
  });

  it('answers too many requests from one client with 429 and Retry-After', async () => {
    const limited = await startSimulator({ limits: { requestsPerClientPerSecond: 3 } });
    try {
      const limitedToken = await fetchToken(limited.client);
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 6; i++) {
        const result = await call(`${limited.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`, {
          token: limitedToken,
        });
        statuses.push(result.status);
        if (result.status === 429) retryAfter = result.headers.get('retry-after');
      }
      expect(statuses).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});

describe('request pipeline: storage bounds', () => {
  it('answers 429 once an organisation has as many cases or attachments as the simulator keeps', async () => {
    const bounded = await startSimulator({ limits: { casesPerOrganisation: 1, attachmentsPerOrganisation: 1 } });
    try {
      const boundedToken = await fetchToken(bounded.client);
      const base = bounded.client.baseUrls.utleggsbegjaering;
      const statuses: number[] = [];
      for (let i = 0; i < 2; i++) {
        const form = new FormData();
        form.set('fil', new Blob([Buffer.from('%PDF-1.7\n%%EOF')]), 'a.pdf');
        form.set('innsenderReferanse', 'REF');
        statuses.push(
          (await fetch(`${base}/vedlegg`, { method: 'POST', headers: elanHeaders(boundedToken), body: form })).status,
        );
      }
      expect(statuses).toEqual([201, 429]);
      const example = loadExample('1.0', 'minimal');
      const owner = await registerClient(bounded, { orgnr: exampleInnsender(example) });
      const ownerToken = await fetchToken(owner);
      const document = seedAttachmentsFor(bounded, example, owner.orgnr);
      bounded.admin.seedCase({ orgnr: owner.orgnr });
      const submit = await call(base, { token: ownerToken, body: document });
      expect(submit.status).toBe(429);
      expect(submit.headers.get('retry-after')).toBeTruthy();
    } finally {
      await bounded.close();
    }
  });
});

describe('request pipeline: the schema step is pluggable', () => {
  it('judges requests with the validation it is given (e.g. a user-supplied spec)', async () => {
    const seen: string[] = [];
    const custom = await startSimulator({
      validation: {
        validateRequest(ref, input) {
          seen.push(ref.operationId);
          return input.body === undefined
            ? []
            : [
                {
                  instancePath: '/custom',
                  schemaPath: '#/x',
                  keyword: 'custom',
                  params: {},
                  message: 'refused by the custom spec',
                },
              ];
        },
      },
    });
    try {
      const customToken = await fetchToken(custom.client);
      const result = await call(`${custom.client.baseUrls.utleggsbegjaering}/valider`, {
        token: customToken,
        body: {},
      });
      expect(result.status).toBe(400);
      expect(result.body.errors).toEqual([{ pointer: '/custom', message: 'refused by the custom spec' }]);
      expect(seen).toContain('validerNyBegjaering');
    } finally {
      await custom.close();
    }
  });
});

describe('request pipeline: robustness', () => {
  it('never answers 500 and never crashes, whatever JSON-ish body a client sends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const result = await call(`${base}/valider`, {
            token,
            rawBody: text,
            headers: { 'content-type': 'application/json' },
          });
          expect([204, 400, 413, 422]).toContain(result.status);
        },
      ),
      { numRuns: 60 },
    );
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const nested = await startSimulator();
    try {
      const nestedToken = await fetchToken(nested.client);
      const result = await call(`${nested.client.baseUrls.utleggsbegjaering}/valider`, {
        token: nestedToken,
        rawBody: `{"saksoeker":${deep}}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(result.status).toBe(400);
      expect(nested.admin.state().internalErrors).toBe(0);
    } finally {
      await nested.close();
    }
    expect(simulator.admin.state().internalErrors).toBe(0);
  });

  it('answers garbage on the wire with 400 and keeps serving', async () => {
    const url = new URL(simulator.url);
    const { connect } = await import('node:net');
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await call(`${base}/status/TEST_SAK_OPPRETTET`, { token })).status).toBe(200);
  });
});
