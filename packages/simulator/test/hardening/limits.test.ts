/**
 * Every bound of the simulator at its boundary: the limit itself is served, one past it is refused with the
 * documented status. (The recordings ring buffer has its test in isolation-and-admin.test.ts.)
 */
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Limits, RegisteredClient, Simulator } from '../../src/index.js';
import {
  call,
  elanHeaders,
  exampleInnsender,
  fetchToken,
  loadExample,
  postToken,
  registerClient,
  seedAttachmentsFor,
  startSimulator,
} from '../helpers.js';

async function withSimulator<T>(limits: Partial<Limits>, run: (simulator: Simulator) => Promise<T>): Promise<T> {
  const simulator = await startSimulator({ modelVersion: '1.0', limits });
  try {
    return await run(simulator);
  } finally {
    await simulator.close();
  }
}

/** JSON of exactly `bytes` bytes: the document, padded with trailing whitespace (still JSON). */
function jsonOfSize(document: unknown, bytes: number): Buffer {
  const text = JSON.stringify(document);
  const size = Buffer.byteLength(text);
  if (size > bytes) throw new Error('document larger than the requested size');
  return Buffer.from(text + ' '.repeat(bytes - size));
}

function rawPost(
  simulator: Simulator,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  chunked: boolean,
): Promise<number> {
  const url = new URL(simulator.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: {
          ...headers,
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    if (chunked) {
      req.write(body.subarray(0, 100));
      req.end(body.subarray(100));
    } else req.end(body);
  });
}

function rawGet(simulator: Simulator, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(simulator.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

async function exampleClient(
  simulator: Simulator,
): Promise<{ client: RegisteredClient; token: string; document: Record<string, unknown> }> {
  const example = loadExample('1.0', 'minimal');
  const client = await registerClient(simulator, { orgnr: exampleInnsender(example) });
  return { client, token: await fetchToken(client), document: seedAttachmentsFor(simulator, example, client.orgnr) };
}

function pdfOfSize(bytes: number): Uint8Array {
  const head = '%PDF-1.4\n';
  const tail = '\nstartxref\n0\n%%EOF\n';
  return Buffer.from(head + ' '.repeat(bytes - head.length - tail.length) + tail);
}

describe('limits at their boundary', () => {
  it('JSON body: the limit is read, one byte more is 413 — declared or chunked', async () => {
    await withSimulator({ bodyBytes: 8192 }, async (simulator) => {
      const { client, token, document } = await exampleClient(simulator);
      const path = '/api/utleggsbegjaering/v2/valider';
      const headers = { ...elanHeaders(token), 'content-type': 'application/json' };
      for (const chunked of [false, true]) {
        expect(await rawPost(simulator, path, headers, jsonOfSize(document, 8192), chunked)).toBe(204);
        expect(
          await rawPost(
            simulator,
            path,
            { ...headers, korrelasjonsid: randomUUID() },
            jsonOfSize(document, 8193),
            chunked,
          ),
        ).toBe(413);
      }
      expect(client.orgnr).toBe(exampleInnsender(document));
    });
  });

  it('JSON nesting: 64 levels reach the schema, 65 are refused at the door with 400', async () => {
    await withSimulator({}, async (simulator) => {
      const token = await fetchToken(simulator.client);
      const nested = (levels: number) => `{"x":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
      const send = (levels: number) =>
        call(`${simulator.client.baseUrls.utleggsbegjaering}/valider`, {
          token,
          rawBody: nested(levels),
          headers: { 'content-type': 'application/json' },
        });
      const atLimit = await send(64);
      expect(atLimit.status).toBe(400);
      expect(atLimit.body.errors.length).toBeGreaterThan(0);
      const past = await send(65);
      expect(past.status).toBe(400);
      expect(past.body.detail).toMatch(/nested deeper than 64 levels/);
      expect(past.body.errors).toBeUndefined();
    });
  });

  it('attachment: a file of exactly the limit is stored, one byte more is 413', async () => {
    await withSimulator({ attachmentBytes: 4096 }, async (simulator) => {
      const token = await fetchToken(simulator.client);
      const upload = async (bytes: Uint8Array) => {
        const form = new FormData();
        form.set('fil', new Blob([bytes], { type: 'application/pdf' }), 'faktura.pdf');
        form.set('innsenderReferanse', 'LIMIT-1');
        const response = await fetch(`${simulator.client.baseUrls.utleggsbegjaering}/vedlegg`, {
          method: 'POST',
          headers: elanHeaders(token),
          body: form,
        });
        return response.status;
      };
      expect(await upload(pdfOfSize(4096))).toBe(201);
      expect(await upload(pdfOfSize(4097))).toBe(413);
    });
  });

  it('request headers: just under the limit is served, past it is 431', async () => {
    await withSimulator({ headerBytes: 8192 }, async (simulator) => {
      const token = await fetchToken(simulator.client);
      const headers = elanHeaders(token);
      const used = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
      const path = '/api/utleggsbegjaering/v2/status/TEST_SAK_OPPRETTET';
      // Node counts the request line and every header line against maxHeaderSize; leave room for them.
      const room = 8192 - used - path.length - 200;
      expect(await rawGet(simulator, path, { ...headers, 'x-padding': 'p'.repeat(room) })).toBe(200);
      expect(await rawGet(simulator, path, { ...headers, 'x-padding': 'p'.repeat(8193) })).toBe(431);
    });
  });

  it('token request: a form of exactly 64 KiB is read (and refused as a grant), one byte more is 413', async () => {
    await withSimulator({}, async (simulator) => {
      const form = (bytes: number) => {
        const prefix = 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=';
        return prefix + 'a'.repeat(bytes - prefix.length);
      };
      const send = (body: string) =>
        fetch(simulator.client.tokenEndpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        }).then((response) => response.status);
      expect(await send(form(64 * 1024))).toBe(400);
      expect(await send(form(64 * 1024 + 1))).toBe(413);
      expect((await postToken(simulator.client.tokenEndpoint, 'x')).status).toBe(400);
    });
  });

  it('kontrollutslag: at most the limit per 422, the rest counted in detail', async () => {
    // Three decimals on every amount: one UGYLDIG_BELOEP (or more) per krav of the complex example.
    const breakAmounts = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(breakAmounts);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          key === 'beloep' && typeof item === 'number' ? item + 0.001 : breakAmounts(item),
        ]),
      );
    };
    const answer = async (limit: number) =>
      withSimulator({ kontrollutslagPerAnswer: limit }, async (simulator) => {
        const example = loadExample('1.0', 'complex');
        const client = await registerClient(simulator, { orgnr: exampleInnsender(example) });
        const document = breakAmounts(seedAttachmentsFor(simulator, example, client.orgnr));
        return call(`${client.baseUrls.utleggsbegjaering}/valider`, {
          token: await fetchToken(client),
          body: document,
        });
      });
    const all = await answer(1000);
    expect(all.status).toBe(422);
    const total = all.body.kontrollutslag.length as number;
    expect(total).toBeGreaterThan(2);
    const atLimit = await answer(total);
    expect(atLimit.body.kontrollutslag).toHaveLength(total);
    expect(atLimit.body.detail).not.toMatch(/first/);
    const pastLimit = await answer(total - 1);
    expect(pastLimit.body.kontrollutslag).toHaveLength(total - 1);
    expect(pastLimit.body.detail).toContain(`the first ${total - 1} of ${total}`);
  });

  it('cases and attachments per organisation: the limit is reached, then 429 with Retry-After', async () => {
    await withSimulator({ casesPerOrganisation: 2, attachmentsPerOrganisation: 2 }, async (simulator) => {
      const { client, token, document } = await exampleClient(simulator);
      simulator.admin.seedCase({ orgnr: client.orgnr });
      const base = client.baseUrls.utleggsbegjaering;
      expect((await call(base, { token, body: document })).status).toBe(201);
      const refused = await call(base, { token, body: { ...document, innsenderReferanse: 'ANOTHER' } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

      const upload = () => {
        const form = new FormData();
        form.set('fil', new Blob([pdfOfSize(200)], { type: 'application/pdf' }), 'a.pdf');
        form.set('innsenderReferanse', 'LIMIT');
        return fetch(`${base}/vedlegg`, { method: 'POST', headers: elanHeaders(token), body: form });
      };
      const seeded = simulator.admin.state().attachments.filter((a) => a.orgnr === client.orgnr).length;
      for (let i = seeded; i < 2; i++) expect((await upload()).status).toBe(201);
      const over = await upload();
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).not.toBeNull();
    });
  });

  it('requests per client: a burst gets 429 + Retry-After past the limit, while another client is still served', async () => {
    const limit = 20;
    await withSimulator({ requestsPerClientPerSecond: limit }, async (simulator) => {
      const bursting = await fetchToken(simulator.client);
      const other = await registerClient(simulator, { orgnr: '322222225' });
      const otherToken = await fetchToken(other);
      const statusUrl = `${simulator.client.baseUrls.status}/status/TEST_SAK_OPPRETTET`;
      // The limiter counts per wall-clock second: start a burst right after a second begins, and retry the
      // rare burst that still straddles two seconds.
      for (let attempt = 0; attempt < 3; attempt++) {
        await sleep(1000 - (Date.now() % 1000) + 20);
        const second = Math.floor(Date.now() / 1000);
        const burst = await Promise.all(Array.from({ length: limit + 5 }, () => call(statusUrl, { token: bursting })));
        const served = await call(statusUrl, { token: otherToken });
        if (Math.floor(Date.now() / 1000) !== second) continue;
        const refused = burst.filter((result) => result.status === 429);
        expect(burst.filter((result) => result.status === 200)).toHaveLength(limit);
        expect(refused).toHaveLength(5);
        for (const result of refused) {
          expect(Number(result.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
          expect(result.body).toMatchObject({ status: 429, korrelasjonsid: expect.any(String) });
        }
        expect(served.status).toBe(200);
        return;
      }
      throw new Error('every burst straddled a second boundary');
    });
  });
});
