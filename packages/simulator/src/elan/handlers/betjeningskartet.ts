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

/** The kit's request names the identifier itself; the published 1.3.1 request a `Partsreferanse` around it. */
function asPartsreferanse(debtor: unknown): { partsnummer?: string; partsidentifikator?: unknown } {
  if (typeof debtor !== 'object' || debtor === null) return { partsidentifikator: debtor };
  const record = debtor as Record<string, unknown>;
  if (!('partsnummer' in record) && !('partsidentifikator' in record)) return { partsidentifikator: debtor };
  return {
    ...(typeof record['partsnummer'] === 'string' ? { partsnummer: record['partsnummer'] } : {}),
    ...(record['partsidentifikator'] !== undefined ? { partsidentifikator: record['partsidentifikator'] } : {}),
  };
}

/**
 * POST {base}/betjeningskartet — which regime each debtor is on (information-model.md §15): the register's
 * regelverk (the locked test parties are `tidligereRegelverk`), the new regime for other valid person and
 * organisation numbers (REGIME_OF_VALID_UNREGISTERED_PARTY), `ukjentSkyldner` for invalid ones, and at top level
 * `motstridendeRegelverk` when the debtors differ. Both the kit's request and the published 1.3.1 request
 * (`kildesystem`, `skyldner[].partsnummer`/`partsidentifikator`) are read.
 */
export function lookUpRegime(state: SimulatorState, request: RouteRequest): Reply {
  const body = request.body as { skyldner?: unknown };
  const debtors = Array.isArray(body?.skyldner) ? body.skyldner : [];
  const skyldner = debtors.map((debtor) => {
    const partsreferanse = asPartsreferanse(debtor);
    // A debtor named by partsnummer only cannot be looked up here (A-BETJENINGSKARTET-FORESPOERSEL).
    const regelverk = regimeOf(state, identifierValue(partsreferanse.partsidentifikator));
    return { partsreferanse, regelverk };
  });
  const verdicts = new Set(skyldner.map((entry) => entry.regelverk));
  const regelverk: Verdict =
    verdicts.size === 1 ? [...verdicts][0]! : verdicts.size === 0 ? 'ukjentSkyldner' : 'motstridendeRegelverk';
  return { status: 200, body: { regelverk, skyldner } };
}
