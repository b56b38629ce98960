import type { Exchange } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { findRealIdentifiers } from '../../guards/synthetic-data.js';
import { sessionFinding } from '../../observed/observation.js';
import { isObservation, observe } from '../../observed/run-observed.js';
import { createPayloads } from '../support/payloads.js';

function scanExchanges(exchanges: readonly Exchange[]): BilingualFinding[] {
  return exchanges.flatMap((exchange) =>
    exchange.request.body === undefined
      ? []
      : findRealIdentifiers(exchange.request.body).map((found) =>
          finding(
            'NON_SYNTHETIC_IDENTIFIER',
            {
              en: `${exchange.method} ${exchange.url} (${exchange.time}${exchange.korrelasjonsid ? `, Korrelasjonsid ${exchange.korrelasjonsid}` : ''}) carries what looks like a real ${found.kind} at ${found.pointer}: use only synthetic (Tenor) test data.`,
              nb: `${exchange.method} ${exchange.url} (${exchange.time}${exchange.korrelasjonsid ? `, Korrelasjonsid ${exchange.korrelasjonsid}` : ''}) inneholder noe som ser ut som et ekte ${found.kind} i ${found.pointer}: bruk bare syntetiske testdata (fra Tenor).`,
            },
            {
              pointer: found.pointer,
              exchangeId: exchange.id,
              reference: 'Sjekkliste 3: «Bruk kun syntetiske data i vedlegg og meldinger»',
            },
          ),
        ),
  );
}

export default defineCheck({
  id: 'data-synthetic-identifiers',
  section: '3',
  title: { nb: 'Kun syntetiske testdata', en: 'Only synthetic test data' },
  description: {
    nb: 'Hver identifikator i hver melding og i vedleggenes metadata er syntetisk (Tenor: fødselsnummer med måned + 80, organisasjonsnummer som starter med 2 eller 3).',
    en: 'Every identifier in every payload and in attachment metadata is synthetic (Tenor: fødselsnummer with month + 80, organisation numbers starting with 2 or 3).',
  },
  severity: 'required',
  reference: 'Sjekkliste 3 (Testmiljø og testdata); Tenor testdatasøk',
  async run(context) {
    const findings: BilingualFinding[] = [];
    let exchanges: readonly Exchange[];
    if (context.target.observer) {
      const observation = await observe(context);
      if (!isObservation(observation)) return observation;
      findings.push(sessionFinding(observation));
      if (context.target.kind === 'vendor' && observation.session.exchanges.length === 0) {
        return {
          status: 'skip',
          findings: [
            ...findings,
            finding(
              'NO_CLIENT_TRAFFIC',
              {
                en: "No traffic of the vendor's system was observed, so there was nothing to scan for real identifiers.",
                nb: 'Ingen trafikk fra leverandørens fagsystem ble observert, så det var ingenting å søke etter ekte identifikatorer i.',
              },
              { severity: 'info' },
            ),
          ],
        };
      }
      exchanges = [
        ...observation.session.exchanges,
        ...(context.target.kind === 'vendor' ? [] : context.runEvidence()),
      ];
    } else {
      exchanges = context.runEvidence();
    }
    const problems = scanExchanges(exchanges);
    const payloads = await createPayloads(context);
    const corpus = payloads.corpus();
    for (const [name, document] of corpus) {
      for (const found of findRealIdentifiers(document)) {
        problems.push(
          finding(
            'NON_SYNTHETIC_IDENTIFIER',
            {
              en: `The kit's payload "${name}" carries what looks like a real ${found.kind} at ${found.pointer}.`,
              nb: `Verktøyets melding «${name}» inneholder noe som ser ut som et ekte ${found.kind} i ${found.pointer}.`,
            },
            { pointer: found.pointer },
          ),
        );
      }
    }
    const named = new Set(problems.map((problem) => problem.exchangeId));
    for (const exchange of exchanges) if (named.has(exchange.id)) context.evidence.add(exchange);
    findings.push(
      finding(
        'SCANNED',
        {
          en: `Scanned ${exchanges.length} exchange(s) and ${corpus.length} payload(s) of the kit for real-looking fødselsnummer, D-nummer and organisasjonsnummer.`,
          nb: `Søkte gjennom ${exchanges.length} utveksling(er) og ${corpus.length} av verktøyets meldinger etter fødselsnummer, D-nummer og organisasjonsnummer som ser ekte ut.`,
        },
        { severity: 'info' },
      ),
    );
    return judge([...findings, ...problems]);
  },
});
