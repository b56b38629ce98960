import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createHttpClient, createSyntheticDataGuard, type HttpClient } from '@elan-kit/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startValidatingProxy } from '../src/proxy/validating-proxy.js';

/** Valid check digits, ordinary month: looks like a real person. */
const REAL_LOOKING_FNR = '31129956715';
/** Tenor: month + 80. */
const TENOR_FNR = '17912099997';

/** The upstream: counts every request that reaches it. */
function startCountingUpstream(): Promise<{ server: Server; url: string; count(): number }> {
  let received = 0;
  const server = createServer((request, response) => {
    received++;
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}`, count: () => received });
    });
  });
}

function multipart(field: string, filename: string, type: string, content: string): { body: string; type: string } {
  const boundary = 'elan-kit-test-boundary';
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="innsenderReferanse"',
    '',
    'REF-1',
    `--${boundary}`,
    `Content-Disposition: form-data; name="${field}"; filename="${filename}"`,
    `Content-Type: ${type}`,
    '',
    content,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

interface Attack {
  readonly name: string;
  readonly location: string;
  request(fnr: string): { path?: string; headers?: Record<string, string>; body?: string | Uint8Array };
}

const ATTACKS: readonly Attack[] = [
  {
    name: 'text/plain',
    location: 'body line 2',
    request: (fnr) => ({ headers: { 'content-type': 'text/plain' }, body: `Saksøkt:\nfnr ${fnr}\n` }),
  },
  {
    name: 'application/octet-stream',
    location: 'body line 1',
    request: (fnr) => ({
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(fnr), Buffer.from([255])]),
    }),
  },
  {
    name: 'UTF-16 text',
    location: 'body line 1',
    request: (fnr) => ({
      headers: { 'content-type': 'text/plain; charset=utf-16le' },
      body: Buffer.from(`fnr ${fnr}`, 'utf16le'),
    }),
  },
  {
    name: 'a form body',
    location: 'form field saksoekt',
    request: (fnr) => ({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `belop=100&saksoekt=${fnr}`,
    }),
  },
  {
    name: 'a multipart file',
    location: 'multipart part vedlegg (skjema.txt) line 3',
    request: (fnr) => {
      const form = multipart('vedlegg', 'skjema.txt', 'text/plain', `Skjema\nNavn: Ola\nFødselsnummer: ${fnr}\n`);
      return { headers: { 'content-type': form.type }, body: form.body };
    },
  },
  {
    name: 'a header',
    location: 'header x-kunde',
    request: (fnr) => ({ headers: { 'x-kunde': fnr } }),
  },
  {
    name: 'a query parameter',
    location: 'query ?fnr',
    request: (fnr) => ({ path: `/status?fnr=${fnr}` }),
  },
];

describe('the proxy refuses a real-looking identifier wherever it travels', () => {
  let upstream: Awaited<ReturnType<typeof startCountingUpstream>>;
  let proxy: Awaited<ReturnType<typeof startValidatingProxy>>;
  let http: HttpClient;
  const records: unknown[] = [];

  beforeAll(async () => {
    upstream = await startCountingUpstream();
    http = createHttpClient().withGuards([createSyntheticDataGuard()]);
    proxy = await startValidatingProxy({
      upstream: upstream.url,
      http,
      contracts: [],
      onRecord: (record) => {
        records.push(record);
      },
    });
  });
  afterAll(async () => {
    await proxy.close();
    await http.close();
    await new Promise<void>((resolve) => upstream.server.close(() => resolve()));
  });

  const send = (attack: Attack, fnr: string) => {
    const { path = '/vedlegg', headers = {}, body } = attack.request(fnr);
    return fetch(`${proxy.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body });
  };

  it.each(ATTACKS)(
    'refuses it in $name, naming the location, and the upstream receives nothing',
    {
      timeout: 30_000,
    },
    async (attack) => {
      const response = await send(attack, REAL_LOOKING_FNR);
      const text = await response.text();
      expect(response.status, text).toBe(400);
      const problem = JSON.parse(text) as { pointer: string; detail: string };
      expect(problem.pointer).toBe(attack.location);
      expect(problem.detail).toContain(attack.location);
      expect(problem.detail).not.toContain(REAL_LOOKING_FNR);
      expect(upstream.count()).toBe(0);
    },
  );

  it.each(ATTACKS)('passes a synthetic (Tenor) fødselsnummer in $name', { timeout: 30_000 }, async (attack) => {
    const before = upstream.count();
    const response = await send(attack, TENOR_FNR);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(upstream.count()).toBe(before + 1);
  });

  it('refuses a compressed body it cannot read, and the upstream receives nothing', async () => {
    const before = upstream.count();
    const response = await fetch(`${proxy.url}/vedlegg`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' },
      body: gzipSync(`fnr ${REAL_LOOKING_FNR}`),
    });
    expect(response.status).toBe(415);
    expect(await response.text()).toMatch(/uncompressed/);
    expect(upstream.count()).toBe(before);
  });
});
