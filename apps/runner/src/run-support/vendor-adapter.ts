import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseAdapterOutput, type ScenarioCard, type VendorAdapter, VendorAdapterError } from '@elan-kit/conformance';

const DEFAULT_TIMEOUT_SECONDS = 300;
/** The end of an adapter's stderr that an error message quotes. */
const STDERR_TAIL_CHARS = 600;

export type AdapterConfig =
  | { kind: 'module'; path: string; timeoutSeconds?: number }
  | { kind: 'command'; command: string; timeoutSeconds?: number }
  | { kind: 'http'; url: string; timeoutSeconds?: number };

function timedOut(card: ScenarioCard, seconds: number, what: string): VendorAdapterError {
  return new VendorAdapterError(
    card.id,
    { en: `${what} did not answer in time.`, nb: `${what} svarte ikke i tide.` },
    `no answer after ${seconds} s`,
    `an answer within ${seconds} s (vendorTarget.adapter.timeoutSeconds)`,
  );
}

function withTimeout(signal: AbortSignal, seconds: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(seconds * 1000)]);
}

/** A module whose default export is `async (card) => answer`; loaded once. */
function moduleAdapter(path: string, timeoutSeconds: number): VendorAdapter {
  let loaded: Promise<(card: ScenarioCard) => unknown> | undefined;
  return async (card, signal) => {
    loaded ??= import(pathToFileURL(path).href).then(
      (module: { default?: unknown }) => {
        if (typeof module.default === 'function') return module.default as (card: ScenarioCard) => unknown;
        throw new VendorAdapterError(
          card.id,
          {
            en: 'the adapter module has no default-exported function.',
            nb: 'adaptermodulen eksporterer ingen funksjon som default.',
          },
          `default export of type ${typeof module.default}`,
          'export default async function (card) { … }',
        );
      },
      (cause: unknown) => {
        throw new VendorAdapterError(
          card.id,
          { en: 'the adapter module could not be loaded.', nb: 'adaptermodulen kunne ikke lastes.' },
          `${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
          'an ES module at vendorTarget.adapter.module',
          { cause },
        );
      },
    );
    const run = await loaded;
    const stop = withTimeout(signal, timeoutSeconds);
    return Promise.race([
      Promise.resolve(run(card)),
      new Promise<never>((_, reject) =>
        stop.addEventListener(
          'abort',
          () => reject(signal.aborted ? signal.reason : timedOut(card, timeoutSeconds, `The module ${path}`)),
          { once: true },
        ),
      ),
    ]);
  };
}

/** The first word of a shell command, when it names a file (./adapter.sh, bin/x): checked before starting. */
async function checkExecutable(command: string, cwd: string, card: ScenarioCard): Promise<void> {
  const first = command.trim().split(/\s+/)[0] ?? '';
  if (!first.includes('/')) return;
  const file = first.startsWith('/') ? first : `${cwd}/${first}`;
  try {
    await access(file, constants.F_OK);
  } catch {
    throw new VendorAdapterError(
      card.id,
      { en: 'the adapter command was not found.', nb: 'adapterkommandoen ble ikke funnet.' },
      `${file} does not exist`,
      'an existing program (vendorTarget.adapter.command is run in the config file’s folder)',
    );
  }
  try {
    await access(file, constants.X_OK);
  } catch {
    throw new VendorAdapterError(
      card.id,
      { en: 'the adapter command is not executable.', nb: 'adapterkommandoen er ikke kjørbar.' },
      `${file} without execute permission`,
      `an executable file (chmod +x ${first}) or a command such as "python3 ${first}"`,
    );
  }
}

/** A shell command, one process per scenario: the card on stdin, the answer (JSON) on stdout. */
function commandAdapter(
  command: string,
  cwd: string,
  timeoutSeconds: number,
  env: NodeJS.ProcessEnv,
  log: (text: string) => void,
): VendorAdapter {
  return async (card, signal) => {
    await checkExecutable(command, cwd, card);
    return new Promise((resolve, reject) => {
      const stop = withTimeout(signal, timeoutSeconds);
      const child = spawn(command, {
        cwd,
        shell: true,
        env: { ...env, ELAN_KIT_SCENARIO: card.id },
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: stop,
      });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        stderr = (stderr + text).slice(-STDERR_TAIL_CHARS);
        for (const line of text.split('\n')) if (line.trim()) log(`  │ ${line}`);
      });
      child.stdin.on('error', () => {});
      child.on('error', (error) => {
        if (signal.aborted) reject(signal.reason);
        else if (stop.aborted) reject(timedOut(card, timeoutSeconds, `"${command}"`));
        else
          reject(
            new VendorAdapterError(
              card.id,
              { en: 'the adapter command could not be started.', nb: 'adapterkommandoen kunne ikke startes.' },
              error.message,
              'a command the shell can run',
            ),
          );
      });
      child.on('close', (code) => {
        if (stop.aborted) return;
        if (code === 127 || code === 126) {
          reject(
            new VendorAdapterError(
              card.id,
              code === 127
                ? { en: 'the adapter command was not found.', nb: 'adapterkommandoen ble ikke funnet.' }
                : { en: 'the adapter command is not executable.', nb: 'adapterkommandoen er ikke kjørbar.' },
              `exit code ${code}: ${stderr.trim() || '(no output on stderr)'}`,
              'a command the shell can find and run',
            ),
          );
          return;
        }
        if (code !== 0) {
          reject(
            new VendorAdapterError(
              card.id,
              { en: 'the adapter command failed.', nb: 'adapterkommandoen feilet.' },
              `exit code ${code}: ${stderr.trim() || '(no output on stderr)'}`,
              'exit code 0, and the answer (or nothing) on stdout',
            ),
          );
          return;
        }
        try {
          resolve(parseAdapterOutput(Buffer.concat(out).toString('utf8'), card, `The output of "${command}"`));
        } catch (error) {
          reject(error);
        }
      });
      child.stdin.end(JSON.stringify(card));
    });
  };
}

/** A running system's HTTP endpoint: the card is POSTed as JSON, the answer is the response body. */
function httpAdapter(url: string, timeoutSeconds: number): VendorAdapter {
  return async (card, signal) => {
    const stop = withTimeout(signal, timeoutSeconds);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(card),
        signal: stop,
      });
    } catch (cause) {
      if (signal.aborted) throw signal.reason;
      if (stop.aborted) throw timedOut(card, timeoutSeconds, url);
      const reason = (cause as { cause?: { code?: string; message?: string } }).cause;
      throw new VendorAdapterError(
        card.id,
        { en: 'the adapter URL could not be reached.', nb: 'adapter-URL-en kunne ikke nås.' },
        `${url}: ${reason?.code ?? reason?.message ?? (cause instanceof Error ? cause.message : String(cause))}`,
        'a running system that accepts POST with the scenario card at vendorTarget.adapter.url',
        { cause },
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      if (stop.aborted && !signal.aborted) throw timedOut(card, timeoutSeconds, url);
      throw cause;
    }
    if (!response.ok) {
      throw new VendorAdapterError(
        card.id,
        { en: `the adapter URL answered ${response.status}.`, nb: `adapter-URL-en svarte ${response.status}.` },
        `${response.status} ${text.slice(0, 200)}`,
        '2xx with the answer (JSON) or no body',
      );
    }
    return parseAdapterOutput(text, card, `The answer from ${url}`);
  };
}

export function createVendorAdapter(
  adapter: AdapterConfig,
  options: { cwd: string; env: NodeJS.ProcessEnv; log?: (text: string) => void },
): VendorAdapter {
  const timeout = adapter.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  switch (adapter.kind) {
    case 'module':
      return moduleAdapter(adapter.path, timeout);
    case 'command':
      return commandAdapter(adapter.command, options.cwd, timeout, options.env, options.log ?? (() => {}));
    case 'http':
      return httpAdapter(adapter.url, timeout);
  }
}
