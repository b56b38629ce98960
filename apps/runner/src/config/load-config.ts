import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { DEFAULT_MODEL_VERSION, isModelVersion, parsePointer } from '@elan-kit/schemas';
import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CliError } from '../errors.js';
import { readJsonFile } from '../input/input-file.js';
import { withCodeEnums } from './schema-enums.js';
import type { ResolvedConfig, WrittenConfig } from './types.js';

export const CONFIG_FILE_NAMES = ['elan-kit.config.json', 'elan-kit.config.jsonc'] as const;
export const DEFAULT_OUT_DIR = './elan-kit-report';

const configSchema = withCodeEnums(
  JSON.parse(readFileSync(new URL('../../config.schema.json', import.meta.url), 'utf8')) as object,
);
let compiled: ReturnType<Ajv2020['compile']> | undefined;

function schemaValidator() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    compiled = ajv.compile(configSchema);
  }
  return compiled;
}

function configError(file: string, problems: readonly string[]): CliError {
  const name = basename(file);
  return new CliError(
    'ELAN_CONFIG_INVALID',
    `${name} is invalid:\n${problems.map((p) => `  ${name}: ${p}`).join('\n')}`,
    {
      hint: 'See config.schema.json (shipped with elan-kit) or run "elan-kit init" in an empty folder for a commented example.',
    },
  );
}

/** `/checks/only/0` → `checks.only[0]` (the dotted form users search their file for). */
export function toDottedPath(pointer: string, extra?: string): string {
  const segments = parsePointer(pointer) ?? [];
  if (extra !== undefined) segments.push(extra);
  let out = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(root)';
}

function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return `${toDottedPath(error.instancePath, String(params['additionalProperty']))}: unknown property`;
  }
  if (error.keyword === 'required') {
    return `${toDottedPath(error.instancePath, String(params['missingProperty']))}: required`;
  }
  if (error.keyword === 'enum') {
    return `${toDottedPath(error.instancePath)}: must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${toDottedPath(error.instancePath)}: ${error.message ?? error.keyword}`;
}

/** `anyOf` failures come with one error per alternative: merge them into one line per path. */
function mergeAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const merged: ErrorObject[] = [];
  for (const path of alternatives) {
    const parts = errors
      .filter((e) => e.instancePath === path && e.keyword !== 'anyOf')
      .map((e) =>
        e.keyword === 'enum'
          ? `one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`
          : e.keyword === 'pattern'
            ? `match ${JSON.stringify((e.params as { pattern: string }).pattern)}`
            : (e.message ?? e.keyword),
      );
    merged.push({
      instancePath: path,
      schemaPath: '',
      keyword: 'anyOf',
      params: {},
      message: `must be ${parts.join(' or ')}`,
    } as ErrorObject);
  }
  return [...errors.filter((e) => !alternatives.has(e.instancePath)), ...merged];
}

/** The config file to use: `--config FILE`, else the first of CONFIG_FILE_NAMES in `cwd`, else none. */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(path)) {
      throw new CliError('ELAN_CONFIG_INVALID', `Config file ${explicit} does not exist.`, {
        hint: 'Check the path given to --config, or run "elan-kit init" to create one.',
      });
    }
    return path;
  }
  return CONFIG_FILE_NAMES.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
}

/**
 * Reads a config file. Comments and trailing commas are accepted whatever the extension (`init` writes
 * `elan-kit.config.json`, and users add comments to it); errors give line and column.
 */
export function readConfigFile(file: string): unknown {
  return readJsonFile(file, {
    what: 'config file',
    jsonc: true,
    hint: 'Fix the file, or run "elan-kit init" in an empty folder for a commented example.',
  });
}

/** Checks a parsed config against config.schema.json; every problem names the file and the dotted path. */
export function validateWrittenConfig(value: unknown, file: string): WrittenConfig {
  const validate = schemaValidator();
  if (validate(value)) return value as WrittenConfig;
  const problems = [...new Set(mergeAlternatives(validate.errors ?? []).map(describeAjvError))];
  throw configError(file, problems);
}

export interface ResolveConfigOptions {
  readonly file?: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Check ids that exist; `checks.only`, `checks.skip` and attestation keys are checked against them. */
  readonly knownCheckIds?: readonly string[];
  readonly presets?: readonly string[];
}

function envValue(env: ResolveConfigOptions['env'], name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Applies defaults and environment variables, resolves paths, and checks references to checks. */
export function resolveConfig(written: WrittenConfig, options: ResolveConfigOptions): ResolvedConfig {
  const file = options.file ?? resolve(options.cwd, CONFIG_FILE_NAMES[0]);
  const dir = options.file ? dirname(options.file) : options.cwd;
  const problems: string[] = [];
  const known = options.knownCheckIds ? new Set(options.knownCheckIds) : undefined;
  const checkIdList = (path: string, ids: readonly string[] | undefined) => {
    ids?.forEach((id, index) => {
      if (known && !known.has(id)) problems.push(`${path}[${index}]: unknown check id "${id}"`);
    });
  };
  checkIdList('checks.only', written.checks?.only);
  checkIdList('checks.skip', written.checks?.skip);
  const preset = written.checks?.preset ?? 'full';
  if (options.presets && !options.presets.includes(preset)) problems.push(`checks.preset: unknown preset "${preset}"`);
  const attestations: Record<string, NonNullable<WrittenConfig['attestations']>[string]> = {};
  for (const [id, attestation] of Object.entries(written.attestations ?? {})) {
    if (id.startsWith('$comment')) continue;
    if (known && !known.has(id)) problems.push(`attestations.${id}: unknown check id`);
    attestations[id] = attestation;
  }

  const env = options.env;
  const envOrgnr = envValue(env, 'ELAN_KIT_ORGNR');
  if (envOrgnr && !/^\d{9}$/.test(envOrgnr)) problems.push('ELAN_KIT_ORGNR (environment): must be 9 digits');
  if (problems.length > 0) throw configError(file, problems);

  const fromDir = (path: string | undefined) => (path === undefined ? undefined : resolve(dir, path));
  const fromCwd = (path: string | undefined) => (path === undefined ? undefined : resolve(options.cwd, path));
  const mp = written.maskinporten ?? {};
  const target = written.target ?? 'simulator';
  const adapter = written.vendorTarget?.adapter;
  const modelVersion = written.modelVersion ?? DEFAULT_MODEL_VERSION;
  if (!isModelVersion(modelVersion)) throw configError(file, [`modelVersion: unknown model version "${modelVersion}"`]);

  return {
    file: options.file,
    dir,
    vendor: written.vendor ?? {},
    target: /^https?:\/\//.test(target)
      ? { kind: 'url', url: target }
      : { kind: target as 'simulator' | 'test' | 'vendor' },
    modelVersion,
    lang: written.lang ?? 'nb',
    out: written.out ? resolve(dir, written.out) : resolve(options.cwd, DEFAULT_OUT_DIR),
    allowProduction: written.allowProduction ?? false,
    checks: { preset, only: written.checks?.only ?? [], skip: written.checks?.skip ?? [] },
    maskinporten: dropUndefined({
      clientId: envValue(env, 'ELAN_KIT_CLIENT_ID') ?? mp.clientId,
      orgnr: envOrgnr ?? mp.orgnr,
      kid: envValue(env, 'ELAN_KIT_MASKINPORTEN_KID') ?? mp.kid,
      scope: mp.scope,
      issuer: mp.issuer,
      tokenEndpoint: mp.tokenEndpoint,
      keyFile: fromCwd(envValue(env, 'ELAN_KIT_MASKINPORTEN_KEY_FILE')) ?? fromDir(mp.keyFile),
      certificateFile: fromCwd(envValue(env, 'ELAN_KIT_MASKINPORTEN_CERT_FILE')) ?? fromDir(mp.certificateFile),
      consumerOrg: mp.consumerOrg,
      systembruker: mp.systembruker,
    }),
    test: dropUndefined({ baseUrl: written.test?.baseUrl, register: fromDir(written.test?.register) }),
    tenor: written.tenor ?? {},
    simulator: { ...written.simulator, defects: written.simulator?.defects ?? [] },
    vendorTarget: dropUndefined({
      port: written.vendorTarget?.port ?? 0,
      scenarios: written.vendorTarget?.scenarios,
      scenarioTimeoutSeconds: written.vendorTarget?.scenarioTimeoutSeconds,
      recordings: fromDir(written.vendorTarget?.recordings),
      adapter: adapter?.module
        ? dropUndefined({
            kind: 'module' as const,
            path: resolve(dir, adapter.module),
            timeoutSeconds: adapter.timeoutSeconds,
          })
        : adapter?.command
          ? dropUndefined({
              kind: 'command' as const,
              command: adapter.command,
              timeoutSeconds: adapter.timeoutSeconds,
            })
          : adapter?.url
            ? dropUndefined({ kind: 'http' as const, url: adapter.url, timeoutSeconds: adapter.timeoutSeconds })
            : undefined,
    }),
    forsinkelsesrente: written.forsinkelsesrente ?? [],
    attestations,
    specs: (written.specs ?? []).map((spec) =>
      dropUndefined({ file: resolve(dir, spec.file), api: spec.api, operations: spec.operations }),
    ),
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** written → validated → resolved, from `--config FILE` or the file in `cwd` (none ⇒ all defaults). */
export function loadConfig(
  options: Omit<ResolveConfigOptions, 'file'> & { readonly configPath?: string },
): ResolvedConfig {
  const file = findConfigFile(options.cwd, options.configPath);
  const written = file ? validateWrittenConfig(readConfigFile(file), file) : {};
  return resolveConfig(written, { ...options, ...(file ? { file } : {}) });
}
