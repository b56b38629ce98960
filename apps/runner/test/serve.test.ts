import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { joseTokenSnippet } from '../src/commands/serve.js';
import { type BufferedOutput, bufferedOutput, ExitCode, runCli } from '../src/index.js';

const run = promisify(execFile);

interface Running {
  readonly output: BufferedOutput;
  readonly stop: () => void;
  readonly done: Promise<number>;
}

const running: Running[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.stop();
    await server.done;
  }
});

function startServe(args: string[], cwd: string): Running {
  const output = bufferedOutput();
  const controller = new AbortController();
  const done = runCli(['serve', ...args], {
    output,
    cwd,
    env: {},
    stdin: async () => Buffer.alloc(0),
    signal: controller.signal,
  });
  const server = { output, stop: () => controller.abort(new Error('test done')), done };
  running.push(server);
  return server;
}

async function waitFor(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !predicate(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!predicate()) throw new Error('timed out waiting for serve');
}

/** A folder where `import 'jose'` resolves, so the printed snippet runs as a vendor would run it. */
function snippetFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'elan-serve-snippet-'));
  let josePackage = createRequire(import.meta.url).resolve('jose');
  while (basename(josePackage) !== 'jose') josePackage = dirname(josePackage);
  mkdirSync(join(folder, 'node_modules'));
  symlinkSync(josePackage, join(folder, 'node_modules', 'jose'), 'dir');
  return folder;
}

describe('elan-kit serve', () => {
  it('writes client.json once listening; a ten-line jose client gets a token with it and calls validate', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-serve-'));
    const server = startServe(['--port', '0', '--state-dir', 'state', '--model', '2.0'], cwd);
    await waitFor(() => server.output.stdout().includes('listening'));
    const clientFile = join(cwd, 'state', 'client.json');
    const client = JSON.parse(readFileSync(clientFile, 'utf8'));
    expect(Object.keys(client)).toEqual([
      'clientId',
      'orgnr',
      'scope',
      'privateJwk',
      'privateKeyPem',
      'kid',
      'tokenEndpoint',
      'audience',
      'baseUrls',
    ]);
    expect(client.privateJwk.kid).toBe(client.kid);
    expect(client.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(Object.keys(client.baseUrls).sort()).toEqual([
      'betjeningskartet',
      'innsyn',
      'kommune',
      'status',
      'tenor',
      'utleggsbegjaering',
    ]);
    expect(client.baseUrls.utleggsbegjaering).toMatch(/\/api\/utleggsbegjaering\/v2$/);
    expect(server.output.stdout()).toContain(client.tokenEndpoint);
    expect(server.output.stdout()).toContain(joseTokenSnippet(clientFile).split('\n')[4]);

    const snippet = joseTokenSnippet(clientFile);
    expect(snippet.split('\n')).toHaveLength(10);
    const folder = snippetFolder();
    writeFileSync(join(folder, 'get-token.mjs'), snippet);
    const { stdout } = await run(process.execPath, [join(folder, 'get-token.mjs')], { cwd: folder });
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);

    const korrelasjonsid = randomUUID();
    const response = await fetch(`${client.baseUrls.utleggsbegjaering}/valider`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        klientid: client.clientId,
        korrelasjonsid,
        meldingsid: randomUUID(),
      },
      body: JSON.stringify({ innsenderReferanse: 'X' }),
    });
    expect([400, 422]).toContain(response.status);
    expect(((await response.json()) as { korrelasjonsid: string }).korrelasjonsid).toBe(korrelasjonsid);
    await waitFor(() => server.output.stdout().includes(korrelasjonsid));
    const line =
      server.output
        .stdout()
        .split('\n')
        .find((l) => l.includes(korrelasjonsid)) ?? '';
    expect(line).toMatch(
      new RegExp(`POST +/api/utleggsbegjaering/v2/valider ${response.status} [\\d.]+ ms ${korrelasjonsid}`),
    );

    server.stop();
    expect(await server.done).toBe(ExitCode.Pass);
    expect(server.output.stdout()).toContain('Stopping.');
    await expect(fetch(client.tokenEndpoint)).rejects.toThrow();
  });

  it('reuses the client key and id from the state folder on the next start', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-serve-'));
    const first = startServe(['--port', '0', '--state-dir', 'state'], cwd);
    await waitFor(() => first.output.stdout().includes('listening'));
    const before = JSON.parse(readFileSync(join(cwd, 'state', 'client.json'), 'utf8'));
    first.stop();
    await first.done;
    const second = startServe(['--port', '0', '--state-dir', 'state'], cwd);
    await waitFor(() => second.output.stdout().includes('listening'));
    const after = JSON.parse(readFileSync(join(cwd, 'state', 'client.json'), 'utf8'));
    expect(after.clientId).toBe(before.clientId);
    expect(after.privateJwk).toEqual(before.privateJwk);
    expect(after.tokenEndpoint).not.toBe(undefined);
  });

  it('exits 2 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const output = bufferedOutput();
      const code = await runCli(
        ['serve', '--port', String(port), '--state-dir', mkdtempSync(join(tmpdir(), 'elan-serve-'))],
        {
          output,
          cwd: process.cwd(),
          env: {},
          stdin: async () => Buffer.alloc(0),
          signal: new AbortController().signal,
        },
      );
      expect(code).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect(output.stderr()).toMatch(/--port/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses a bad port, seed or model with exit 2', async () => {
    for (const args of [
      ['--port', 'abc'],
      ['--seed', '1.5'],
      ['--model', '3.0'],
    ]) {
      const output = bufferedOutput();
      const code = await runCli(['serve', ...args], {
        output,
        cwd: process.cwd(),
        env: {},
        stdin: async () => Buffer.alloc(0),
        signal: new AbortController().signal,
      });
      expect(code).toBe(ExitCode.UsageOrSetup);
      expect(output.stderr()).toMatch(/elan-kit: /);
    }
  });

  it('documents itself under --help', async () => {
    const output = bufferedOutput();
    expect(
      await runCli(['serve', '--help'], {
        output,
        cwd: process.cwd(),
        env: {},
        stdin: async () => Buffer.alloc(0),
        signal: new AbortController().signal,
      }),
    ).toBe(ExitCode.Pass);
    expect(output.stdout()).toMatch(/Usage: elan-kit serve/);
    expect(output.stdout()).toMatch(/--state-dir DIR/);
    expect(output.stdout()).toMatch(/elan-kit serve --port 9000 --model 2.0/);
  });
});
