import { provDetailed } from '@elan-kit/rules';
import type { Contract, Finding, ModelVersion } from '@elan-kit/schemas';
import { loadTargetContracts } from '../targets/contracts.js';
import type { PactInteraction, ParsedPact } from './parse-pact.js';

const PROVED_OPERATIONS: Readonly<Record<string, 'ny' | 'endring'>> = {
  validerNyBegjaering: 'ny',
  opprettBegjaering: 'ny',
  validerEndretBegjaering: 'endring',
  endreBegjaering: 'endring',
};

export interface PactInteractionResult {
  readonly index: number;
  readonly description: string;
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly status: 'pass' | 'fail' | 'skip';
  readonly problems: readonly Finding[];
  /** Vilkår codes prøving gave for the request (operations that run prøving). */
  readonly provingCodes?: readonly string[];
}

export interface PactReport {
  readonly consumer: string;
  readonly provider: string;
  readonly specification: string;
  readonly modelVersion: ModelVersion;
  readonly interactions: readonly PactInteractionResult[];
  readonly summary: { readonly total: number; readonly pass: number; readonly fail: number; readonly skip: number };
}

export interface VerifyPactOptions {
  readonly modelVersion: ModelVersion;
  /** Today's date (`YYYY-MM-DD`) for date-based vilkår. */
  readonly today: string;
  /** Contracts to verify against; the bundled ones for the model by default. */
  readonly contracts?: readonly Contract[];
}

function kontrollutslagCodes(body: unknown): string[] | undefined {
  const list = (body as { kontrollutslag?: unknown } | undefined)?.kontrollutslag;
  if (!Array.isArray(list)) return undefined;
  return list
    .map((entry) => (entry !== null && typeof entry === 'object' ? (entry as { kode?: unknown }).kode : undefined))
    .filter((kode): kode is string => typeof kode === 'string');
}

function isJson(contentType: string | undefined, body: unknown): boolean {
  return contentType === undefined ? body !== null && typeof body === 'object' : /json/i.test(contentType);
}

function verifyInteraction(
  interaction: PactInteraction,
  contracts: readonly Contract[],
  options: VerifyPactOptions,
): PactInteractionResult {
  const { request, response } = interaction;
  const base = {
    index: interaction.index,
    description: interaction.description,
    method: request.method,
    path: request.path,
  };
  const pathname = request.path.split('?')[0] ?? request.path;
  const match = contracts.map((contract) => contract.findOperation(request.method, pathname)).find(Boolean);
  if (!match) {
    return {
      ...base,
      status: 'fail',
      problems: [
        {
          code: 'PACT_UNKNOWN_OPERATION',
          message: `${request.method} ${pathname} is not an operation of the ELAN contract (model ${options.modelVersion}).`,
        },
      ],
    };
  }
  const { operation, pathParams } = match;
  const problems: Finding[] = [];
  const expectsClientError = response.status === 400 || response.status === 401;
  if (response.status !== 401) {
    for (const error of operation.validateRequestHeaders(request.headers)) {
      problems.push({
        code: 'PACT_REQUEST_HEADER_INVALID',
        message:
          error.keyword === 'required'
            ? `request header ${String(error.params['missingProperty'])} is missing`
            : `request header ${error.instancePath.slice(1)} ${error.message}`,
        pointer: error.instancePath,
      });
    }
  }
  for (const error of [...operation.validatePathParams(pathParams), ...operation.validateQuery(request.query)]) {
    problems.push({
      code: 'PACT_REQUEST_PARAMETER_INVALID',
      message: `request parameter ${error.instancePath} ${error.message}`,
      pointer: error.instancePath,
    });
  }
  if (!expectsClientError && request.body !== undefined && isJson(request.contentType, request.body)) {
    for (const error of operation.validateRequestBody(request.body, 'application/json')) {
      problems.push({
        code: 'PACT_REQUEST_BODY_INVALID',
        message: `request body ${error.instancePath || '/'} ${error.message}`,
        pointer: error.instancePath,
        actual: error.params,
      });
    }
  }
  for (const error of operation.validateResponse(response.status, response.body, response.contentType)) {
    problems.push({
      code: error.keyword === 'status' ? 'PACT_STATUS_UNDOCUMENTED' : 'PACT_RESPONSE_INVALID',
      message: `response ${response.status}: ${error.keyword === 'status' ? error.message : `${error.instancePath || '/'} ${error.message}`}`,
      pointer: error.instancePath,
      actual: error.params,
    });
  }

  const mode = PROVED_OPERATIONS[operation.operationId];
  let provingCodes: string[] | undefined;
  if (
    mode &&
    request.body !== null &&
    typeof request.body === 'object' &&
    (response.status < 300 || response.status === 422)
  ) {
    const report = provDetailed(request.body, { modelVersion: options.modelVersion, today: options.today, mode });
    provingCodes = [...new Set(report.kontrollutslag.map((k) => k.kode))];
    const evaluated = new Set(report.evaluated);
    if (response.status === 422) {
      const pactCodes = kontrollutslagCodes(response.body) ?? [];
      const missing = provingCodes.filter((code) => !pactCodes.includes(code));
      const unexpected = pactCodes.filter((code) => evaluated.has(code) && !provingCodes?.includes(code));
      if (missing.length > 0) {
        problems.push({
          code: 'PACT_KONTROLLUTSLAG_MISSING',
          message: `Prøving gives ${missing.join(', ')} for this request, but the pact's 422 does not carry ${missing.length > 1 ? 'them' : 'it'}.`,
          expected: provingCodes,
          actual: pactCodes,
        });
      }
      if (unexpected.length > 0) {
        problems.push({
          code: 'PACT_KONTROLLUTSLAG_UNEXPECTED',
          message: `The pact expects ${unexpected.join(', ')}, which prøving does not give for this request.`,
          expected: provingCodes,
          actual: pactCodes,
        });
      }
      const unjudged = pactCodes.filter((code) => !evaluated.has(code));
      if (unjudged.length > 0) {
        problems.push({
          code: 'PACT_KONTROLLUTSLAG_NOT_JUDGED',
          severity: 'info',
          message: `${unjudged.join(', ')} need${unjudged.length > 1 ? '' : 's'} context a pact cannot carry (register, attachments, earlier cases) and ${unjudged.length > 1 ? 'were' : 'was'} not judged.`,
        });
      }
    } else if (provingCodes.length > 0) {
      problems.push({
        code: 'PACT_EXPECTS_ACCEPTANCE',
        message: `The pact expects ${response.status}, but prøving rejects this request with ${provingCodes.join(', ')}.`,
        expected: 422,
        actual: response.status,
      });
    }
  }
  const failed = problems.some((problem) => (problem.severity ?? 'error') === 'error');
  return {
    ...base,
    operationId: operation.operationId,
    status: failed ? 'fail' : 'pass',
    problems,
    ...(provingCodes ? { provingCodes } : {}),
  };
}

/** Checks a consumer pact interaction by interaction against the ELAN contract and the vilkår. */
export function verifyPact(pact: ParsedPact, options: VerifyPactOptions): PactReport {
  const contracts = options.contracts ?? loadTargetContracts(options.modelVersion);
  const results: PactInteractionResult[] = pact.interactions.map((interaction) =>
    verifyInteraction(interaction, contracts, options),
  );
  for (const skipped of pact.skipped) {
    results.push({
      index: skipped.index,
      description: skipped.description,
      method: '',
      path: '',
      status: 'skip',
      problems: [
        { code: 'PACT_NOT_HTTP', severity: 'info', message: `A ${skipped.type} interaction is not an HTTP call.` },
      ],
    });
  }
  results.sort((a, b) => a.index - b.index);
  const count = (status: PactInteractionResult['status']) => results.filter((r) => r.status === status).length;
  return {
    consumer: pact.consumer,
    provider: pact.provider,
    specification: pact.specification,
    modelVersion: options.modelVersion,
    interactions: results,
    summary: { total: results.length, pass: count('pass'), fail: count('fail'), skip: count('skip') },
  };
}
