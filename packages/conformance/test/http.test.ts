import { type Exchange, REDACTED, redactHeaders, redactValue } from '@elan-kit/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElanHeaders } from '../src/http/elan-headers.js';
import { createHttpClient, HttpError } from '../src/http/http-client.js';
import { storeBody } from '../src/http/store-body.js';
import { startLocalServer } from './support/local-server.js';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6InNrYXR0ZWV0YXRlbiJ9.c2lnbmF0dXJlLWJ5dGVz';

describe('redaction', () => {
  it('keeps the scheme of Authorization and hides the credentials', () => {
    expect(redactHeaders({ Authorization: `Bearer ${JWT}`, Cookie: 'a=b', Accept: 'x' })).toEqual({
      Authorization: `Bearer ${REDACTED}`,
      Cookie: REDACTED,
      Accept: 'x',
    });
  });

  it('removes tokens, assertions and private JWK members from bodies, and JWT-shaped strings anywhere', () => {
    const body = {
      access_token: JWT,
      expires_in: 120,
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: JWT,
      nested: { jwk: { kty: 'RSA', n: 'abc', e: 'AQAB', d: 'secret-d', p: 'secret-p' }, text: `token is ${JWT}` },
      pem: '-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----',
    };
    const redacted = JSON.stringify(redactValue(body));
    expect(redacted).not.toContain('secret-d');
    expect(redacted).not.toContain('secret-p');
    expect(redacted).not.toContain(JWT);
    expect(redacted).not.toContain('MIIEv');
    expect(redacted).toContain('"n":"abc"');
    expect(redacted).toContain('"expires_in":120');
  });

  it('cuts bodies past the limit and says so', () => {
    const stored = storeBody({ text: 'x'.repeat(500) }, 100);
    expect(stored.bodyTruncated).toBe(true);
    expect(String(stored.body).length).toBeLessThanOrEqual(101);
    expect(storeBody({ a: 1 }, 100)).toEqual({ body: { a: 1 } });
  });
});

describe('HTTP client with evidence', () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>;
  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: JWT, token_type: 'Bearer', expires_in: 120 }));
        return;
      }
      res.writeHead(422, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', status: 422, korrelasjonsid: req.headers['korrelasjonsid'] }));
    });
  });
  afterAll(() => server.close());

  it('records every exchange with the ELAN ids and redacted secrets', async () => {
    const recorded: Exchange[] = [];
    const http = createHttpClient().withEvidence({ add: (e) => recorded.push(e) });
    const headers = { ...createElanHeaders('klient'), Authorization: `Bearer ${JWT}` };
    const response = await http.send({ method: 'post', url: `${server.url}/valider`, headers, json: { a: 1 } });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, korrelasjonsid: headers.Korrelasjonsid });
    const [exchange] = recorded;
    expect(exchange).toMatchObject({
      method: 'POST',
      status: 422,
      korrelasjonsid: headers.Korrelasjonsid,
      meldingsid: headers.Meldingsid,
      request: { body: { a: 1 } },
    });
    expect(exchange?.korrelasjonsid).toMatch(/^[0-9a-f-]{36}$/);
    expect(exchange?.request.headers['Authorization']).toBe(`Bearer ${REDACTED}`);
    expect(server.received.at(-1)?.headers['authorization']).toBe(`Bearer ${JWT}`);
    await http.close();
  });

  it('never stores the access token or the assertion of a token exchange', async () => {
    const recorded: Exchange[] = [];
    const http = createHttpClient().withEvidence({ add: (e) => recorded.push(e) });
    const response = await http.send({
      method: 'POST',
      url: `${server.url}/token`,
      form: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: JWT },
    });
    expect((response.body as { access_token: string }).access_token).toBe(JWT);
    expect(JSON.stringify(recorded)).not.toContain(JWT);
    expect(server.received.at(-1)?.body).toContain('assertion=');
    await http.close();
  });

  it('records a network failure as an exchange with an error and throws HttpError', async () => {
    const recorded: Exchange[] = [];
    const http = createHttpClient({ connectTimeoutMs: 500 }).withEvidence({ add: (e) => recorded.push(e) });
    const error = await http.send({ method: 'GET', url: 'http://127.0.0.1:1/' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(recorded[0]?.error).toMatch(/ECONNREFUSED|connect/i);
    await http.close();
  });

  it('runs guards before anything is sent', async () => {
    const before = server.received.length;
    const http = createHttpClient().withGuards([
      () => {
        throw new Error('refused by guard');
      },
    ]);
    await expect(http.send({ method: 'POST', url: `${server.url}/x`, json: {} })).rejects.toThrow('refused by guard');
    expect(server.received.length).toBe(before);
    await http.close();
  });
});
