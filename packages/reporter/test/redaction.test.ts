import { type RunResult, redactText } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderJson, renderJunit, renderMarkdown, renderReport, summaryTable } from '../src/index.js';
import { progressReporter } from '../src/lifecycle/progress-reporter.js';
import { exchange, loadSample, withCheck } from './helpers.js';

const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3Qta2V5In0.eyJpc3MiOiJ0ZXN0LWNsaWVudCIsImF1ZCI6Im1hc2tpbnBvcnRlbiJ9.c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtbGVhaw';
const KEY_MATERIAL = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';
const PEM = `-----BEGIN PRIVATE KEY-----\n${KEY_MATERIAL}\nMzEfYyjiWA4R4M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n-----END PRIVATE KEY-----`;
const OPAQUE_TOKEN = 'opaque-access-token-7Hq2Zr9Lm4Xw';
const FORM_ASSERTION = 'not-a-jwt-but-still-secret-5521';
const CLIENT_SECRET = 'client-secret-value-8812';
const JWK_D = 'jwk-private-exponent-d-value-Qm9';
const JWK_P = 'jwk-private-prime-p-value-Zx1';
const COOKIE = 'session=cookie-secret-value-4410';
const BASIC = 'dXNlcjpwYXNzd29yZC10aGF0LWxlYWtz';

const SECRETS = [
  JWT,
  'c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtbGVhaw',
  KEY_MATERIAL,
  'BEGIN PRIVATE KEY',
  OPAQUE_TOKEN,
  FORM_ASSERTION,
  CLIENT_SECRET,
  JWK_D,
  JWK_P,
  'cookie-secret-value',
  BASIC,
];

/** A run that used every kind of secret, in every place a RunResult can carry text. */
function runWithSecrets(): RunResult {
  const sample = loadSample();
  const withToken = withCheck(sample, 'auth-maskinporten-token', (check) => ({
    ...check,
    evidence: [
      exchange({
        id: 'ex-token',
        url: `http://127.0.0.1:43117/maskinporten/token?access_token=${OPAQUE_TOKEN}`,
        request: {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: COOKIE },
          body: `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${JWT}&assertion=${FORM_ASSERTION}&client_secret=${CLIENT_SECRET}`,
        },
        response: {
          headers: { 'Content-Type': 'application/json', 'Set-Cookie': COOKIE },
          body: { access_token: OPAQUE_TOKEN, token_type: 'Bearer', expires_in: 119, id_token: JWT },
        },
      }),
      exchange({
        id: 'ex-api',
        request: {
          headers: { authorization: `Bearer ${JWT}`, 'Proxy-Authorization': `Basic ${BASIC}`, Korrelasjonsid: 'k-1' },
          body: {
            note: `signed with ${JWT}`,
            jwks: { keys: [{ kty: 'RSA', n: 'public-modulus', e: 'AQAB', d: JWK_D, p: JWK_P }] },
          },
        },
        response: {
          headers: {},
          body: `{"access_token":"${OPAQUE_TOKEN}","jwk":{"kty":"EC","d":"${JWK_D}"}}\nAuthorization: Bearer ${OPAQUE_TOKEN}`,
        },
        note: `retried with Authorization: Basic ${BASIC}`,
        error: `upstream echoed ${JWT}`,
      }),
    ],
    findings: [
      {
        code: 'KEY_IN_LOG',
        message: `The private key was logged: ${PEM}`,
        expected: 'no key',
        actual: { privateKey: PEM, client_assertion: JWT, assertion: FORM_ASSERTION },
      },
      { code: 'TOKEN_IN_MESSAGE', message: `Token ${JWT} leaked; header was "Bearer ${OPAQUE_TOKEN}"` },
    ],
  }));
  return {
    ...withToken,
    notes: [`A note quoting client_assertion=${FORM_ASSERTION}`, `and a key ${PEM}`],
    target: { ...withToken.target, tokenEndpoint: `http://127.0.0.1:43117/token?client_secret=${CLIENT_SECRET}` },
  };
}

function expectNoSecrets(label: string, text: string): void {
  for (const secret of SECRETS) expect(text.includes(secret), `${label} contains ${secret.slice(0, 24)}`).toBe(false);
}

describe('redaction', () => {
  const run = runWithSecrets();

  it('keeps every secret out of HTML, Markdown, JUnit and JSON', async () => {
    const files = await renderReport(run, { formats: 'html,md,junit,json' });
    expect(files).toHaveLength(4);
    for (const file of files) expectNoSecrets(file.name, String(file.contents));
    expectNoSecrets('html en', renderHtml(run, { lang: 'en' }));
    expectNoSecrets('md with comparison', renderMarkdown(run, { compareWith: run }));
    expectNoSecrets('junit with comparison', renderJunit(run, { compareWith: run }));
  });

  it('keeps secrets out of the live progress lines and the summary table', () => {
    const lines: string[] = [];
    const reporter = progressReporter({ err: (text) => lines.push(text), interactive: false });
    const check = run.checks.find((candidate) => candidate.id === 'auth-maskinporten-token');
    if (!check) throw new Error('missing check');
    reporter.onRunStart?.({ runId: run.run.id, target: run.target, modelVersion: '2.0', checks: run.checks });
    reporter.onCheckEnd?.(check, { ...check, status: 'fail' });
    expectNoSecrets('progress', lines.join('\n'));
    expectNoSecrets('summary', summaryTable(withCheck(run, check.id, (c) => ({ ...c, status: 'fail' }))));
  });

  it('replaces secrets with [REDACTED] and keeps what is not secret', () => {
    const json = JSON.parse(renderJson(run)) as RunResult;
    const [token, api] = json.checks.find((check) => check.id === 'auth-maskinporten-token')?.evidence ?? [];
    expect(token?.request.headers['Cookie']).toBe('[REDACTED]');
    expect(token?.response?.body).toEqual({
      access_token: '[REDACTED]',
      token_type: 'Bearer',
      expires_in: 119,
      id_token: '[REDACTED]',
    });
    expect(token?.request.body).toContain(
      'client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer',
    );
    expect(token?.request.body).toContain('&client_assertion=[REDACTED]&assertion=[REDACTED]&client_secret=[REDACTED]');
    expect(api?.request.headers).toEqual({
      authorization: '[REDACTED]',
      'Proxy-Authorization': '[REDACTED]',
      Korrelasjonsid: 'k-1',
    });
    expect(api?.request.body).toEqual({
      note: 'signed with [REDACTED]',
      jwks: { keys: [{ kty: 'RSA', n: 'public-modulus', e: 'AQAB', d: '[REDACTED]', p: '[REDACTED]' }] },
    });
    expect(json.contract.hash).toBe(run.contract.hash);
    expect(json.checks.map((check) => check.id)).toEqual(run.checks.map((check) => check.id));
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'Basic authentication is not used; the Bearer scheme is. Kravbeløp 1 234,56; assertion of fact.';
    expect(redactText(prose)).toBe(prose);
  });
});
