import type { Exchange } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { operationsSeen, validateExchange } from '../support/contract.js';
import { isObservation, observe, sessionFinding } from '../support/observed.js';
import { createPayloads } from '../support/payloads.js';
import { classifyExchanges } from '../support/traffic.js';

const MAX_FINDINGS = 200;

export default defineCheck({
  id: 'contract-conformance',
  section: '4',
  title: { nb: 'Forespørsler og svar følger kontrakten', en: 'Requests and responses follow the contract' },
  description: {
    nb: 'Hver registrerte utveksling valideres mot OpenAPI-kontrakten: påkrevde headere (Klientid, Korrelasjonsid, Meldingsid), forespørselsskjema, dokumenterte statuskoder og svarskjema.',
    en: 'Every recorded exchange is validated against the OpenAPI contract: required headers (Klientid, Korrelasjonsid, Meldingsid), request schema, documented status codes and response schema.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4: «Følg API-spesifikasjonen»; kontraktene med sjekksum i kjøringen',
  assumptions: ['A-KONTRAKT-STIER', 'A-KONTRAKT-FEILSVAR'],
  async run(context) {
    const { contracts } = context.target;
    let exchanges: readonly Exchange[];
    const findings: BilingualFinding[] = [];
    let judgement = { requests: true, responses: true };
    if (context.target.kind === 'vendor') {
      const observation = await observe(context);
      if (!isObservation(observation)) return observation;
      exchanges = observation.session.exchanges;
      judgement = { requests: true, responses: false };
      findings.push(sessionFinding(observation));
    } else {
      // Cover the read operations too, in case the run's other checks did not call them.
      const payloads = await createPayloads(context);
      await context.api.slaaOppRegelverk([payloads.debtor()]);
      await context.api.validerNy(payloads.valid());
      await context.api.hentStatus(payloads.statusReference());
      await context.api.hentStatusendringer(0, 10);
      exchanges = context.runEvidence();
    }
    const problems = exchanges.flatMap((exchange) => validateExchange(exchange, contracts, judgement));
    const covered = operationsSeen(classifyExchanges(exchanges, contracts));
    findings.push(
      finding(
        'CONTRACT_COVERAGE',
        {
          en: `Validated ${exchanges.length} exchange(s) covering ${covered.length} operation(s): ${covered.join(', ')}.`,
          nb: `Validerte ${exchanges.length} utveksling(er) mot kontrakten, fordelt på ${covered.length} operasjon(er): ${covered.join(', ')}.`,
        },
        { severity: 'info', actual: covered },
      ),
    );
    const named = new Set(problems.slice(0, MAX_FINDINGS).map((problem) => problem.exchangeId));
    for (const exchange of exchanges) if (named.has(exchange.id)) context.evidence.add(exchange);
    findings.push(...problems.slice(0, MAX_FINDINGS));
    if (problems.length > MAX_FINDINGS) {
      const more = problems.length - MAX_FINDINGS;
      findings.push(
        finding('CONTRACT_FINDINGS_TRUNCATED', {
          en: `${more} more contract violation(s) not listed.`,
          nb: `${more} brudd på kontrakten til er ikke listet opp.`,
        }),
      );
    }
    return judge(findings);
  },
});
