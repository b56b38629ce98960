import { basename, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  describeMapping,
  loadOfficialSpecs,
  type ModelVersion,
  type OfficialSpec,
  type OfficialSpecInput,
} from '@elan-kit/schemas';
import type { Output } from './output.js';

/** The `--spec` option, shared by every command that judges against a contract. */
export const SPEC_ARG = {
  type: 'string',
  valueHint: 'openapi',
  description: 'Official OpenAPI document (OpenAPI 3.x or Swagger 2.0) to judge by; repeat once per API',
} as const;

/** Every `--spec FILE` / `--spec=FILE` in the order given (citty's parsed args keep only the last). */
export function specFiles(rawArgs: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? '';
    if (arg === '--') break;
    if (arg.startsWith('--spec=')) files.push(arg.slice('--spec='.length));
    else if (arg === '--spec' && i + 1 < rawArgs.length) files.push(rawArgs[++i] ?? '');
  }
  return files;
}

export interface CommandSpecsOptions {
  /** The `--spec` values, relative to `cwd`. */
  readonly files: readonly string[];
  readonly cwd: string;
  /** `specs` from the config file; a `--spec` naming the same file takes its `api` and `operations`. */
  readonly configured?: readonly OfficialSpecInput[];
  readonly modelVersion: ModelVersion;
}

/** Loads the official documents a command was given: the config's `specs`, then each `--spec`. */
export async function loadCommandSpecs(options: CommandSpecsOptions): Promise<OfficialSpec[]> {
  const inputs = new Map<string, OfficialSpecInput>();
  for (const input of options.configured ?? []) inputs.set(input.file, input);
  for (const file of options.files) {
    const path = resolve(options.cwd, file);
    inputs.set(path, inputs.get(path) ?? { file: path });
  }
  if (inputs.size === 0) return [];
  return loadOfficialSpecs([...inputs.values()], { modelVersion: options.modelVersion });
}

function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters from a document are what is removed
  return stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** What was loaded and how it was mapped, bokmål first, for standard error. */
export function describeSpecs(specs: readonly OfficialSpec[]): string[] {
  return specs.flatMap((spec) => [
    `Offisielt dokument / official document for ${spec.api}: ${printable(basename(spec.file))}`,
    `  ${printable(spec.official.title)} ${printable(spec.documentVersion)}, ${spec.official.hash}` +
      (spec.convertedFrom ? ' (Swagger 2.0, konvertert / converted)' : ''),
    ...describeMapping(spec).map((line) => `  ${printable(line)}`),
    ...spec.warnings
      .filter((warning) => warning.code !== 'ELAN_SPEC_OPERATION_NOT_MAPPED')
      .map(
        (warning) =>
          `  advarsel / warning ${warning.code}: ${printable(warning.message)}${warning.pointer ? ` (${printable(warning.pointer)})` : ''}`,
      ),
  ]);
}

export function printSpecs(output: Output, specs: readonly OfficialSpec[]): void {
  for (const line of describeSpecs(specs)) output.err(line);
}
