import { isModelVersion, MODEL_VERSIONS, type ModelVersion } from '@elan-kit/schemas';
import { CliError } from '../errors.js';

/** The `--model` option of every command that takes one; its choices come from the model versions in schemas. */
export function modelOption(options: { readonly description?: string; readonly auto?: boolean } = {}) {
  const choices = [...MODEL_VERSIONS, ...(options.auto ? ['auto'] : [])].join('|');
  return {
    type: 'string',
    description: `${options.description ?? 'Utleggsbegjæring model version'} (${choices})`,
    valueHint: 'version',
  } as const;
}

/** Reads `--model`: undefined when not given, `auto` only where the command accepts it. */
export function parseModelOption(value: string | undefined): ModelVersion | undefined;
export function parseModelOption(value: string | undefined, options: { auto: true }): ModelVersion | 'auto' | undefined;
export function parseModelOption(
  value: string | undefined,
  options: { auto?: boolean } = {},
): ModelVersion | 'auto' | undefined {
  if (value === undefined) return undefined;
  if (isModelVersion(value)) return value;
  if (options.auto && value === 'auto') return 'auto';
  const choices = [...MODEL_VERSIONS, ...(options.auto ? ['auto'] : [])];
  throw new CliError('ELAN_USAGE', `--model "${value}" is not a model version the kit knows.`, {
    hint: `Use one of ${choices.join(', ')}.`,
  });
}
