import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { type AdapterResult, ConformanceError, type ScenarioCard, type VendorAdapter } from '@elan-kit/conformance';
import { CliError } from '../errors.js';

const DEFAULT_TIMEOUT_SECONDS = 300;

function parseResult(value: unknown, what: string): AdapterResult | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConformanceError(
      'ELAN_VENDOR_ADAPTER_FAILED',
      `${what} must return an object like {"kontrollutslag": ["KODE"]}.`,
    );
  }
  const record = value as Record<string, unknown>;
  const list = record['kontrollutslag'];
  if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
    throw new ConformanceError('ELAN_VENDOR_ADAPTER_FAILED', `${what}: "kontrollutslag" must be a list of codes.`);
  }
  return {
    ...(Array.isArray(list) ? { kontrollutslag: list as string[] } : {}),
    ...(typeof record['note'] === 'string' ? { note: record['note'] } : {}),
  };
}

/** A module whose default export is `async (scenario) => result`; loaded once. */
function moduleAdapter(path: string, timeoutSeconds: number): VendorAdapter {
  let loaded: Promise<(card: ScenarioCard) => unknown> | undefined;
  return async (card, signal) => {
    loaded ??= import(pathToFileURL(path).href).then((module: { default?: unknown }) => {
      if (typeof module.default !== 'function') {
        throw new CliError('ELAN_CONFIG_INVALID', `The vendor adapter ${path} has no default-exported function.`);
      }
      return module.default as (card: ScenarioCard) => unknown;
    });
    const run = await loaded;
    const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
    const stop = AbortSignal.any([signal, timeout]);
    const result = await Promise.race([
      Promise.resolve(run(card)),
      new Promise<never>((_, reject) =>
        stop.addEventListener(
          'abort',
          () =>
            reject(
              new ConformanceError(
                'ELAN_VENDOR_ADAPTER_FAILED',
                `The adapter ${path} timed out after ${timeoutSeconds} s.`,
              ),
            ),
          { once: true },
        ),
      ),
    ]);
    return parseResult(result, `The adapter ${path}`);
  };
}

/** A shell command: the scenario arrives as JSON on stdin; a JSON result may come back on stdout. */
function commandAdapter(command: string, cwd: string, timeoutSeconds: number, env: NodeJS.ProcessEnv): VendorAdapter {
  return (card, signal) =>
    new Promise((resolve, reject) => {
      const child = spawn(command, {
        cwd,
        shell: true,
        env: { ...env, ELAN_KIT_SCENARIO: card.id },
        stdio: ['pipe', 'pipe', 'inherit'],
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutSeconds * 1000)]),
      });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', (error) =>
        reject(
          new ConformanceError('ELAN_VENDOR_ADAPTER_FAILED', `"${command}" failed: ${error.message}`, { cause: error }),
        ),
      );
      child.on('close', (code) => {
        if (code !== 0) {
          reject(
            new ConformanceError(
              'ELAN_VENDOR_ADAPTER_FAILED',
              `"${command}" exited with ${code} for scenario ${card.id}.`,
            ),
          );
          return;
        }
        const text = Buffer.concat(chunks).toString('utf8').trim();
        try {
          resolve(text ? parseResult(JSON.parse(text), `"${command}"`) : undefined);
        } catch (error) {
          reject(
            error instanceof ConformanceError
              ? error
              : new ConformanceError('ELAN_VENDOR_ADAPTER_FAILED', `"${command}" did not print JSON.`, {
                  cause: error,
                }),
          );
        }
      });
      child.stdin.end(JSON.stringify(card));
    });
}

export function createVendorAdapter(
  adapter:
    | { kind: 'module'; path: string; timeoutSeconds?: number }
    | { kind: 'command'; command: string; timeoutSeconds?: number },
  options: { cwd: string; env: NodeJS.ProcessEnv },
): VendorAdapter {
  const timeout = adapter.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  return adapter.kind === 'module'
    ? moduleAdapter(adapter.path, timeout)
    : commandAdapter(adapter.command, options.cwd, timeout, options.env);
}
