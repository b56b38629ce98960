import { codeLists } from '../code-lists/index.js';
import { loadContract } from '../contract/load-contract.js';
import type { Contract, SchemaError } from '../contract/types.js';
import { SchemaPackageError } from '../errors/index.js';
import { isModelVersion, MODEL_VERSIONS, type ModelVersion } from '../model-version.js';
import { isRecord, resolvePointer } from '../primitives/json-pointer.js';
import { bundledClassIndex } from './class-index.js';
import { classifyField, type FieldClassification } from './classify-field.js';
import { describeModels } from './describe-versions.js';
import { detectModelVersion } from './detect-model-version.js';
import { PointerMap } from './pointer-map.js';
import { BEGJAERING_OPERATION, begjaeringSchemaNode } from './request-schema.js';
import { SchemaWalker, type UnknownFieldFinding, type WalkFinding } from './schema-walker.js';
import type { BegjaeringValidation, BegjaeringWarning, ModelDetection } from './types.js';

export interface ValidateBegjaeringOptions {
  /** The model version to validate against; `auto` (default) detects it from the document. */
  readonly modelVersion?: ModelVersion | 'auto';
  /**
   * Field names from other model versions and unknown fields become warnings instead of errors; a required
   * field present under its legacy name is not an error. Default false.
   */
  readonly tolerant?: boolean;
  /** Validate against this contract (e.g. the official document loaded with `--spec`) instead of the bundled one. */
  readonly contract?: Contract;
}

/** Tolerant mode renames and removes fields in rounds: a renamed field can reveal legacy names inside it. */
const MAX_TOLERANT_ROUNDS = 8;
/** A document that looks like another version than requested gets a warning from this confidence on. */
const MISMATCH_CONFIDENCE = 0.6;

interface Prepared {
  readonly contract: Contract;
  readonly walker: SchemaWalker;
  readonly schema: unknown;
}

const prepared = new WeakMap<Contract, Prepared>();

function prepare(contract: Contract): Prepared {
  let entry = prepared.get(contract);
  if (!entry) {
    entry = { contract, walker: new SchemaWalker(contract.document), schema: begjaeringSchemaNode(contract) ?? true };
    prepared.set(contract, entry);
  }
  return entry;
}

function resolveVersion(requested: ValidateBegjaeringOptions['modelVersion'], doc: unknown) {
  const wanted = requested ?? 'auto';
  if (wanted !== 'auto' && !isModelVersion(wanted)) {
    throw new SchemaPackageError('ELAN_MODEL_VERSION_UNKNOWN', `unknown model version ${String(wanted)}`, {
      hint: `Use one of ${MODEL_VERSIONS.join(', ')} or auto.`,
    });
  }
  const detection = detectModelVersion(doc);
  return { version: wanted === 'auto' ? detection.modelVersion : wanted, detection, auto: wanted === 'auto' };
}

function siblingsOf(doc: unknown, parentPointer: string): string[] {
  const parent = resolvePointer(doc, parentPointer);
  return isRecord(parent) ? Object.keys(parent) : [];
}

function classify(doc: unknown, finding: UnknownFieldFinding, version: ModelVersion): FieldClassification {
  return classifyField(
    {
      name: finding.name,
      ...(finding.className ? { className: finding.className } : {}),
      version,
      allowed: finding.allowed,
      siblings: siblingsOf(doc, finding.parentPointer),
    },
    bundledClassIndex(),
  );
}

function fieldWarning(classification: FieldClassification, pointer: string): BegjaeringWarning {
  return {
    code: classification.kind === 'legacy' ? 'ELAN_LEGACY_FIELD' : 'ELAN_UNKNOWN_FIELD',
    message: classification.message,
    pointer,
  };
}

function deprecationMessage(finding: WalkFinding & { kind: 'deviation' }, version: ModelVersion): string {
  const name = finding.name ? `\`${finding.name}\`` : 'this element';
  const replacement = finding.deprecation?.replacement;
  return (
    `${name} is deprecated in model ${finding.deprecation?.model ?? version} and planned to be removed in the next ` +
    `model version; ELAN still accepts it. ` +
    (replacement ? `Send \`${replacement}\` instead.` : 'The model names no replacement: leave it out.')
  );
}

/** Warnings for accepted variants marked `x-elan-avvik` or `deprecated` in the schema. */
function deviationWarnings(doc: unknown, findings: readonly WalkFinding[], version: ModelVersion, map: PointerMap) {
  const warnings: BegjaeringWarning[] = [];
  for (const finding of findings) {
    if (finding.kind !== 'deviation') continue;
    const pointer = map.toOriginal(finding.pointer);
    if (finding.deprecation) {
      warnings.push({ code: 'ELAN_DEPRECATED_FIELD', message: deprecationMessage(finding, version), pointer });
      continue;
    }
    if (finding.deprecated && finding.name) {
      const classification = classify(
        doc,
        {
          kind: 'unknown-field',
          pointer: finding.pointer,
          parentPointer: finding.pointer.slice(0, finding.pointer.lastIndexOf('/')),
          name: finding.name,
          ...(finding.className ? { className: finding.className } : {}),
          allowed: [],
        },
        version,
      );
      if (classification.kind === 'legacy') {
        // The classification already says which model uses the name and what to send instead; the schema's own
        // (bokmål) deviation text would repeat it in another language.
        warnings.push({ code: 'ELAN_LEGACY_FIELD', message: `${classification.message}; accepted`, pointer });
        continue;
      }
    }
    warnings.push({ code: 'ELAN_DEVIATING_VARIANT', message: finding.message, pointer });
  }
  return warnings;
}

/** An `enum` error on a value another model version accepts gets a warning that says so. */
function legacyValueWarnings(doc: unknown, errors: readonly SchemaError[], version: ModelVersion, map: PointerMap) {
  const warnings: BegjaeringWarning[] = [];
  for (const error of errors) {
    if (error.keyword !== 'enum') continue;
    const value = resolvePointer(doc, error.instancePath);
    if (typeof value !== 'string') continue;
    for (const list of Object.values(codeLists)) {
      const entry = list.entries.find((candidate) => candidate.value === value);
      if (!entry?.versions || entry.versions.length === 0 || entry.versions.includes(version) || !list.versions)
        continue;
      warnings.push({
        code: 'ELAN_LEGACY_VALUE',
        message:
          `\`${value}\` is a ${list.name} value of ${describeModels(entry.versions)}; model ${version} accepts ` +
          list.versions[version].map((candidate) => `\`${candidate}\``).join(', '),
        pointer: map.toOriginal(error.instancePath),
      });
      break;
    }
  }
  return warnings;
}

function mismatchWarning(detection: ModelDetection, version: ModelVersion): BegjaeringWarning[] {
  if (detection.modelVersion === version || detection.alternatives.includes(version)) return [];
  if (detection.confidence < MISMATCH_CONFIDENCE) return [];
  const evidence = detection.evidence.slice(0, 4).join('; ');
  return [
    {
      code: 'ELAN_MODEL_VERSION_MISMATCH',
      message:
        `the document looks like a model ${detection.modelVersion} begjæring, not ${version} ` +
        `(confidence ${detection.confidence}): ${evidence}. Validate it as model ${detection.modelVersion}, ` +
        `or rename the fields the other warnings and errors list.`,
      pointer: '',
    },
  ];
}

/** Strict mode: make ajv's `additionalProperties` and `required` errors name the legacy field and the expected name. */
function explainErrors(
  doc: unknown,
  errors: readonly SchemaError[],
  findings: readonly WalkFinding[],
  version: ModelVersion,
) {
  const unknown = new Map<string, UnknownFieldFinding>();
  for (const finding of findings)
    if (finding.kind === 'unknown-field') unknown.set(`${finding.parentPointer}\u0000${finding.name}`, finding);
  const hasUnion = (pointer: string) =>
    errors.some(
      (error) => (error.keyword === 'oneOf' || error.keyword === 'anyOf') && pointer.startsWith(error.instancePath),
    );
  const explained: SchemaError[] = [];
  for (const error of errors) {
    if (error.keyword === 'additionalProperties' && typeof error.params['additionalProperty'] === 'string') {
      const name = error.params['additionalProperty'];
      const finding = unknown.get(`${error.instancePath}\u0000${name}`);
      if (!finding) {
        // Reported by a union branch the value does not take; the union's own error stays.
        if (hasUnion(error.instancePath)) continue;
        explained.push(error);
        continue;
      }
      const classification = classify(doc, finding, version);
      explained.push({
        ...error,
        params: {
          ...error.params,
          ...(classification.usedIn.length > 0 ? { usedIn: classification.usedIn } : {}),
          ...(classification.expected.length > 0 ? { expected: classification.expected } : {}),
          ...(classification.suggestion ? { suggestion: classification.suggestion } : {}),
        },
        message: `${error.message}: ${classification.message}`,
      });
      continue;
    }
    if (error.keyword === 'required' && typeof error.params['missingProperty'] === 'string') {
      const missing = error.params['missingProperty'];
      const legacy = [...unknown.values()].find(
        (finding) =>
          finding.parentPointer === error.instancePath && classify(doc, finding, version).expected.includes(missing),
      );
      if (legacy) {
        explained.push({
          ...error,
          message: `${error.message} (the document has \`${legacy.name}\`, its name in another model version)`,
        });
        continue;
      }
    }
    explained.push(error);
  }
  return explained;
}

function removeOrRename(
  working: unknown,
  finding: UnknownFieldFinding,
  classification: FieldClassification,
  map: PointerMap,
): void {
  const parent = resolvePointer(working, finding.parentPointer);
  if (!isRecord(parent) || !(finding.name in parent)) return;
  const value = parent[finding.name];
  const target = classification.renameTo;
  // Rebuild the object so the renamed field keeps its place (stable error order).
  const entries = Object.entries(parent).flatMap(([key, child]): [string, unknown][] => {
    if (key !== finding.name) return [[key, child]];
    return target ? [[target, value]] : [];
  });
  for (const key of Object.keys(parent)) delete parent[key];
  for (const [key, child] of entries) parent[key] = child;
  if (target) map.recordRename(finding.parentPointer, finding.name, target);
}

function tolerantPass(doc: unknown, prepared: Prepared, version: ModelVersion) {
  const map = new PointerMap();
  const warnings: BegjaeringWarning[] = [];
  const working: unknown = structuredClone(doc);
  let findings = prepared.walker.walk(prepared.schema, working);
  for (let round = 0; round < MAX_TOLERANT_ROUNDS; round++) {
    const unknown = findings.filter((finding): finding is UnknownFieldFinding => finding.kind === 'unknown-field');
    if (unknown.length === 0) break;
    // Deepest first, so a parent's rename does not move a child that is still to be handled.
    unknown.sort((a, b) => b.pointer.length - a.pointer.length);
    for (const finding of unknown) {
      const classification = classify(working, finding, version);
      warnings.push(fieldWarning(classification, map.toOriginal(finding.pointer)));
      removeOrRename(working, finding, classification, map);
    }
    findings = prepared.walker.walk(prepared.schema, working);
  }
  return { working, map, warnings, findings };
}

function dedupe(warnings: readonly BegjaeringWarning[]): BegjaeringWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.code}\u0000${warning.pointer ?? ''}\u0000${warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates a begjæring against the OpenAPI schema of a model version (the request body of
 * validerNyBegjaering). The schema checks structure only; the vilkår are checked by `@elan-kit/rules`.
 *
 * Strict mode (default) reports every schema error; errors about fields from other model versions name the
 * version and the expected field. Tolerant mode turns those fields, and unknown ones, into warnings
 * (ELAN_LEGACY_FIELD / ELAN_UNKNOWN_FIELD), renames legacy names whose meaning is unchanged so that a required
 * field given under its old name is not an error, and validates what remains. In both modes, accepted variants
 * that only published examples use give ELAN_DEVIATING_VARIANT warnings, and a document that looks like another
 * model version gives ELAN_MODEL_VERSION_MISMATCH.
 */
export function validateBegjaering(doc: unknown, options: ValidateBegjaeringOptions = {}): BegjaeringValidation {
  const { version, detection, auto } = resolveVersion(options.modelVersion, doc);
  const contract = options.contract ?? loadContract('utleggsbegjaering', version);
  const operation = contract.operation(BEGJAERING_OPERATION);
  const state = prepare(contract);
  let schemaErrors: SchemaError[];
  const warnings: BegjaeringWarning[] = [];

  if (options.tolerant) {
    const pass = tolerantPass(doc, state, version);
    warnings.push(...pass.warnings, ...deviationWarnings(pass.working, pass.findings, version, pass.map));
    const errors = operation.validateRequestBody(pass.working);
    warnings.push(...legacyValueWarnings(pass.working, errors, version, pass.map));
    schemaErrors = errors.map((error) => ({ ...error, instancePath: pass.map.toOriginal(error.instancePath) }));
  } else {
    const findings = state.walker.walk(state.schema, doc);
    const identity = new PointerMap();
    warnings.push(...deviationWarnings(doc, findings, version, identity));
    const errors = operation.validateRequestBody(doc);
    warnings.push(...legacyValueWarnings(doc, errors, version, identity));
    schemaErrors = explainErrors(doc, errors, findings, version);
  }
  if (!auto) warnings.unshift(...mismatchWarning(detection, version));

  return {
    modelVersion: version,
    ...(auto ? { detection } : {}),
    schemaErrors,
    warnings: dedupe(warnings),
  };
}
