import type { Finding } from '@elan-kit/schemas';
import type { JWTPayload } from 'jose';

export interface ClaimExpectations {
  /** The organisation the token must name as `consumer`. */
  readonly consumerOrgnr?: string;
  readonly scope: string;
  /** Maskinporten's issuer (the token's `iss`). */
  readonly issuer?: string;
  readonly systembrukerCustomerOrgnr?: string;
}

const ICD_NORWAY = '0192';

function orgOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  // Skatteetaten's samples spell it `ID`, Altinn's `id`: accept both (maskinporten doc §1.5).
  const id = record['ID'] ?? record['id'];
  if (typeof id !== 'string') return undefined;
  const parts = id.split(':');
  return parts.length >= 2 ? parts[parts.length - 1] : id;
}

/** The claims of a Maskinporten access token checked against what the ELAN APIs need (maskinporten doc §1.8, §1.9). */
export function checkTokenClaims(claims: JWTPayload, expected: ClaimExpectations): Finding[] {
  const findings: Finding[] = [];
  const reference = 'Maskinporten: access token (docs.digdir.no maskinporten_protocol_token)';
  const consumer = orgOf(claims['consumer']);
  if (!consumer) {
    findings.push({ code: 'TOKEN_CONSUMER_MISSING', message: 'The token has no consumer claim.', reference });
  } else if (expected.consumerOrgnr && consumer !== expected.consumerOrgnr) {
    findings.push({
      code: 'TOKEN_CONSUMER_MISMATCH',
      message: `The token is issued for organisation ${consumer}, not ${expected.consumerOrgnr}.`,
      expected: `${ICD_NORWAY}:${expected.consumerOrgnr}`,
      actual: claims['consumer'],
      reference,
    });
  }
  const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ') : [];
  if (!scopes.includes(expected.scope)) {
    findings.push({
      code: 'TOKEN_SCOPE_MISSING',
      message: `The token does not carry the scope ${expected.scope}.`,
      expected: expected.scope,
      actual: claims['scope'],
      reference,
    });
  }
  if (claims.aud === undefined) {
    findings.push({
      code: 'TOKEN_AUD_ABSENT',
      severity: 'info',
      message: 'The token has no aud claim; Maskinporten says it may be omitted in future, so this is accepted.',
      reference,
    });
  } else if (claims.aud !== 'unspecified') {
    findings.push({
      code: 'TOKEN_AUD_NOT_UNSPECIFIED',
      message:
        'The token is audience-restricted; Skatteetaten expects aud "unspecified" (do not send `resource` in the grant).',
      expected: 'unspecified',
      actual: claims.aud,
      reference: 'Skatteetaten api-dokumentasjon docs/om/sikkerhet.md',
    });
  }
  if (expected.issuer && claims.iss !== expected.issuer) {
    findings.push({
      code: 'TOKEN_ISSUER_MISMATCH',
      message: `The token was issued by ${String(claims.iss)}, not ${expected.issuer}.`,
      expected: expected.issuer,
      actual: claims.iss,
      reference,
    });
  }
  if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp <= claims.iat) {
    findings.push({
      code: 'TOKEN_LIFETIME_INVALID',
      message: 'The token has no valid iat/exp pair.',
      actual: { iat: claims.iat, exp: claims.exp },
      reference,
    });
  }
  if (expected.systembrukerCustomerOrgnr) {
    const details = Array.isArray(claims['authorization_details']) ? claims['authorization_details'] : [];
    const systemuser = details.find(
      (item): item is Record<string, unknown> =>
        item !== null &&
        typeof item === 'object' &&
        (item as Record<string, unknown>)['type'] === 'urn:altinn:systemuser',
    );
    const customer = orgOf(systemuser?.['systemuser_org']);
    if (!systemuser) {
      findings.push({
        code: 'TOKEN_SYSTEMBRUKER_MISSING',
        message: 'A system-user token was requested but the token has no urn:altinn:systemuser authorization_details.',
        reference: 'Maskinporten: systembruker (maskinporten_func_systembruker)',
      });
    } else if (customer !== expected.systembrukerCustomerOrgnr) {
      findings.push({
        code: 'TOKEN_SYSTEMBRUKER_MISMATCH',
        message: `The system user acts for ${String(customer)}, not ${expected.systembrukerCustomerOrgnr}.`,
        expected: `${ICD_NORWAY}:${expected.systembrukerCustomerOrgnr}`,
        actual: systemuser['systemuser_org'],
        reference: 'Maskinporten: systembruker (maskinporten_func_systembruker)',
      });
    }
  }
  return findings;
}

/** The claims worth showing a user, without anything secret (a token carries none, but keep it tidy). */
export function displayClaims(claims: JWTPayload): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const key of [
    'iss',
    'client_id',
    'client_amr',
    'consumer',
    'supplier',
    'scope',
    'aud',
    'iat',
    'exp',
    'jti',
    'token_type',
    'delegation_source',
    'authorization_details',
  ]) {
    if (claims[key] !== undefined) shown[key] = claims[key];
  }
  return shown;
}
