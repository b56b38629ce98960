import { prov, provKommuneBeslutning } from '@elan-kit/rules';
import type { EarlierCase, Kontrollutslag, ModelVersion, ProvingContext } from '@elan-kit/schemas';
import { HttpProblem } from '../http/problem.js';
import type { Caller } from '../maskinporten/access-token.js';
import type { SimulatorState } from '../state.js';
import { readText } from './document-fields.js';

export interface ProvingInput {
  readonly document: unknown;
  readonly modelVersion: ModelVersion;
  readonly mode: 'ny' | 'endring';
  readonly caller: Caller | undefined;
  readonly nowMs: number;
  readonly earlier?: EarlierCase;
}

/** Prøving with the context filled from the simulator's own state. */
export function proveDocument(state: SimulatorState, input: ProvingInput): Kontrollutslag[] {
  return prov(input.document, provingContext(state, input));
}

/** Prøving of a Beslutning om trekk fra kommune: the begjæring vilkår it shares. */
export function proveKommuneDecision(state: SimulatorState, input: ProvingInput): Kontrollutslag[] {
  return provKommuneBeslutning(input.document, provingContext(state, input));
}

function provingContext(state: SimulatorState, input: ProvingInput): ProvingContext {
  const begjaeringReferanse = readText(input.document, 'innsenderReferanse');
  return {
    modelVersion: input.modelVersion,
    today: state.clock.today(),
    mode: input.mode,
    ...(input.caller?.orgnr === undefined ? {} : { authenticatedOrgnr: input.caller.orgnr }),
    ...(input.earlier === undefined ? {} : { earlier: input.earlier }),
    attachments: state.attachments.viewFor(input.caller?.orgnr, input.nowMs),
    parties: state.parties,
    // A change carries the same begjæringsdato and reference as its case: only new submissions can be duplicates.
    ...(input.mode === 'ny' ? { earlierSubmissions: state.cases.earlierSubmissions } : {}),
    ...(begjaeringReferanse === undefined ? {} : { begjaeringReferanse }),
    options: state.provingOptions,
  };
}

/** The 422 answer: one kontrollutslag per finding, bounded, or none at all with the `drop-kontrollutslag` defect. */
export function rejectWithKontrollutslag(state: SimulatorState, findings: readonly Kontrollutslag[]): HttpProblem {
  const dropped = state.options.defects.has('drop-kontrollutslag');
  const limit = state.options.limits.kontrollutslagPerAnswer;
  const kontrollutslag = dropped
    ? []
    : findings.slice(0, limit).map(({ kode, melding, beskrivelse, sti }) => ({ kode, melding, beskrivelse, sti }));
  const more = findings.length > limit && !dropped ? ` (the first ${limit} of ${findings.length} are listed)` : '';
  return new HttpProblem(422, `The request breaks ${findings.length} vilkår${more}.`, {
    extensions: { kontrollutslag },
  });
}
