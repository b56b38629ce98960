import { describe, expect, it } from 'vitest';
import { REDACTED, redactHeaders, redactText, redactUrl, redactValue } from '../src/index.js';

const JWS = 'eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6InNrYXR0ZWV0YXRlbiJ9.c2lnbmF0dXJlLWJ5dGVz';
const JWE =
  'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

describe('one redaction', () => {
  it('redacts every secret header, keeping the scheme of Authorization', () => {
    const headers = {
      Authorization: `Bearer ${JWS}`,
      'Proxy-Authorization': 'Basic dXNlcjpwYXNz',
      Cookie: 'session=abc',
      'Set-Cookie': 'session=abc; HttpOnly',
      'X-Api-Key': 'k-123',
      'X-Auth-Token': 'opaque-123',
      Apikey: 'k-456',
      Accept: 'application/json',
    };
    expect(redactHeaders(headers)).toEqual({
      Authorization: `Bearer ${REDACTED}`,
      'Proxy-Authorization': `Basic ${REDACTED}`,
      Cookie: REDACTED,
      'Set-Cookie': REDACTED,
      'X-Api-Key': REDACTED,
      'X-Auth-Token': REDACTED,
      Apikey: REDACTED,
      Accept: 'application/json',
    });
  });

  it('redacts secret body members in any case style, and the private members of a JWK', () => {
    const body = {
      client_secret: 's1',
      clientSecret: 's2',
      'Client-Secret': 's3',
      apiKey: 's4',
      accessToken: 's5',
      assertion: 's6',
      private_key: 's7',
      jwk: { kty: 'RSA', n: 'public-n', e: 'AQAB', d: 's8', p: 's9', q: 's10' },
      notAJwk: { d: 'plain', p: 'plain' },
      expires_in: 120,
    };
    const redacted = JSON.stringify(redactValue(body));
    for (let index = 1; index <= 10; index++) expect(redacted).not.toContain(`"s${index}"`);
    expect(redacted).toContain('"n":"public-n"');
    expect(redacted).toContain('"notAJwk":{"d":"plain","p":"plain"}');
    expect(redacted).toContain('"expires_in":120');
  });

  it('redacts secret query parameters, including an opaque ?token=', () => {
    const url = redactUrl('https://api.example/x?access_token=opaque1&token=opaque2&api_key=k&page=2#id_token=opaque3');
    expect(url).not.toMatch(/opaque|=k&/);
    expect(url).toContain('page=2');
    expect(url).toContain(`access_token=${REDACTED}`);
    expect(redactUrl('https://user:hunter2@api.example/')).not.toContain('hunter2');
  });

  it('redacts three-part JWS, five-part JWE and PEM blocks in free text', () => {
    const text = redactText(`signed ${JWS} sealed ${JWE} key ${PEM} end`);
    expect(text).toBe(`signed ${REDACTED} sealed ${REDACTED} key ${REDACTED} end`);
  });

  it('redacts secrets in serialised JSON, forms and header lines inside text', () => {
    const text = redactText(
      '{"clientSecret":"x1","name":"ok"} grant_type=jwt&client_assertion=x2&scope=a\nX-Auth-Token: x3\nAccept: y',
    );
    expect(text).not.toMatch(/x1|x2|x3/);
    expect(text).toContain('"name":"ok"');
    expect(text).toContain('scope=a');
    expect(text).toContain('Accept: y');
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'Basic authentication is not used; the token endpoint answered 200.';
    expect(redactText(prose)).toBe(prose);
  });

  it('bounds the depth it copies', () => {
    let deep: unknown = 'leaf';
    for (let index = 0; index < 5000; index++) deep = { a: deep };
    expect(() => redactValue(deep)).not.toThrow();
  });
});
