import { validateBegjaering } from '../../begjaering/validate-begjaering.js';
import { SchemaPackageError } from '../../errors/index.js';
import { schemaErrorPointer } from '../schema-error-pointer.js';
import type { SchemaError } from '../types.js';
import type { DiffSource } from './diff-source.js';
import { changelogRenames } from './elan-renames.js';

/** One thing a payload must change to be accepted by the newer contract. */
export interface PayloadChange {
  /** `rename` a field, `remove` one the newer contract does not have, `add` a required one, `fix` a value. */
  readonly action: 'rename' | 'remove' | 'add' | 'fix';
  /** JSON pointer into the payload. */
  readonly pointer: string;
  readonly message: string;
  /** The new name (`rename`). */
  readonly to?: string;
}

export interface PayloadChanges {
  /** Whether OLD accepts the payload as it is (schema only). */
  readonly validBefore: boolean;
  readonly changes: readonly PayloadChange[];
}

/** The request each API's payload is: the begjæring for Utleggsbegjæring, the lookup or decision for the others. */
const PAYLOAD_OPERATION: Readonly<Record<string, string>> = {
  betjeningskartet: 'slaaOppRegelverk',
  innsyn: 'hentInnsynITrekk',
  kommune: 'sendBeslutningOmTrekk',
};

/** What must change in `payload` (accepted or not by OLD) for NEW to accept it, schema-wise. */
export function payloadChanges(payload: unknown, oldSource: DiffSource, newSource: DiffSource): PayloadChanges {
  const errorsIn = (source: DiffSource): SchemaError[] => {
    if (source.api === 'utleggsbegjaering') {
      return [
        ...validateBegjaering(payload, {
          modelVersion: source.modelVersion ?? 'auto',
          contract: source.contract,
        }).schemaErrors,
      ];
    }
    const operation = PAYLOAD_OPERATION[source.api];
    if (!operation) {
      throw new SchemaPackageError(
        'ELAN_CONTRACT_UNKNOWN_OPERATION',
        `${source.api} takes no request body to compare a payload with`,
        { hint: 'Compare Utleggsbegjæring, Betjeningskartet, Innsyn or municipality contracts.' },
      );
    }
    return source.contract.operation(operation).validateRequestBody(payload, 'application/json');
  };
  const renames =
    oldSource.modelVersion && newSource.modelVersion
      ? changelogRenames(oldSource.modelVersion, newSource.modelVersion)
      : [];
  const changes = errorsIn(newSource).map((error): PayloadChange => {
    const pointer = schemaErrorPointer(error);
    const name = pointer.split('/').at(-1) ?? '';
    if (error.keyword === 'required') {
      return { action: 'add', pointer, message: `add ${name}: ${error.message}` };
    }
    if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
      const rename = renames.find((entry) => entry.from === name && entry.kind === 'renamed' && entry.to);
      if (rename?.to) {
        return { action: 'rename', pointer, to: rename.to, message: `rename ${name} to ${rename.to}` };
      }
      return { action: 'remove', pointer, message: `remove ${name}: ${error.message}` };
    }
    return { action: 'fix', pointer, message: `${pointer || '/'} ${error.message}` };
  });
  return { validBefore: errorsIn(oldSource).length === 0, changes: dedupe(changes) };
}

function dedupe(changes: readonly PayloadChange[]): PayloadChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.action} ${change.pointer} ${change.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
