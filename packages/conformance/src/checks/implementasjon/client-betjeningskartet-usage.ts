import { BETJENINGSKARTET_MAX_AGE_SECONDS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { type ClassifiedExchange, debtorIdentifiers, describeExchange, isSuccess } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';

const MINUTES = BETJENINGSKARTET_MAX_AGE_SECONDS / 60;

function lookupAnswer(item: ClassifiedExchange): string | undefined {
  const body = item.exchange.response?.body as { regelverk?: unknown } | undefined;
  return typeof body?.regelverk === 'string' ? body.regelverk : undefined;
}

/**
 * Checklist 4 / Overgangsperioden: every saksøkt of a new submission is looked up in Betjeningskartet at most
 * BETJENINGSKARTET_MAX_AGE_SECONDS before it (exactly that passes); a lookup with no submission after it is a warning.
 */
export const judgeBetjeningskartet: TrafficJudge = (observation) => {
  const windowMs = BETJENINGSKARTET_MAX_AGE_SECONDS * 1000;
  const lookups = observation.items.filter((item) => item.operationId === 'slaaOppRegelverk' && isSuccess(item));
  const submissions = observation.items.filter((item) => item.operationId === 'opprettBegjaering');
  if (submissions.length === 0 && lookups.length === 0) {
    return notObserved(
      observation,
      'NO_SUBMISSION_OBSERVED',
      {
        en: 'No new submission and no Betjeningskartet lookup was observed.',
        nb: 'Ingen ny innsending og ingen oppslag i Betjeningskartet ble observert.',
      },
      ['full-flow'],
    );
  }
  const findings: BilingualFinding[] = [];
  const used = new Set<ClassifiedExchange>();
  for (const submission of submissions) {
    const debtors = debtorIdentifiers(submission.exchange.request.body);
    const lookup = [...lookups]
      .reverse()
      .find(
        (candidate) =>
          candidate.timeMs <= submission.timeMs &&
          submission.timeMs - candidate.timeMs <= windowMs &&
          debtors.every((id) => debtorIdentifiers(candidate.exchange.request.body).includes(id)),
      );
    if (lookup) {
      used.add(lookup);
      continue;
    }
    const who = debtors.length > 0 ? debtors.join(', ') : '(no saksøkt found in the body)';
    findings.push(
      finding(
        'BETJENINGSKARTET_NOT_CALLED',
        {
          en: `${describeExchange(submission)} submitted a new begjæring without a Betjeningskartet lookup of saksøkt ${who} in the ${MINUTES} minutes before: look the debtors up right before each new submission.`,
          nb: `${describeExchange(submission)} sendte inn en ny utleggsbegjæring uten at saksøkt ${who} var slått opp i Betjeningskartet de siste ${MINUTES} minuttene før: slå opp saksøkte rett før hver nye innsending.`,
        },
        {
          expected: `slaaOppRegelverk for every saksøkt at most ${MINUTES} minutes before opprettBegjaering`,
          actual: { debtors },
          reference:
            'Utleggsbegjæring API, tab Overgangsperioden: call it immediately before submitting a new begjæring',
          exchangeId: submission.exchange.id,
        },
      ),
    );
  }
  for (const lookup of lookups) {
    if (used.has(lookup) || lookupAnswer(lookup) !== 'nyttRegelverk') continue;
    const followed = submissions.some((s) => s.timeMs >= lookup.timeMs && s.timeMs - lookup.timeMs <= windowMs);
    if (!followed) {
      findings.push(
        finding(
          'BETJENINGSKARTET_NEEDLESS',
          {
            en: `${describeExchange(lookup)} answered nyttRegelverk but no new begjæring followed within ${MINUTES} minutes: call it only right before a new submission.`,
            nb: `${describeExchange(lookup)} svarte nyttRegelverk, men ingen ny utleggsbegjæring fulgte innen ${MINUTES} minutter: kall tjenesten bare rett før en ny innsending.`,
          },
          { severity: 'warning', exchangeId: lookup.exchange.id },
        ),
      );
    }
  }
  return judged(
    observation,
    findings,
    (item) => item.operationId === 'slaaOppRegelverk' || item.operationId === 'opprettBegjaering',
  );
};

export default defineCheck({
  id: 'client-betjeningskartet-usage',
  section: '4',
  title: {
    nb: 'Betjeningskartet kalles rett før ny innsending',
    en: 'Betjeningskartet is called right before a new submission',
  },
  description: {
    nb: `Regelverk slås opp for alle saksøkte høyst ${MINUTES} minutter før en ny utleggsbegjæring sendes, og ikke ellers (ikke ved endring, ikke uten innsending).`,
    en: `The regime is looked up for every debtor at most ${MINUTES} minutes before a new begjæring is submitted, and not otherwise (not for changes, not without a submission).`,
  },
  severity: 'required',
  reference: 'Skatteetaten, Utleggsbegjæring API, fane «Overgangsperioden» (Betjeningskartet)',
  assumptions: ['A-KLIENT-BETJENINGSKARTET', 'A-KONTRAKT-BETJENINGSKARTET'],
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeBetjeningskartet),
});
