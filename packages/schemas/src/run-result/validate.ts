import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contractsPath } from '../paths.js';
import type { RunResult } from './types.js';

export const runResultSchema: object = JSON.parse(readFileSync(contractsPath('run-result.schema.json'), 'utf8'));

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function validator() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    compiled = ajv.compile(runResultSchema);
  }
  return compiled;
}

export type RunResultValidation =
  | { readonly valid: true; readonly result: RunResult }
  | { readonly valid: false; readonly errors: readonly ErrorObject[] };

/** Checks a parsed JSON value against the RunResult schema; errors keep ajv's structure (instancePath is a JSON pointer). */
export function validateRunResult(value: unknown): RunResultValidation {
  const validate = validator();
  if (validate(value)) return { valid: true, result: value as RunResult };
  return { valid: false, errors: [...(validate.errors ?? [])] };
}
