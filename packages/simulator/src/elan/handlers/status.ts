import { FEED_DEFAULT_PAGE, FEED_MAX_PAGE } from '../../assumptions.js';
import { HttpProblem } from '../../http/problem.js';
import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import { statusView } from '../cases.js';
import { TEST_UNKNOWN_REFERENCE } from '../synthetic-case.js';
import { callerOrgnr, notFound, ownCase } from './access.js';

/** GET {base}/status/{eksternSaksreferanse} → SakStatus; the TEST_SAK_* references answer for everyone. */
export function readStatus(state: SimulatorState, request: RouteRequest): Reply {
  const reference = request.params.eksternSaksreferanse ?? '';
  if (reference === TEST_UNKNOWN_REFERENCE) throw notFound(`Case "${reference}"`);
  const record = ownCase(state, reference, request.caller, request.nowMs, { allowFixed: true });
  return { status: 200, body: statusView(record) };
}

function integerParameter(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new HttpProblem(400, `${name} must be an integer from ${min} to ${max}.`, {
      extensions: { errors: [{ pointer: `/query/${name}`, message: `must be an integer from ${min} to ${max}` }] },
    });
  }
  return Number(raw);
}

/** GET {base}/status/endringer?fraSekvensnummer=N&maksAntall=M → the caller's change feed. */
export function readChanges(state: SimulatorState, request: RouteRequest): Reply {
  const orgnr = callerOrgnr(request.caller);
  const from = integerParameter(request.query, 'fraSekvensnummer', 0, 0, Number.MAX_SAFE_INTEGER);
  const max = integerParameter(request.query, 'maksAntall', FEED_DEFAULT_PAGE, 1, FEED_MAX_PAGE);
  state.cases.materialise(request.nowMs);
  return { status: 200, body: state.cases.feed(orgnr, from, max) };
}
