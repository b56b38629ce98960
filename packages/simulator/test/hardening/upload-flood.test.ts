import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { elanHeaders, fetchToken, startSimulator } from '../helpers.js';

const MiB = 1024 * 1024;
const BOUNDARY = 'flood';

/** Starts an upload that announces `bytes` and sends only its first part: it stays in flight until `finish`. */
function openUpload(url: string, headers: Record<string, string>, bytes: number) {
  const target = new URL(url);
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="fil"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  let answered: (value: { status: number; retryAfter: string | undefined }) => void = () => undefined;
  const answer = new Promise<{ status: number; retryAfter: string | undefined }>((resolve) => {
    answered = resolve;
  });
  const req = httpRequest({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: 'POST',
    headers: {
      ...headers,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'content-length': String(bytes),
    },
  });
  req.on('response', (res) => {
    res.resume();
    answered({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] });
  });
  req.on('error', () => answered({ status: -1, retryAfter: undefined }));
  req.write(head);
  return { answer, abort: () => req.destroy() };
}

describe('many uploads at once', () => {
  it('sheds uploads past the in-flight byte limit with 429 and Retry-After, and serves again once they end', async () => {
    const simulator = await startSimulator({ limits: { attachmentBytes: 2 * MiB, uploadBytesInFlight: 5 * MiB } });
    try {
      const token = await fetchToken(simulator.client);
      const url = `${simulator.client.baseUrls.utleggsbegjaering}/vedlegg`;
      const headers = elanHeaders(token);
      const uploads = Array.from({ length: 8 }, () => openUpload(url, headers, 2 * MiB));
      const shed = await Promise.race([
        Promise.all(uploads.slice(2).map((upload) => upload.answer)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer to the flood')), 20_000)),
      ]);
      expect(shed.map((answer) => answer.status)).toEqual(Array(6).fill(429));
      expect(shed.every((answer) => Number(answer.retryAfter) >= 1)).toBe(true);
      for (const upload of uploads) upload.abort();
      // The aborted uploads release what they held: a new one is read again (and judged: not a 429).
      await new Promise((resolve) => setTimeout(resolve, 200));
      const form = new FormData();
      form.set('fil', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'a.pdf');
      form.set('innsenderReferanse', 'AFTER-FLOOD');
      const after = await fetch(url, { method: 'POST', headers, body: form });
      expect(after.status).not.toBe(429);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});
