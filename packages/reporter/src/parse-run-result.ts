import {
  locateJsonSyntaxError,
  RUN_RESULT_SCHEMA_VERSION,
  RUN_RESULT_SCHEMA_VERSIONS,
  type RunResult,
  validateRunResult,
} from '@elan-kit/schemas';

const READABLE: readonly unknown[] = RUN_RESULT_SCHEMA_VERSIONS;
const READS = RUN_RESULT_SCHEMA_VERSIONS.join(' or ');

import { ReporterError } from './errors.js';

const MAX_LISTED_ERRORS = 5;

interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

function describeSchemaError(error: SchemaError): { pointer: string; text: string } {
  if (error.keyword === 'required' && typeof error.params['missingProperty'] === 'string') {
    return { pointer: `${error.instancePath}/${error.params['missingProperty']}`, text: 'is missing' };
  }
  if (error.keyword === 'enum' && Array.isArray(error.params['allowedValues'])) {
    const allowed = (error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ');
    return { pointer: error.instancePath || '/', text: `must be one of ${allowed}` };
  }
  return { pointer: error.instancePath || '/', text: error.message ?? `fails "${error.keyword}"` };
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const located = locateJsonSyntaxError(text);
    const where = located === undefined ? '' : ` (line ${located.line}, column ${located.column})`;
    throw new ReporterError('ELAN_REPORT_INVALID_JSON', `${source} is not valid JSON${where}: ${reason}`, {
      hint: 'Pass the RunResult file that "elan-kit run" wrote (one JSON document).',
      cause: error,
    });
  }
}

function checkSchemaVersion(value: unknown, source: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ReporterError('ELAN_REPORT_INVALID_RESULT', `${source} is not a RunResult: / must be a JSON object.`, {
      pointer: '',
      hint: 'Pass the RunResult file that "elan-kit run" wrote.',
    });
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (READABLE.includes(version)) return;
  if (version === undefined) {
    throw new ReporterError(
      'ELAN_REPORT_SCHEMA_VERSION',
      `${source} has no /schemaVersion, so it is not an elan-kit RunResult (this elan-kit reads schemaVersion ${READS}).`,
      { pointer: '/schemaVersion', hint: 'Pass the RunResult file that "elan-kit run" wrote.' },
    );
  }
  const newer =
    typeof version === 'string' && Number.parseFloat(version) > Number.parseFloat(RUN_RESULT_SCHEMA_VERSION);
  throw new ReporterError(
    'ELAN_REPORT_SCHEMA_VERSION',
    `${source} has /schemaVersion ${JSON.stringify(version)}, but this elan-kit reads RunResult schemaVersion ${READS}.`,
    {
      pointer: '/schemaVersion',
      hint: newer
        ? 'The run was written by a newer elan-kit: update elan-kit, or render it with the version that wrote it.'
        : 'The run was written by an older elan-kit: render it with that version, or repeat the run with this one.',
    },
  );
}

/** Checks that a parsed value is a RunResult this reporter can render; errors name the source and JSON pointer. */
export function assertRunResult(value: unknown, source: string): RunResult {
  checkSchemaVersion(value, source);
  const validation = validateRunResult(value);
  if (validation.valid) return validation.result;
  const described = validation.errors.map((error) => describeSchemaError(error as SchemaError));
  const listed = described.slice(0, MAX_LISTED_ERRORS).map(({ pointer, text }) => `${pointer} ${text}`);
  const more = described.length > MAX_LISTED_ERRORS ? `; and ${described.length - MAX_LISTED_ERRORS} more` : '';
  throw new ReporterError(
    'ELAN_REPORT_INVALID_RESULT',
    `${source} is not a valid RunResult: ${listed.join('; ')}${more}.`,
    {
      pointer: described[0]?.pointer ?? '',
      hint: 'The file may have been edited by hand or cut short; render the file "elan-kit run" wrote.',
    },
  );
}

/** Parses RunResult JSON text; `source` (usually the file name) is named in every error. */
export function parseRunResult(text: string, source: string): RunResult {
  return assertRunResult(parseJson(text.replace(/^\uFEFF/, ''), source), source);
}
