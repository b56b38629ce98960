import { classifyIdentifier } from '@elan-kit/fixtures';
import { REGIME_OF_VALID_UNREGISTERED_PARTY } from '../../assumptions.js';
import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import { identifierValue } from '../document-fields.js';

type Verdict = 'tidligereRegelverk' | 'nyttRegelverk' | 'motstridendeRegelverk' | 'ukjentSkyldner';

/** A registered party's regime; else the new regime for a valid person/organisation number, else unknown. */
function regimeOf(state: SimulatorState, value: string | undefined): Verdict {
  if (value === undefined) return 'ukjentSkyldner';
  const registered = state.parties.get(value)?.regelverk;
  if (registered) return registered;
  const { kind, valid } = classifyIdentifier(value);
  return valid && (kind === 'fnr' || kind === 'dnr' || kind === 'orgnr')
    ? REGIME_OF_VALID_UNREGISTERED_PARTY
    : 'ukjentSkyldner';
}

/**
 * POST {base}/betjeningskartet — which regime each debtor is on (information-model.md §15): the register's
 * regelverk (the locked test parties are `tidligereRegelverk`), the new regime for other valid person and
 * organisation numbers (REGIME_OF_VALID_UNREGISTERED_PARTY), `ukjentSkyldner` for invalid ones, and at top level
 * `motstridendeRegelverk` when the debtors differ.
 */
export function lookUpRegime(state: SimulatorState, request: RouteRequest): Reply {
  const body = request.body as { skyldner?: unknown };
  const debtors = Array.isArray(body?.skyldner) ? body.skyldner : [];
  const skyldner = debtors.map((identifikator) => {
    const regelverk = regimeOf(state, identifierValue(identifikator));
    return { partsreferanse: { partsidentifikator: identifikator }, regelverk };
  });
  const verdicts = new Set(skyldner.map((entry) => entry.regelverk));
  const regelverk: Verdict =
    verdicts.size === 1 ? [...verdicts][0]! : verdicts.size === 0 ? 'ukjentSkyldner' : 'motstridendeRegelverk';
  return { status: 200, body: { regelverk, skyldner } };
}
