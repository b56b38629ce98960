import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHttpClient, ResponseTooLargeError } from '../../src/index.js';
import { startHugeServer } from './huge-server.js';

const MiB = 1024 * 1024;

describe('a target that answers with a huge body', () => {
  it('is read up to the limit and no further, and the error blames the target with the size seen', async () => {
    const server = await startHugeServer(64 * MiB);
    const http = createHttpClient({ maxResponseBytes: 2 * MiB });
    const evidence: unknown[] = [];
    try {
      const error = await http
        .withEvidence({ add: (exchange) => void evidence.push(exchange) })
        .send({ method: 'GET', url: `${server.url}/status` })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      const tooLarge = error as ResponseTooLargeError;
      expect(tooLarge.code).toBe('ELAN_HTTP_RESPONSE_TOO_LARGE');
      expect(tooLarge.bytesSeen).toBeGreaterThan(2 * MiB);
      expect(tooLarge.bytesSeen).toBeLessThan(8 * MiB);
      expect(tooLarge.message).toMatch(/at least 2\.\d MiB.*more than the 2\.0 MiB/);
      expect(tooLarge.messageNb).toMatch(/svarkropp på minst/);
      expect(evidence).toHaveLength(1);
      expect(evidence[0]).toMatchObject({ status: 200, error: expect.stringMatching(/not read/) });
    } finally {
      await http.close();
      await server.close();
    }
    expect(server.sent()).toBeLessThan(32 * MiB);
  });

  it('is refused before reading when the Content-Length already says too much', async () => {
    const server = await startHugeServer(512 * MiB, { announce: true });
    const http = createHttpClient({ maxResponseBytes: MiB });
    try {
      const error = (await http
        .send({ method: 'GET', url: `${server.url}/x` })
        .catch((caught: unknown) => caught)) as ResponseTooLargeError;
      expect(error.code).toBe('ELAN_HTTP_RESPONSE_TOO_LARGE');
      expect(error.bytesSeen).toBe(512 * MiB);
    } finally {
      await http.close();
      await server.close();
    }
  });

  it('keeps the default limit at a few MiB and reads an ordinary answer whole', async () => {
    const server = await startHugeServer(3 * MiB);
    const http = createHttpClient();
    try {
      const response = await http.send({ method: 'GET', url: `${server.url}/x` });
      expect(response.rawBody.byteLength).toBe(3 * MiB);
    } finally {
      await http.close();
      await server.close();
    }
  });

  it('keeps the peak memory of a process under 200 MiB against three 1 GiB answers', async () => {
    const server = await startHugeServer(1024 * MiB);
    try {
      const child = spawn(
        process.execPath,
        [
          '--conditions=source',
          '--import',
          'tsx',
          fileURLToPath(new URL('./rss-child.ts', import.meta.url)),
          server.url,
          '3',
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { maxRssBytes: number; outcomes: string[] };
      expect(report.outcomes).toEqual(Array(3).fill('ELAN_HTTP_RESPONSE_TOO_LARGE'));
      expect(report.maxRssBytes).toBeLessThan(200 * MiB);
    } finally {
      await server.close();
    }
  }, 120_000);
});
