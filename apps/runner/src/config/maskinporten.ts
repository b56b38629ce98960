import { importMaskinportenKey, type MaskinportenSettings } from '@elan-kit/conformance';
import { CliError } from '../errors.js';
import { readKeyMaterial } from './secrets.js';
import type { ResolvedConfig } from './types.js';

/**
 * The vendor's Maskinporten client from config + env vars, with its key read from a file or env var.
 * Undefined when nothing is configured; an error when it is half configured.
 */
export async function resolveMaskinportenSettings(
  config: ResolvedConfig,
  env: Readonly<Record<string, string | undefined>>,
): Promise<MaskinportenSettings | undefined> {
  const mp = config.maskinporten;
  const keyInput = readKeyMaterial(mp, env);
  if (!mp.clientId && !keyInput) return undefined;
  if (!mp.clientId) {
    throw new CliError('ELAN_CONFIG_INVALID', 'A Maskinporten key is configured but no client id.', {
      hint: 'Set ELAN_KIT_CLIENT_ID or maskinporten.clientId in elan-kit.config.json.',
    });
  }
  if (!keyInput) {
    throw new CliError('ELAN_CONFIG_INVALID', `Maskinporten client ${mp.clientId} has no private key.`, {
      hint: 'Set ELAN_KIT_MASKINPORTEN_KEY (PEM or JWK) or ELAN_KIT_MASKINPORTEN_KEY_FILE; never pass keys as flags.',
    });
  }
  const key = await importMaskinportenKey({
    key: keyInput.key,
    ...(keyInput.certificatePem ? { certificatePem: keyInput.certificatePem } : {}),
    ...(keyInput.kid ? { kid: keyInput.kid } : {}),
  });
  return {
    clientId: mp.clientId,
    key,
    ...(mp.orgnr ? { orgnr: mp.orgnr } : {}),
    ...(mp.scope ? { scope: mp.scope } : {}),
    ...(mp.issuer ? { issuer: mp.issuer } : {}),
    ...(mp.tokenEndpoint ? { tokenEndpoint: mp.tokenEndpoint } : {}),
    ...(mp.consumerOrg ? { consumerOrg: mp.consumerOrg } : {}),
    ...(mp.systembruker ? { systembruker: mp.systembruker } : {}),
  };
}
