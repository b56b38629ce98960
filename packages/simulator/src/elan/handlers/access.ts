import { FEILKODE_UNKNOWN_IDENTIFIER } from '../../assumptions.js';
import { HttpProblem } from '../../http/problem.js';
import type { Caller } from '../../maskinporten/access-token.js';
import type { SimulatorState } from '../../state.js';
import type { CaseRecord } from '../cases.js';

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, `${what} was not found.`, { feilkode: FEILKODE_UNKNOWN_IDENTIFIER });
}

export function forbidden(what: string): HttpProblem {
  return new HttpProblem(403, `${what} belongs to another organisation.`);
}

/** The caller's own case, brought up to date on the clock; 404 when unknown, 403 when another org's. */
export function ownCase(
  state: SimulatorState,
  reference: string,
  caller: Caller | undefined,
  nowMs: number,
  options: { allowFixed?: boolean } = {},
): CaseRecord {
  state.cases.materialise(nowMs);
  const record = state.cases.get(reference);
  if (!record || (record.orgnr === '*' && !options.allowFixed)) throw notFound(`Case "${reference}"`);
  if (record.orgnr !== '*' && record.orgnr !== caller?.orgnr) throw forbidden(`Case "${reference}"`);
  return record;
}

/** The orgnr of the caller; routes reach handlers only with a verified caller. */
export function callerOrgnr(caller: Caller | undefined): string {
  if (caller?.orgnr === undefined) throw new HttpProblem(403, 'The token names no consumer organisation.');
  return caller.orgnr;
}
