import { HttpProblem } from '../../http/problem.js';
import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import { identifierValue, readParties } from '../document-fields.js';
import { proveKommuneDecision, rejectWithKontrollutslag } from '../proving.js';
import { callerOrgnr } from './access.js';

/** POST /api/utleggstrekk-fra-kommune/v1|v2/beslutning → 201 `{eksternSaksreferanse}`. */
export function receiveDecision(state: SimulatorState, modelVersion: '1.0' | '2.0', request: RouteRequest): Reply {
  const orgnr = callerOrgnr(request.caller);
  const count = state.kommuneDecisionCount.get(orgnr) ?? 0;
  if (count >= state.options.limits.casesPerOrganisation) {
    throw new HttpProblem(429, 'The organisation has reached the number of decisions the simulator keeps.', {
      headers: { 'retry-after': '3600' },
    });
  }
  if (!state.options.defects.has('accept-everything')) {
    const findings = proveKommuneDecision(state, {
      document: request.body,
      modelVersion,
      mode: 'ny',
      caller: request.caller,
      nowMs: request.nowMs,
    });
    if (findings.length > 0) throw rejectWithKontrollutslag(state, findings);
  }
  const eksternSaksreferanse = state.cases.newReference();
  state.kommuneDecisionCount.set(orgnr, count + 1);
  state.kommuneDecisions.set(eksternSaksreferanse, {
    eksternSaksreferanse,
    orgnr,
    modelVersion,
    document: request.body,
    receivedAt: new Date(request.nowMs).toISOString(),
  });
  return { status: 201, body: { eksternSaksreferanse } };
}

/** Whether the debtor has, or has had, withholding under the new rules in this simulator. */
export function hasCoordinatedWithholding(state: SimulatorState, identifier: string, nowMs: number): boolean {
  if (state.samordnetTrekk.has(identifier)) return true;
  state.cases.materialise(nowMs);
  return state.cases
    .list()
    .some(
      (record) =>
        record.orgnr !== '*' &&
        record.beslutning.some((b) => b.beslutningstype === 'utleggstrekk') &&
        readParties(record.document, 'saksoekt').some((party) => party.identifier === identifier),
    );
}

/** POST /api/utleggstrekk-fra-kommune/v1/oppslag-samordnet-trekk → `{skyldner, <flag>}` (information-model.md §17.3). */
export function lookUpCoordinatedWithholding(state: SimulatorState, request: RouteRequest): Reply {
  const skyldner = (request.body as { skyldner?: unknown } | undefined)?.skyldner;
  const identifier = identifierValue(skyldner);
  const flag = identifier === undefined ? false : hasCoordinatedWithholding(state, identifier, request.nowMs);
  return { status: 200, body: { skyldner, [state.options.oppslagFlagName]: flag } };
}
