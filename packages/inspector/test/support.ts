import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '@elan-kit/reporter';
import type { ModelVersion } from '@elan-kit/schemas';
import { createSimulator, type RsaJwk, type Simulator } from '@elan-kit/simulator';
import { type BrowserContext, chromium } from 'playwright-core';
import { createInspector, type Inspector, type InspectorOptions, simulatorSource } from '../src/index.js';

export const chromiumPath = findChromium({ env: process.env });
export const hasChromium = chromiumPath !== undefined;

const keys = (
  JSON.parse(readFileSync(new URL('../../simulator/test/test-keys.json', import.meta.url), 'utf8')) as {
    keys: RsaJwk[];
  }
).keys;

export interface Served {
  readonly simulator: Simulator;
  readonly inspector: Inspector;
  readonly url: string;
  /** Sends a request as a client would, with the ELAN headers; answers status, headers and parsed body. */
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: unknown }>;
  close(): Promise<void>;
}

/** A simulator with the inspector on its own port, as `elan-kit serve` starts them. */
export async function serve(
  options: { modelVersion?: ModelVersion; inspector?: Partial<InspectorOptions> } = {},
): Promise<Served> {
  const modelVersion = options.modelVersion ?? '2.0';
  const simulator = createSimulator({
    modelVersion,
    attachmentProcessingMs: 0,
    keys: { issuer: keys[0], client: keys[1] },
  });
  const { url } = await simulator.listen();
  const inspector = createInspector({
    source: simulatorSource(simulator, { modelVersion }),
    innsender: simulator.client.orgnr,
    ...options.inspector,
  });
  simulator.mount(inspector.handler);
  const base = simulator.client.baseUrls.utleggsbegjaering;
  return {
    simulator,
    inspector,
    url,
    async send(method, path, body, headers = {}) {
      // A fresh token each time: tests move the virtual clock.
      const token = await simulator.admin.mintAccessToken();
      const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          klientid: simulator.client.clientId,
          korrelasjonsid: randomUUID(),
          meldingsid: randomUUID(),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {}
      return { status: response.status, headers: response.headers, body: parsed };
    },
    async close() {
      await inspector.close();
      await simulator.close();
    },
  };
}

/** One browser per test file, with a fresh profile. */
export async function launchBrowser(): Promise<BrowserContext> {
  const profile = `${process.env.TMPDIR ?? '/tmp'}/elan-kit-inspector-${randomUUID()}`;
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1400, height: 900 },
  });
}

const ARTIFACTS = new URL('../test-output/', import.meta.url);

/** Where screenshots go (gitignored). */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return new URL(name, ARTIFACTS).pathname;
}
