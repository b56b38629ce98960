import { classifyIdentifier, LOCKED_ORGANISATIONS, LOCKED_PERSONS, type PartyRegister } from '@elan-kit/fixtures';
import { NON_IDENTIFIER_KEYS } from '../assumptions.js';
import { UnknownTestPartyError } from '../errors.js';
import type { HttpRequest, RequestGuard } from '../http/http-client.js';

const skipKeys = new Set(NON_IDENTIFIER_KEYS.map((key) => key.toLowerCase()));

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isPartyIdentifier(text: string): boolean {
  const { kind, valid } = classifyIdentifier(text);
  return valid && (kind === 'fnr' || kind === 'dnr' || kind === 'orgnr');
}

/** Every person or organisation number in a parsed JSON value, with its JSON pointer. */
export function findPartyIdentifiers(
  value: unknown,
  pointer = '',
  depth = 0,
): Array<{ identifier: string; pointer: string }> {
  if (depth > 100) return [];
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) {
    const text = String(value).trim();
    return /^\d{9}$|^\d{11}$/.test(text) && isPartyIdentifier(text) ? [{ identifier: text, pointer }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findPartyIdentifiers(item, `${pointer}/${index}`, depth + 1));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      skipKeys.has(key.toLowerCase()) ? [] : findPartyIdentifiers(item, `${pointer}/${escapePointer(key)}`, depth + 1),
    );
  }
  return [];
}

/**
 * The parties the test environment knows: those of a register imported from Tenor, Skatteetaten's published test
 * lists, and the organisations the Maskinporten client acts for (its own Tenor organisation).
 */
export function knownTestParties(register: PartyRegister | undefined, ownOrgnrs: readonly string[]): Set<string> {
  const known = new Set<string>([...LOCKED_PERSONS, ...LOCKED_ORGANISATIONS, ...ownOrgnrs]);
  for (const entry of register?.entries ?? []) {
    if (entry.source.kind === 'tenor' || entry.source.kind === 'published') known.add(entry.identifier);
  }
  return known;
}

function partiesIn(request: HttpRequest): Array<{ identifier: string; pointer: string }> {
  const found = request.json === undefined ? [] : findPartyIdentifiers(request.json);
  if (request.multipart) {
    for (const [field, value] of Object.entries(request.multipart.fields)) {
      if (isPartyIdentifier(value.trim())) found.push({ identifier: value.trim(), pointer: `multipart:${field}` });
    }
  }
  try {
    for (const segment of new URL(request.url).pathname.split('/')) {
      const text = decodeURIComponent(segment);
      if (/^\d{9}$|^\d{11}$/.test(text) && isPartyIdentifier(text))
        found.push({ identifier: text, pointer: `url:${segment}` });
    }
  } catch {
    // an unparsable URL fails in the HTTP client with its own error
  }
  return found;
}

/**
 * Stops a request to the test environment that names a party it may not know (not from Tenor, not on a published
 * list): ELAN would refuse it with SAKSOEKT_MANGLER_I_REGISTERET or similar for reasons that are not the vendor's.
 */
export function createTestPartyGuard(known: ReadonlySet<string>): RequestGuard {
  return (request) => {
    const unknown = partiesIn(request).find(({ identifier }) => !known.has(identifier));
    if (unknown) throw new UnknownTestPartyError(unknown.identifier, unknown.pointer, request.url);
  };
}
