import { createPrivateKey, createPublicKey, generateKeyPair, type KeyObject, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { SimulatorError } from '../errors.js';

const generateKeyPairAsync = promisify(generateKeyPair);

export interface RsaJwk {
  readonly kty: 'RSA';
  readonly kid: string;
  readonly n: string;
  readonly e: string;
  readonly alg?: string;
  readonly use?: string;
  readonly d?: string;
  readonly p?: string;
  readonly q?: string;
  readonly dp?: string;
  readonly dq?: string;
  readonly qi?: string;
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** A fresh RSA-2048 key pair; generated off the event loop. */
export async function generateSigningKey(kid: string = randomUUID()): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export function signingKeyFromJwk(jwk: RsaJwk): SigningKey {
  if (jwk?.kty !== 'RSA' || typeof jwk.kid !== 'string' || jwk.kid === '') {
    throw new SimulatorError('ELAN_SIMULATOR_OPTIONS_INVALID', 'An RSA private JWK with a "kid" is needed.');
  }
  const privateKey = createPrivateKey({ key: jwk as unknown as import('node:crypto').JsonWebKey, format: 'jwk' });
  return { kid: jwk.kid, privateKey, publicKey: createPublicKey(privateKey) };
}

export function publicKeyFromJwk(jwk: Readonly<Record<string, unknown>>): KeyObject {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = jwk;
  return createPublicKey({ key: publicPart as import('node:crypto').JsonWebKey, format: 'jwk' });
}

export function publicJwk(key: SigningKey, alg = 'RS256'): RsaJwk {
  const jwk = key.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kty: 'RSA', kid: key.kid, alg, use: 'sig', n: jwk.n, e: jwk.e };
}

export function privateJwk(key: SigningKey, alg = 'RS256'): RsaJwk {
  const jwk = key.privateKey.export({ format: 'jwk' }) as Omit<RsaJwk, 'kty' | 'kid'>;
  return { kty: 'RSA', kid: key.kid, alg, use: 'sig', ...jwk } as RsaJwk;
}

export function privateKeyPem(key: SigningKey): string {
  return key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}
