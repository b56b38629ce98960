import { createPrivateKey, createPublicKey, type JsonWebKey, X509Certificate } from 'node:crypto';
import { importJWK, importPKCS8, type JWK } from 'jose';
import { ConformanceError } from '../errors.js';

/** Maskinporten accepts RS256/RS384/RS512 grants; the kit signs with RS256. */
export const GRANT_ALGORITHM = 'RS256';

/** The key type jose signs with (a WebCrypto CryptoKey). */
export type GrantSigningKey = Awaited<ReturnType<typeof importPKCS8>>;

export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly validFrom: string;
  readonly validTo: string;
  /** True when the certificate's public key belongs to the private key. */
  readonly matchesPrivateKey: boolean;
}

/**
 * Key material for signing grants. Built from env vars or files by the runner, never from flags.
 * `toJSON` keeps it out of any serialized output.
 */
export interface MaskinportenKey {
  readonly privateKey: GrantSigningKey;
  /** Exactly one route: `kid` (a key registered on the client) or `x5c` (a business certificate chain). */
  readonly kid?: string;
  readonly x5c?: readonly string[];
  readonly certificate?: CertificateInfo;
  readonly modulusBits?: number;
  toJSON(): string;
}

export interface KeyInput {
  /** PEM (PKCS#8 or PKCS#1) or a JWK as JSON text. */
  readonly key: string;
  /** PEM certificate chain, leaf first: the grant then carries `x5c` instead of `kid`. */
  readonly certificatePem?: string;
  /** Key id registered on the client; taken from the JWK when absent. */
  readonly kid?: string;
}

function keyError(message: string, cause?: unknown): ConformanceError {
  return new ConformanceError('ELAN_MASKINPORTEN_KEY_INVALID', message, {
    hint: 'Set ELAN_KIT_MASKINPORTEN_KEY (PEM or JWK) or ELAN_KIT_MASKINPORTEN_KEY_FILE to the client’s private RSA key.',
    ...(cause === undefined ? {} : { cause }),
  });
}

function pemBlocks(pem: string, label: string): string[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return [...pem.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/\s+/g, ''));
}

export async function importMaskinportenKey(input: KeyInput): Promise<MaskinportenKey> {
  const text = input.key.trim();
  let privateKey: GrantSigningKey;
  let kid = input.kid;
  let keyObject: ReturnType<typeof createPrivateKey>;
  try {
    if (text.startsWith('{')) {
      const jwk = JSON.parse(text) as JWK;
      if (jwk.kty !== 'RSA' || typeof jwk.d !== 'string') throw keyError('The JWK is not an RSA private key.');
      kid ??= jwk.kid;
      privateKey = (await importJWK(jwk, GRANT_ALGORITHM)) as GrantSigningKey;
      keyObject = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
    } else {
      keyObject = createPrivateKey(text);
      if (keyObject.asymmetricKeyType !== 'rsa') throw keyError('The PEM key is not an RSA private key.');
      const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
      privateKey = await importPKCS8(pkcs8, GRANT_ALGORITHM);
    }
  } catch (error) {
    if (error instanceof ConformanceError) throw error;
    throw keyError('The Maskinporten private key could not be read (expected PEM or an RSA JWK).', error);
  }
  const modulusBits = keyObject.asymmetricKeyDetails?.modulusLength;
  let x5c: string[] | undefined;
  let certificate: CertificateInfo | undefined;
  if (input.certificatePem) {
    x5c = pemBlocks(input.certificatePem, 'CERTIFICATE');
    if (x5c.length === 0) throw keyError('The certificate file holds no PEM certificate.');
    try {
      const leaf = new X509Certificate(Buffer.from(x5c[0] ?? '', 'base64'));
      certificate = {
        subject: leaf.subject,
        issuer: leaf.issuer,
        serialNumber: leaf.serialNumber,
        validFrom: new Date(leaf.validFrom).toISOString(),
        validTo: new Date(leaf.validTo).toISOString(),
        matchesPrivateKey: leaf.publicKey.equals(createPublicKey(keyObject)),
      };
    } catch (error) {
      throw keyError('The certificate could not be parsed.', error);
    }
  }
  if (!x5c && !kid) {
    throw new ConformanceError(
      'ELAN_MASKINPORTEN_CONFIG',
      'A grant needs either a key id (kid) or a certificate (x5c).',
      {
        hint: 'Set maskinporten.kid in the config (or a "kid" in the JWK), or ELAN_KIT_MASKINPORTEN_CERT_FILE.',
      },
    );
  }
  return Object.freeze({
    privateKey,
    ...(x5c ? { x5c } : { kid }),
    ...(certificate ? { certificate } : {}),
    ...(modulusBits ? { modulusBits } : {}),
    toJSON: () => '<maskinporten key: redacted>',
  }) as MaskinportenKey;
}
