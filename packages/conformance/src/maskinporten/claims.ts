import type { JWTPayload } from 'jose';
import { type BilingualFinding, finding } from '../engine/finding.js';

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
export function checkTokenClaims(claims: JWTPayload, expected: ClaimExpectations): BilingualFinding[] {
  const findings: BilingualFinding[] = [];
  const reference = 'Maskinporten: access token (docs.digdir.no maskinporten_protocol_token)';
  const consumer = orgOf(claims['consumer']);
  if (!consumer) {
    findings.push(
      finding(
        'TOKEN_CONSUMER_MISSING',
        { en: 'The token has no consumer claim.', nb: 'Tilgangstokenet mangler claimet consumer.' },
        { reference },
      ),
    );
  } else if (expected.consumerOrgnr && consumer !== expected.consumerOrgnr) {
    findings.push(
      finding(
        'TOKEN_CONSUMER_MISMATCH',
        {
          en: `The token is issued for organisation ${consumer}, not ${expected.consumerOrgnr}.`,
          nb: `Tilgangstokenet er utstedt for organisasjon ${consumer}, ikke ${expected.consumerOrgnr}.`,
        },
        { expected: `${ICD_NORWAY}:${expected.consumerOrgnr}`, actual: claims['consumer'], reference },
      ),
    );
  }
  const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ') : [];
  if (!scopes.includes(expected.scope)) {
    findings.push(
      finding(
        'TOKEN_SCOPE_MISSING',
        {
          en: `The token does not carry the scope ${expected.scope}.`,
          nb: `Tilgangstokenet har ikke scopet ${expected.scope}.`,
        },
        { expected: expected.scope, actual: claims['scope'], reference },
      ),
    );
  }
  if (claims.aud === undefined) {
    findings.push(
      finding(
        'TOKEN_AUD_ABSENT',
        {
          en: 'The token has no aud claim; Maskinporten says it may be omitted in future, so this is accepted.',
          nb: 'Tilgangstokenet har ikke claimet aud; Maskinporten sier det kan bli utelatt i framtiden, så dette godtas.',
        },
        { severity: 'info', reference },
      ),
    );
  } else if (claims.aud !== 'unspecified') {
    findings.push(
      finding(
        'TOKEN_AUD_NOT_UNSPECIFIED',
        {
          en: 'The token is audience-restricted; Skatteetaten expects aud "unspecified" (do not send `resource` in the grant).',
          nb: 'Tilgangstokenet er begrenset til en bestemt mottaker; Skatteetaten forventer aud "unspecified" (ikke send `resource` i tildelingen).',
        },
        {
          expected: 'unspecified',
          actual: claims.aud,
          reference: 'Skatteetaten api-dokumentasjon docs/om/sikkerhet.md',
        },
      ),
    );
  }
  if (expected.issuer && claims.iss !== expected.issuer) {
    findings.push(
      finding(
        'TOKEN_ISSUER_MISMATCH',
        {
          en: `The token was issued by ${String(claims.iss)}, not ${expected.issuer}.`,
          nb: `Tilgangstokenet er utstedt av ${String(claims.iss)}, ikke ${expected.issuer}.`,
        },
        { expected: expected.issuer, actual: claims.iss, reference },
      ),
    );
  }
  if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp <= claims.iat) {
    findings.push(
      finding(
        'TOKEN_LIFETIME_INVALID',
        { en: 'The token has no valid iat/exp pair.', nb: 'Tilgangstokenet har ikke et gyldig par av iat og exp.' },
        { actual: { iat: claims.iat, exp: claims.exp }, reference },
      ),
    );
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
      findings.push(
        finding(
          'TOKEN_SYSTEMBRUKER_MISSING',
          {
            en: 'A system-user token was requested but the token has no urn:altinn:systemuser authorization_details.',
            nb: 'Det ble bedt om et systembrukertoken, men tilgangstokenet har ingen authorization_details av typen urn:altinn:systemuser.',
          },
          { reference: 'Maskinporten: systembruker (maskinporten_func_systembruker)' },
        ),
      );
    } else if (customer !== expected.systembrukerCustomerOrgnr) {
      findings.push(
        finding(
          'TOKEN_SYSTEMBRUKER_MISMATCH',
          {
            en: `The system user acts for ${String(customer)}, not ${expected.systembrukerCustomerOrgnr}.`,
            nb: `Systembrukeren opptrer for ${String(customer)}, ikke ${expected.systembrukerCustomerOrgnr}.`,
          },
          {
            expected: `${ICD_NORWAY}:${expected.systembrukerCustomerOrgnr}`,
            actual: systemuser['systemuser_org'],
            reference: 'Maskinporten: systembruker (maskinporten_func_systembruker)',
          },
        ),
      );
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
