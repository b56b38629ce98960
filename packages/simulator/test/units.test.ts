import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachments } from '@elan-kit/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHttpAdmin } from '../src/admin/http-admin.js';
import { parseDuration } from '../src/clock.js';
import { attachmentStatus, classifyAttachment } from '../src/elan/attachments.js';
import { multipartBoundary, parseMultipart } from '../src/http/multipart.js';
import { HttpProblem } from '../src/http/problem.js';
import { acceptsJson } from '../src/http/read-body.js';
import { Router } from '../src/http/router.js';
import { createSimulator } from '../src/index.js';
import { Recorder } from '../src/recording/recorder.js';
import { testKey } from './helpers.js';

describe('router', () => {
  const router = new Router([
    { method: 'POST', template: '/b/valider' },
    { method: 'PUT', template: '/b/valider/{ref}' },
    { method: 'GET', template: '/b/{ref}' },
    { method: 'PUT', template: '/b/{ref}' },
    { method: 'POST', template: '/b' },
  ]);

  it('prefers literal segments, decodes parameters and ignores a trailing slash', () => {
    expect(router.match('POST', '/b/valider')).toMatchObject({ kind: 'found', route: { template: '/b/valider' } });
    expect(router.match('GET', '/b/valider')).toMatchObject({ kind: 'found', params: { ref: 'valider' } });
    expect(router.match('PUT', '/b/valider/a%20b')).toMatchObject({ kind: 'found', params: { ref: 'a b' } });
    expect(router.match('POST', '/b/')).toMatchObject({ kind: 'found', route: { template: '/b' } });
  });

  it('tells 405 (with the allowed methods) from 404', () => {
    expect(router.match('DELETE', '/b/valider')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'POST', 'PUT'] });
    expect(router.match('GET', '/c')).toEqual({ kind: 'not-found' });
    expect(router.match('GET', '/b/%E0%A4%A')).toEqual({ kind: 'not-found' });
  });
});

describe('multipart parser', () => {
  const body = (boundary: string, parts: string[]) =>
    Buffer.from(`${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`, 'latin1');

  it('reads fields and files, including quoted and RFC 5987 file names', () => {
    expect(multipartBoundary('multipart/form-data; boundary="abc"')).toBe('abc');
    expect(multipartBoundary('application/json')).toBeUndefined();
    const parts = parseMultipart(
      body('abc', [
        'Content-Disposition: form-data; name="innsenderReferanse"\r\n\r\nREF-1',
        'Content-Disposition: form-data; name="fil"; filename="a.pdf"; filename*=UTF-8\'\'%C3%B8.pdf\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7',
      ]),
      'abc',
    );
    expect(parts.map((p) => [p.name, p.filename, p.data.toString('latin1')])).toEqual([
      ['innsenderReferanse', undefined, 'REF-1'],
      ['fil', 'ø.pdf', '%PDF-1.7'],
    ]);
  });

  it('answers 400 for malformed input and never throws anything else', () => {
    expect(() => parseMultipart(Buffer.from('no boundary here'), 'abc')).toThrow(HttpProblem);
    expect(() =>
      parseMultipart(Buffer.from('--abc\r\nContent-Disposition: form-data; name="x"\r\n\r\nunterminated'), 'abc'),
    ).toThrow(HttpProblem);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const input = Buffer.concat([Buffer.from('--abc\r\n'), Buffer.from(bytes)]);
        try {
          parseMultipart(input, 'abc');
        } catch (error) {
          expect(error).toBeInstanceOf(HttpProblem);
        }
      }),
    );
  });
});

describe('small parts', () => {
  it('parses durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('P1DT1H')).toBe(90_000_000);
    expect(parseDuration(1500)).toBe(1500);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration(-1)).toBeUndefined();
  });

  it('reads Accept headers', () => {
    expect(acceptsJson(undefined)).toBe(true);
    expect(acceptsJson('text/html, application/json;q=0.9')).toBe(true);
    expect(acceptsJson('application/problem+json')).toBe(true);
    expect(acceptsJson('application/json;q=0')).toBe(false);
    expect(acceptsJson('text/xml')).toBe(false);
  });

  it('classifies attachments and steps their state with the clock', () => {
    expect(classifyAttachment(Buffer.from(attachments.validPdf()))).toBe('KONVERTERT');
    expect(classifyAttachment(Buffer.from(attachments.eicar()))).toBe('VIRUS_FUNNET');
    expect(classifyAttachment(Buffer.from(attachments.notPdf()))).toBe('IKKE_KONVERTERBAR');
    expect(classifyAttachment(Buffer.from(attachments.brokenPdf()))).toBe('KONVERTERING_FEILET');
    const record = {
      uuid: 'u',
      orgnr: '1',
      filnavn: 'f',
      type: undefined,
      innsenderReferanse: 'r',
      size: 1,
      uploadedAtMs: 0,
      outcome: 'VALIDERING_FEILET' as const,
      deletedAtMs: undefined as number | undefined,
    };
    expect([0, 100, 200, 300].map((t) => attachmentStatus(record, t, 100))).toEqual([
      'MOTTATT',
      'VIRUSSJEKKET',
      'VALIDERING_FEILET',
      'VALIDERING_FEILET',
    ]);
    record.deletedAtMs = 250;
    expect(attachmentStatus(record, 300, 100)).toBe('SLETTET');
  });
});

describe('recorder', () => {
  const record = (index: number) => ({
    timeMs: Date.UTC(2026, 0, 1) + index,
    method: 'POST',
    origin: 'http://127.0.0.1:1',
    target: `/x/${index}`,
    korrelasjonsid: `k${index}`,
    meldingsid: undefined,
    requestHeaders: ['Authorization', 'Bearer secret', 'Content-Type', 'application/json'],
    status: 200,
    durationMs: 1,
    responseHeaders: { 'content-type': 'application/json' },
    secrets: 'none' as const,
  });

  it('keeps the newest exchanges intact across wrap-arounds of its byte ring, oldest dropped first', () => {
    const recorder = new Recorder(100, 64 * 1024, 4096);
    for (let index = 0; index < 50; index++) {
      const body = Buffer.from(JSON.stringify({ index, padding: 'p'.repeat(100 + (index % 7) * 40) }));
      recorder.add(
        record(index),
        recorder.captureBytes('application/json', body),
        recorder.captureText('application/json', `{"ok":${index}}`),
      );
    }
    const kept = recorder.list();
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.length).toBeLessThan(20);
    kept.forEach((exchange, position) => {
      const index = 50 - kept.length + position;
      expect(exchange.url).toBe(`http://127.0.0.1:1/x/${index}`);
      expect((exchange.request.body as { index: number }).index).toBe(index);
      expect(exchange.response?.body).toEqual({ ok: index });
      expect(exchange.request.headers.authorization).toBe('Bearer [REDACTED]');
    });
    expect(recorder.list({ korrelasjonsid: 'k49' })).toHaveLength(1);
    expect(recorder.list({ limit: 2 }).map((x) => x.id)).toEqual(kept.slice(-2).map((x) => x.id));
    recorder.clear();
    expect(recorder.list()).toEqual([]);
  });

  it('keeps at most `capacity` exchanges and cuts bodies at the limit', () => {
    const recorder = new Recorder(3, 10, 4096);
    for (let index = 0; index < 5; index++) {
      recorder.add(record(index), recorder.captureText('text/plain', 'abcdefghijklmnop'), { kind: 'none' });
    }
    const kept = recorder.list();
    expect(kept.map((x) => x.korrelasjonsid)).toEqual(['k2', 'k3', 'k4']);
    expect(kept[0]?.request).toMatchObject({ body: 'abcdefghij', bodyTruncated: true });
  });
});

describe('state folder', () => {
  it('keeps the Maskinporten key and the client across restarts, and names a broken client.json', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'elan-sim-state-'));
    const first = createSimulator({ stateDir, keys: { issuer: testKey() } });
    await first.listen();
    const client = first.client;
    await first.close();
    const saved = JSON.parse(readFileSync(join(stateDir, 'client.json'), 'utf8'));
    expect(saved.clientId).toBe(client.clientId);
    const second = createSimulator({ stateDir });
    await second.listen();
    try {
      expect(second.client.clientId).toBe(client.clientId);
      expect(second.client.privateJwk).toEqual(client.privateJwk);
    } finally {
      await second.close();
    }
    writeFileSync(join(stateDir, 'client.json'), '{ not json');
    const broken = createSimulator({ stateDir });
    await expect(broken.listen()).rejects.toMatchObject({
      code: 'ELAN_SIMULATOR_STATE_DIR',
      message: expect.stringContaining('client.json'),
    });
  });

  it('refuses bad options with ELAN_SIMULATOR_OPTIONS_INVALID', () => {
    expect(() => createSimulator({ modelVersion: '3.0' as never })).toThrow(/modelVersion/);
    expect(() => createSimulator({ now: 'yesterday' })).toThrow(/now/);
    expect(() => createSimulator({ limits: { bodyBytes: -1 } })).toThrow(/limits.bodyBytes/);
    expect(() => createSimulator({ attachmentProcessingMs: -5 })).toThrow(/attachmentProcessingMs/);
  });
});

describe('admin API access', () => {
  it('answers 403 to a client that is not on loopback', async () => {
    const simulator = createSimulator();
    const handle = createHttpAdmin(simulator.admin, { fromAnyAddress: false });
    const request = Object.assign(new EventEmitter(), {
      method: 'GET',
      headers: {},
      socket: { remoteAddress: '10.0.0.7' },
    });
    let status = 0;
    const response = {
      headersSent: false,
      writeHead(code: number) {
        status = code;
        return this;
      },
      end() {},
    };
    await handle(request as unknown as IncomingMessage, response as unknown as ServerResponse, '/__admin/state', '');
    expect(status).toBe(403);
  });
});
