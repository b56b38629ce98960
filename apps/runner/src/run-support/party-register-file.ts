import { basename, dirname, resolve } from 'node:path';
import { type PartyRegister, parsePartyRegister, registerFromDocument } from '@elan-kit/fixtures';
import type { PartyRegisterDocument } from '@elan-kit/schemas';
import { writeFileInside } from '@elan-kit/simulator/safe-fs';
import { readInputs } from '../commands/validate/read-inputs.js';
import { CliError } from '../errors.js';

/** A party register file (written by `parties import`/`parties search`), checked against its schema. */
export async function readRegisterDocument(file: string, cwd: string): Promise<PartyRegisterDocument> {
  const [result] = await readInputs([file], { cwd, stdin: async () => Buffer.alloc(0) });
  if (!result?.ok) {
    throw new CliError('ELAN_INPUT_UNREADABLE', `${file} ${result?.error.problem ?? 'cannot be read'}.`, {
      hint: 'Name a party register written by "elan-kit parties import" or "elan-kit parties search".',
    });
  }
  return parsePartyRegister(result.input.document, file);
}

export async function readRegisterFile(file: string, cwd: string): Promise<PartyRegister> {
  return registerFromDocument(await readRegisterDocument(file, cwd));
}

export async function writeRegisterFile(file: string, cwd: string, document: PartyRegisterDocument): Promise<string> {
  const path = resolve(cwd, file);
  return writeFileInside(dirname(path), basename(path), `${JSON.stringify(document, null, 2)}\n`);
}
