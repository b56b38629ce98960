import { readFileSync } from 'node:fs';
import { CliError } from '../errors.js';
import type { ResolvedMaskinporten } from './types.js';

/** Key material as the conformance package takes it. Read here because the runner is the edge that opens files. */
export interface KeyMaterialInput {
  readonly key: string;
  readonly certificatePem?: string;
  readonly kid?: string;
  /** Where the key came from, for messages (never the key itself). */
  readonly source: string;
}

function readSecretFile(path: string, what: string, envName: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CliError('ELAN_INPUT_UNREADABLE', `Cannot read the ${what} at ${path}.`, {
      hint: `Check ${envName} or the path in the config file.`,
      cause,
    });
  }
}

/**
 * The Maskinporten private key from ELAN_KIT_MASKINPORTEN_KEY (PEM or JWK) or a key file, and the certificate
 * chain from a file. Never from flags. Returns undefined when nothing is configured.
 */
export function readKeyMaterial(
  maskinporten: ResolvedMaskinporten,
  env: Readonly<Record<string, string | undefined>>,
): KeyMaterialInput | undefined {
  const inline = env['ELAN_KIT_MASKINPORTEN_KEY']?.trim();
  let key: string | undefined;
  let source: string | undefined;
  if (inline) {
    key = inline;
    source = 'ELAN_KIT_MASKINPORTEN_KEY';
  } else if (maskinporten.keyFile) {
    key = readSecretFile(maskinporten.keyFile, 'Maskinporten key', 'ELAN_KIT_MASKINPORTEN_KEY_FILE');
    source = maskinporten.keyFile;
  }
  if (!key || !source) return undefined;
  const certificatePem = maskinporten.certificateFile
    ? readSecretFile(maskinporten.certificateFile, 'certificate', 'ELAN_KIT_MASKINPORTEN_CERT_FILE')
    : undefined;
  return {
    key,
    source,
    ...(certificatePem ? { certificatePem } : {}),
    ...(maskinporten.kid ? { kid: maskinporten.kid } : {}),
  };
}
