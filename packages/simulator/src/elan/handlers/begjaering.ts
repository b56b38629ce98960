import { duplicateKey, type ModelVersion } from '@elan-kit/schemas';
import { CHANGE_SUCCESS_STATUS } from '../../assumptions.js';
import { HttpProblem } from '../../http/problem.js';
import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import { readText } from '../document-fields.js';
import { proveDocument, rejectWithKontrollutslag } from '../proving.js';
import { callerOrgnr, ownCase } from './access.js';

function accepts(state: SimulatorState): boolean {
  return state.options.defects.has('accept-everything');
}

/** POST {base}/valider — prøving without storing: 204 or 422. */
export function validateNew(state: SimulatorState, modelVersion: ModelVersion, request: RouteRequest): Reply {
  if (!accepts(state)) {
    const findings = proveDocument(state, {
      document: request.body,
      modelVersion,
      mode: 'ny',
      caller: request.caller,
      nowMs: request.nowMs,
    });
    if (findings.length > 0) throw rejectWithKontrollutslag(state, findings);
  }
  return { status: 204 };
}

/** POST {base} — prøving, then a new case: 201 `{eksternSaksreferanse}`. */
export function submit(state: SimulatorState, modelVersion: ModelVersion, request: RouteRequest): Reply {
  const orgnr = callerOrgnr(request.caller);
  if (state.cases.count(orgnr) >= state.options.limits.casesPerOrganisation) {
    throw new HttpProblem(429, 'The organisation has reached the number of cases the simulator keeps.', {
      headers: { 'retry-after': '3600' },
    });
  }
  if (!accepts(state)) {
    const findings = proveDocument(state, {
      document: request.body,
      modelVersion,
      mode: 'ny',
      caller: request.caller,
      nowMs: request.nowMs,
    });
    if (findings.length > 0) throw rejectWithKontrollutslag(state, findings);
  }
  const begjaeringsdato = readText(request.body, 'begjaeringsdato');
  const innsenderReferanse = readText(request.body, 'innsenderReferanse');
  const record = state.cases.create({
    orgnr,
    document: request.body,
    modelVersion,
    nowMs: request.nowMs,
    ...(begjaeringsdato !== undefined && innsenderReferanse !== undefined
      ? { duplicateKey: duplicateKey(orgnr, begjaeringsdato, innsenderReferanse) }
      : {}),
  });
  return { status: 201, body: { eksternSaksreferanse: record.eksternSaksreferanse } };
}

function proveChange(state: SimulatorState, modelVersion: ModelVersion, request: RouteRequest) {
  const reference = request.params.eksternSaksreferanse ?? '';
  const record = ownCase(state, reference, request.caller, request.nowMs);
  if (!accepts(state)) {
    const findings = proveDocument(state, {
      document: request.body,
      modelVersion,
      mode: 'endring',
      caller: request.caller,
      nowMs: request.nowMs,
      earlier: state.cases.earlierCase(record, request.nowMs),
    });
    if (findings.length > 0) throw rejectWithKontrollutslag(state, findings);
  }
  return record;
}

/** PUT {base}/valider/{eksternSaksreferanse} — prøving of a change without storing: 204 / 404 / 422. */
export function validateChange(state: SimulatorState, modelVersion: ModelVersion, request: RouteRequest): Reply {
  proveChange(state, modelVersion, request);
  return { status: 204 };
}

/** PUT {base}/{eksternSaksreferanse} — stores a new version: 200 `{eksternSaksreferanse}`. */
export function change(state: SimulatorState, modelVersion: ModelVersion, request: RouteRequest): Reply {
  const record = proveChange(state, modelVersion, request);
  state.cases.change(record, request.body, request.nowMs);
  return { status: CHANGE_SUCCESS_STATUS, body: { eksternSaksreferanse: record.eksternSaksreferanse } };
}

/** GET {base}/{eksternSaksreferanse} — the stored begjæring as last submitted. */
export function read(state: SimulatorState, request: RouteRequest): Reply {
  const record = ownCase(state, request.params.eksternSaksreferanse ?? '', request.caller, request.nowMs);
  return { status: 200, body: record.document };
}
