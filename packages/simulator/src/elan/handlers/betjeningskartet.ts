import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import { identifierValue } from '../document-fields.js';

type Verdict = 'tidligereRegelverk' | 'nyttRegelverk' | 'motstridendeRegelverk' | 'ukjentSkyldner';

/**
 * POST {base}/betjeningskartet — which regime each debtor is on (information-model.md §15): the register's
 * regelverk (the locked test parties are `tidligereRegelverk`), `ukjentSkyldner` for identifiers it does not
 * know, and at top level `motstridendeRegelverk` when the debtors differ.
 */
export function lookUpRegime(state: SimulatorState, request: RouteRequest): Reply {
  const body = request.body as { skyldner?: unknown };
  const debtors = Array.isArray(body?.skyldner) ? body.skyldner : [];
  const skyldner = debtors.map((identifikator) => {
    const value = identifierValue(identifikator);
    const party = value === undefined ? undefined : state.parties.get(value);
    const regelverk: Verdict = party?.regelverk ?? 'ukjentSkyldner';
    return { partsreferanse: { partsidentifikator: identifikator }, regelverk };
  });
  const verdicts = new Set(skyldner.map((entry) => entry.regelverk));
  const regelverk: Verdict =
    verdicts.size === 1 ? [...verdicts][0]! : verdicts.size === 0 ? 'ukjentSkyldner' : 'motstridendeRegelverk';
  return { status: 200, body: { regelverk, skyldner } };
}
