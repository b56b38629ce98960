import { createRng } from '@elan-kit/fixtures';
import { HttpProblem } from '../../http/problem.js';
import type { Reply, RouteRequest } from '../../pipeline/route.js';
import type { SimulatorState } from '../../state.js';
import type { CaseRecord } from '../cases.js';
import { amountOf, identifierValue, readClaims, readParties } from '../document-fields.js';
import { forbidden, notFound } from './access.js';

const NOK = (beloep: number) => ({ beloep: Math.round(beloep * 100) / 100, valuta: 'NOK' });

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * POST {base}/innsyn/trekk — synthetic a–e answers (information-model.md §16), as the test environment
 * gives them: only for a case the caller submitted, with the same saksøkt. 404 for an unknown case or
 * claim, or a saksøkt not in the case; 403 for another organisation's case.
 */
export function readInnsyn(state: SimulatorState, request: RouteRequest): Reply {
  const body = (request.body ?? {}) as {
    eksternSaksreferanse?: unknown;
    kravgrunnlagsidentifikator?: unknown;
    saksoekt?: unknown;
  };
  state.cases.materialise(request.nowMs);
  const reference = typeof body.eksternSaksreferanse === 'string' ? body.eksternSaksreferanse : undefined;
  const kravgrunnlag =
    typeof body.kravgrunnlagsidentifikator === 'string' ? body.kravgrunnlagsidentifikator : undefined;
  if (reference === undefined && kravgrunnlag === undefined) {
    throw new HttpProblem(400, 'Name the claim by eksternSaksreferanse or kravgrunnlagsidentifikator.');
  }
  let record: CaseRecord | undefined = reference === undefined ? undefined : state.cases.get(reference);
  if (reference === undefined && kravgrunnlag !== undefined) record = state.cases.findByKravgrunnlag(kravgrunnlag);
  if (!record || record.orgnr === '*')
    throw notFound(reference !== undefined ? `Case "${reference}"` : `Claim "${kravgrunnlag}"`);
  if (record.orgnr !== request.caller?.orgnr) throw forbidden('The case');

  const saksoekt = identifierValue(body.saksoekt);
  if (!readParties(record.document, 'saksoekt').some((party) => party.identifier === saksoekt)) {
    throw notFound('A withholding for this saksøkt in the case');
  }
  const claims = readClaims(record.document);
  const identifier =
    kravgrunnlag ??
    record.kravgrunnlag.values().next().value ??
    createRng(state.options.seed).fork(`kravgrunnlag:${record.eksternSaksreferanse}`).digits(12);
  if (kravgrunnlag !== undefined && ![...record.kravgrunnlag.values()].includes(kravgrunnlag)) {
    throw notFound(`Claim "${kravgrunnlag}"`);
  }

  const rng = createRng(state.options.seed).fork(`innsyn:${record.eksternSaksreferanse}`);
  const own = claims.reduce((sum, claim) => sum + amountOf(claim.gjenstaaendeBeloep), 0);
  const better = rng.int(0, 40_000);
  const same = rng.int(0, 20_000);
  const employers = state.register.organisations.filter((o) => o.rolle === 'kreditor' && o.hovedenhet);
  const trekkpliktig =
    employers.length > 0 ? rng.pick(employers).identifier : state.register.defaultSaksoeker.identifier;
  const today = request.nowMs;
  const monthAgo = today - 30 * 86_400_000;
  return {
    status: 200,
    body: {
      kravgrunnlagsidentifikator: identifier,
      kravMedBedrePrioritet: { sumBeloep: NOK(better), sumStipulerteRenter: NOK(better * 0.04) },
      kravMedLikPrioritet: {
        sumBeloep: NOK(same),
        sumStipulerteRenter: NOK(same * 0.04),
        dividendegrunnlagKrav: NOK(own),
        dividendegrunnlagAndreKrav: NOK(same),
      },
      uforfalteBidragskrav: { beloep: NOK(rng.int(0, 3) === 0 ? rng.int(500, 3000) : 0) },
      innbetalinger: [
        { dato: isoDate(monthAgo), mottattBeloep: NOK(1850), plassertBeloep: NOK(1850) },
        { dato: isoDate(today), mottattBeloep: NOK(1850), plassertBeloep: NOK(rng.int(0, 1850)) },
      ],
      trekkpaalegg: [
        {
          trekkpliktig,
          trekkstoerrelseForPeriode: [{ startdato: isoDate(monthAgo), trekkbeloep: NOK(1850) }],
        },
      ],
    },
  };
}
