import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegisteredClient } from './client.js';
import { SimulatorError } from './errors.js';
import {
  generateSigningKey,
  privateJwk,
  type RsaJwk,
  type SigningKey,
  signingKeyFromJwk,
} from './maskinporten/keys.js';
import { writeFileInside } from './safe-fs/index.js';
import { makeDirectory } from './safe-fs/make-directory.js';

export const CLIENT_FILE = 'client.json';
export const ISSUER_KEY_FILE = 'maskinporten-key.json';

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SimulatorError('ELAN_SIMULATOR_STATE_DIR', `Cannot read ${path}.`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new SimulatorError('ELAN_SIMULATOR_STATE_DIR', `${path} is not valid JSON.`, {
      cause,
      hint: 'Delete the file to start with a fresh key.',
    });
  }
}

function keyFrom(value: unknown, path: string, pointer: string): SigningKey | undefined {
  if (value === undefined) return undefined;
  try {
    return signingKeyFromJwk(value as RsaJwk);
  } catch (cause) {
    throw new SimulatorError('ELAN_SIMULATOR_STATE_DIR', `${path}${pointer} is not a usable RSA private JWK.`, {
      cause,
      hint: 'Delete the file to start with a fresh key.',
    });
  }
}

export interface StoredKeys {
  readonly issuerKey: SigningKey;
  readonly clientKey: SigningKey;
  /** Kept from an earlier `client.json` so a vendor's configuration stays valid across restarts. */
  readonly clientId: string | undefined;
}

/** Loads the stand-in's key and the default client's key from the state folder, creating what is missing. */
export async function loadOrCreateKeys(
  stateDir: string | undefined,
  fixed: { readonly issuer?: RsaJwk; readonly client?: RsaJwk } = {},
): Promise<StoredKeys> {
  const fixedIssuer = keyFrom(fixed.issuer, 'options.keys', '.issuer');
  const fixedClient = keyFrom(fixed.client, 'options.keys', '.client');
  if (stateDir === undefined) {
    const [issuerKey, clientKey] = await Promise.all([
      fixedIssuer ?? generateSigningKey(),
      fixedClient ?? generateSigningKey(),
    ]);
    return { issuerKey, clientKey, clientId: undefined };
  }
  try {
    await makeDirectory(stateDir);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new SimulatorError('ELAN_SIMULATOR_STATE_DIR', `Cannot create the state folder ${stateDir} (${code}).`, {
      hint: 'Choose a folder you can write to (--state-dir DIR).',
      cause,
    });
  }
  const issuerPath = join(stateDir, ISSUER_KEY_FILE);
  const clientPath = join(stateDir, CLIENT_FILE);
  let issuerKey = fixedIssuer ?? keyFrom(await readJson(issuerPath), issuerPath, '');
  if (!issuerKey) {
    issuerKey = await generateSigningKey();
    await writeFileInside(stateDir, ISSUER_KEY_FILE, `${JSON.stringify(privateJwk(issuerKey), null, 2)}\n`, {
      mode: 0o600,
    });
  }
  const stored = (await readJson(clientPath)) as { privateJwk?: unknown; clientId?: unknown } | undefined;
  const clientKey =
    fixedClient ?? keyFrom(stored?.privateJwk, clientPath, '#/privateJwk') ?? (await generateSigningKey());
  const clientId = typeof stored?.clientId === 'string' && stored.clientId !== '' ? stored.clientId : undefined;
  return { issuerKey, clientKey, clientId };
}

export async function writeClientFile(stateDir: string, client: RegisteredClient): Promise<string> {
  const content = {
    clientId: client.clientId,
    orgnr: client.orgnr,
    scope: client.scope,
    privateJwk: client.privateJwk,
    privateKeyPem: client.privateKeyPem,
    kid: client.kid,
    tokenEndpoint: client.tokenEndpoint,
    audience: client.audience,
    baseUrls: client.baseUrls,
  };
  return writeFileInside(stateDir, CLIENT_FILE, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
}
