import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contractsPath } from '../paths.js';
import type { PartyRegisterDocument } from './types.js';

export const partyRegisterSchema: object = JSON.parse(
  readFileSync(contractsPath('party-register.schema.json'), 'utf8'),
);

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function validator() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    compiled = ajv.compile(partyRegisterSchema);
  }
  return compiled;
}

export type PartyRegisterValidation =
  | { readonly valid: true; readonly document: PartyRegisterDocument }
  | { readonly valid: false; readonly errors: readonly ErrorObject[] };

/** Checks a parsed JSON value against the party register schema; errors keep ajv's structure. */
export function validatePartyRegister(value: unknown): PartyRegisterValidation {
  const validate = validator();
  if (validate(value)) return { valid: true, document: value as PartyRegisterDocument };
  return { valid: false, errors: [...(validate.errors ?? [])] };
}
