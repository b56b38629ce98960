import { findPartyIdentifiers } from '@elan-kit/conformance';
import { PARTY_LACK_EFFECTS, type PartyRegister } from '@elan-kit/fixtures';
import { provDetailed, provKommuneBeslutning } from '@elan-kit/rules';
import {
  type ApiName,
  type Contract,
  innsenderOrgnr,
  type Kontrollutslag,
  loadContract,
  type ModelVersion,
  type ProvingContext,
  type SchemaError,
  schemaErrorPointer,
  validateBegjaering,
} from '@elan-kit/schemas';
import type { FixtureEntry } from '../../fixtures-index.js';

/** A warning of the validate command: the schemas package's, or one about what prøving could not check. */
export interface ValidateWarning {
  readonly code: string;
  readonly message: string;
  readonly pointer?: string;
}

/** A schema error with the pointer of the element it is about (the missing or unknown property included). */
export interface ValidateSchemaError extends SchemaError {
  readonly pointer: string;
}

/** One file's result; the `--json` output is a list of these under `files`. */
export interface FileResult {
  readonly file: string;
  /** Whether ELAN would accept it: no schema error, no kontrollutslag. */
  readonly valid: boolean;
  /** The model version an utleggsbegjæring was validated as. */
  readonly modelVersion?: ModelVersion;
  /** The operation a file that is not an utleggsbegjæring was validated for, named by a fixtures index or detected. */
  readonly operation?: {
    readonly api: ApiName;
    readonly operationId: string;
    readonly contractVersion?: string;
    readonly from: 'fixtures index' | 'detected';
  };
  /** What the fixtures index expects ELAN to answer, and whether the result agrees with it. */
  readonly expected?: { readonly status: number; readonly kontrollutslag: readonly string[]; readonly met: boolean };
  readonly schemaErrors: readonly ValidateSchemaError[];
  readonly kontrollutslag: readonly Kontrollutslag[];
  readonly warnings: readonly ValidateWarning[];
}

export interface ValidateSettings {
  readonly modelVersion: ModelVersion | 'auto';
  readonly contract?: Contract;
  /** Official documents (`--spec`) for the other APIs; the bundled contract judges an API without one. */
  readonly contracts?: readonly Contract[];
  readonly asOrg?: string;
  readonly today: string;
  readonly register: PartyRegister;
  /** How notes name the register: the file given with --register, else the fixtures' sample register. */
  readonly registerName?: string;
}

/**
 * Parties the register holds without what a register vilkår needs (an organisation whose form the source did not
 * give): those vilkår judged nothing for them, and the note says so.
 */
function partiesNotJudged(document: unknown, settings: ValidateSettings): ValidateWarning[] {
  const warnings: ValidateWarning[] = [];
  const seen = new Set<string>();
  for (const { identifier, pointer } of findPartyIdentifiers(document)) {
    const entry = settings.register.entry(identifier);
    if (!entry || seen.has(identifier) || !entry.lacks.includes('organisationForm')) continue;
    seen.add(identifier);
    const vilkaar = PARTY_LACK_EFFECTS.organisationForm.vilkaar.join(', ');
    warnings.push({
      code: 'ELAN_VILKAAR_NOT_EVALUATED',
      message: `${identifier}: ${settings.registerName ?? 'the party register'} does not give its organisation form; not evaluated for it: ${vilkaar}.`,
      pointer,
    });
  }
  return warnings;
}

/** Schema validation (what ELAN answers with 400) and prøving (422) of one document. */
export function validateDocument(file: string, document: unknown, settings: ValidateSettings): FileResult {
  const validation = validateBegjaering(document, {
    modelVersion: settings.modelVersion,
    ...(settings.contract ? { contract: settings.contract } : {}),
  });
  const modelVersion = validation.modelVersion;
  const warnings: ValidateWarning[] = [];
  if (validation.detection) {
    const { confidence, evidence } = validation.detection;
    warnings.push({
      code: 'ELAN_MODEL_DETECTED',
      message: `Model ${modelVersion} detected (confidence ${confidence.toFixed(2)})${evidence.length > 0 ? `: ${evidence.slice(0, 3).join('; ')}` : ''}. Use --model to choose another.`,
    });
  }
  warnings.push(...validation.warnings);

  let kontrollutslag: Kontrollutslag[] = [];
  if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
    const documentOrg = innsenderOrgnr(document);
    const authenticatedOrgnr = settings.asOrg ?? documentOrg;
    if (!settings.asOrg) {
      warnings.push({
        code: 'ELAN_AUTHENTICATION_ASSUMED',
        message: documentOrg
          ? `The authenticated organisation is taken to be the document's innsender (${documentOrg}); give --as-org to check against another.`
          : 'No authenticated organisation: the document names no innsender orgnr and --as-org is not given.',
      });
    }
    const context: ProvingContext = {
      modelVersion,
      today: settings.today,
      mode: 'ny',
      parties: settings.register,
      ...(authenticatedOrgnr ? { authenticatedOrgnr } : {}),
      ...(settings.register.complete ? { options: { partyRegisterComplete: true } } : {}),
    };
    const report = provDetailed(document, context);
    kontrollutslag = report.kontrollutslag;
    const byReason = new Map<string, string[]>();
    for (const skipped of report.skipped)
      byReason.set(skipped.grunn, [...(byReason.get(skipped.grunn) ?? []), skipped.kode]);
    for (const [grunn, codes] of byReason) {
      warnings.push({ code: 'ELAN_VILKAAR_SKIPPED', message: `Not checked (${grunn}): ${codes.join(', ')}.` });
    }
    for (const unknown of report.unknownParties) {
      warnings.push({
        code: 'ELAN_PARTY_UNKNOWN',
        message: `${unknown.identifikator} is not in ${settings.registerName ?? "the fixtures' party register"}; not checked: ${unknown.vilkaar.join(', ')}.`,
        pointer: unknown.sti,
      });
    }
    warnings.push(...partiesNotJudged(document, settings));
  }
  return {
    file,
    valid: validation.schemaErrors.length === 0 && kontrollutslag.length === 0,
    modelVersion,
    schemaErrors: validation.schemaErrors.map((error) => ({ pointer: schemaErrorPointer(error), ...error })),
    kontrollutslag,
    warnings,
  };
}

const KOMMUNE_DECISION = 'sendBeslutningOmTrekk';
const KOMMUNE_VERSIONS = ['1.0', '2.0'] as const;

/**
 * A Beslutning om trekk fra kommune: it has the decision (`beslutning`, `beslutningsdato`) and none of the fields
 * only a begjæring has.
 */
export function isKommuneDecision(document: unknown): boolean {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return false;
  const fields = document as Record<string, unknown>;
  const decision = 'beslutning' in fields || 'beslutningsdato' in fields;
  return decision && !('begjaeringsdato' in fields) && !('tvangsfullbyrdelsestype' in fields);
}

/**
 * Schema validation of a request body for another operation (Betjeningskartet, the municipality API); a municipality
 * decision is also proved with the begjæring vilkår it shares, as the simulator does.
 */
export function validateOperationBody(
  file: string,
  document: unknown,
  entry: Pick<FixtureEntry, 'api' | 'operationId' | 'contractVersion'>,
  settings: Pick<ValidateSettings, 'today' | 'register' | 'contracts'>,
  from: 'fixtures index' | 'detected' = 'fixtures index',
): FileResult {
  const official = settings.contracts?.find(
    (contract) => contract.api === entry.api && (!entry.contractVersion || contract.version === entry.contractVersion),
  );
  const operation = (official ?? loadContract(entry.api, entry.contractVersion)).operation(entry.operationId);
  const errors = operation.validateRequestBody(document, 'application/json');
  const kontrollutslag =
    entry.api === 'kommune' && entry.operationId === KOMMUNE_DECISION
      ? provKommuneBeslutning(document, {
          modelVersion: entry.contractVersion === '2.0' ? '2.0' : '1.0',
          today: settings.today,
          mode: 'ny',
          parties: settings.register,
        })
      : [];
  return {
    file,
    valid: errors.length === 0 && kontrollutslag.length === 0,
    operation: {
      api: entry.api,
      operationId: entry.operationId,
      ...(entry.contractVersion ? { contractVersion: entry.contractVersion } : {}),
      from,
    },
    schemaErrors: errors.map((error) => ({ pointer: schemaErrorPointer(error), ...error })),
    kontrollutslag,
    warnings: [],
  };
}

/** A municipality decision, as the API version (1.0 or 2.0) whose schema it fits best. */
export function validateKommuneDecision(
  file: string,
  document: unknown,
  settings: Pick<ValidateSettings, 'today' | 'register' | 'contracts'>,
): FileResult {
  const results = KOMMUNE_VERSIONS.map((contractVersion) =>
    validateOperationBody(
      file,
      document,
      { api: 'kommune', operationId: KOMMUNE_DECISION, contractVersion },
      settings,
      'detected',
    ),
  );
  return results.reduce((best, next) => (next.schemaErrors.length < best.schemaErrors.length ? next : best));
}

/** Whether a result is the answer the fixtures index expects: accepted, refused with exactly its vilkår, or a 400. */
export function withExpectation(result: FileResult, entry: FixtureEntry): FileResult {
  const { status, kontrollutslag } = entry.expected;
  const found = new Set(result.kontrollutslag.map((utslag) => utslag.kode));
  const met =
    status === 422
      ? result.schemaErrors.length === 0 &&
        found.size === new Set(kontrollutslag).size &&
        kontrollutslag.every((kode) => found.has(kode))
      : status === 400
        ? result.schemaErrors.length > 0
        : result.valid;
  return { ...result, expected: { status, kontrollutslag, met } };
}
