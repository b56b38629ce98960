import { describe, expect, it } from 'vitest';
import { describeBearerToken } from '../src/index.js';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = `${part({ alg: 'RS256' })}.${part({ iat: 1000, exp: 1120, scope: 'skatteetaten:utleggsbegjaering', consumer: { authority: 'iso6523-actorid-upis', ID: '0192:312345676' }, client_id: 'abc' })}.c2lnbmF0dXJl`;

describe('describeBearerToken', () => {
  it('describes a token by fingerprint and claims, without the token', () => {
    const described = describeBearerToken(`Bearer ${jwt}`);
    expect(described).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      iat: 1000,
      exp: 1120,
      consumer: '312345676',
      scope: 'skatteetaten:utleggsbegjaering',
      clientId: 'abc',
    });
    expect(JSON.stringify(described)).not.toContain(jwt.split('.')[1]);
    expect(describeBearerToken(`bearer ${jwt}`)?.fingerprint).toBe(described?.fingerprint);
    expect(describeBearerToken(`Bearer ${jwt}x`)?.fingerprint).not.toBe(described?.fingerprint);
  });

  it('tells opaque tokens apart too, and ignores what is not a bearer token', () => {
    expect(describeBearerToken('Bearer opaque-token')).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(describeBearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(describeBearerToken(undefined)).toBeUndefined();
  });
});
