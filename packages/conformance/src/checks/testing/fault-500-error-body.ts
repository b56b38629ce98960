import { MAX_RESENDS_AFTER_500, MIN_BACKOFF_SECONDS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, toolError } from '../../engine/outcomes.js';
import { describeExchange, isApiCall, seconds } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';
import { createPayloads } from '../support/payloads.js';
import { checkKorrelasjonsidEchoed, describeAnswer, isProblemContentType } from '../support/problem.js';

/**
 * The vendor's side of a 500: the Korrelasjonsid is logged (the adapter's answer names it) and the request is not
 * resent blindly: at most MAX_RESENDS_AFTER_500 time(s), and not sooner than MIN_BACKOFF_SECONDS.
 */
export const judgeServerErrorHandling: TrafficJudge = (observation) => {
  const api = observation.items.filter(isApiCall);
  const errors = api.filter((item) => item.exchange.status === 500);
  if (errors.length === 0) {
    return notObserved(
      observation,
      'NO_500_OBSERVED',
      {
        en: 'The client received no 500 answer; no such answer was observed.',
        nb: 'Klienten fikk ikke noe 500-svar; ingen slike svar ble observert.',
      },
      ['server-error'],
    );
  }
  const findings: BilingualFinding[] = [];
  for (const error of errors) {
    const body = JSON.stringify(error.exchange.request.body);
    const resends = api.filter(
      (item) =>
        api.indexOf(item) > api.indexOf(error) &&
        item.exchange.method === error.exchange.method &&
        item.exchange.url === error.exchange.url &&
        JSON.stringify(item.exchange.request.body) === body,
    );
    const early = resends.find((item) => item.timeMs - error.timeMs < MIN_BACKOFF_SECONDS * 1000);
    if (resends.length > MAX_RESENDS_AFTER_500 || early) {
      const last = early ?? resends.at(-1)!;
      const after = seconds(last.timeMs - error.timeMs);
      findings.push(
        finding(
          'BLIND_RETRY_500',
          {
            en: `After 500 in ${describeExchange(error)} the same request was sent ${resends.length} more time(s), ${describeExchange(last)} ${after.en} later: log the Korrelasjonsid and report the error; resend at most ${MAX_RESENDS_AFTER_500} time(s), no sooner than ${MIN_BACKOFF_SECONDS} s.`,
            nb: `Etter 500 i ${describeExchange(error)} ble den samme forespørselen sendt ${resends.length} gang(er) til, ${describeExchange(last)} ${after.nb} senere: logg Korrelasjonsid og meld feilen; send på nytt høyst ${MAX_RESENDS_AFTER_500} gang(er), tidligst etter ${MIN_BACKOFF_SECONDS} s.`,
          },
          {
            expected: `at most ${MAX_RESENDS_AFTER_500} resend(s)`,
            actual: resends.length,
            exchangeId: last.exchange.id,
          },
        ),
      );
    }
    const scenario = observation.session.scenarios.find((item) => item.id === error.scenario);
    const logged = scenario?.answer?.korrelasjonsid ?? [];
    const korrelasjonsid = error.exchange.korrelasjonsid;
    if (scenario && korrelasjonsid && !logged.includes(korrelasjonsid)) {
      findings.push(
        finding(
          'KORRELASJONSID_NOT_LOGGED',
          {
            en: `The system's answer for scenario ${scenario.id} does not name the Korrelasjonsid ${korrelasjonsid} of the 500 in ${describeExchange(error)}: log it, so Skatteetaten can trace the error.`,
            nb: `Systemets svar for scenario ${scenario.id} nevner ikke Korrelasjonsid ${korrelasjonsid} fra 500-svaret i ${describeExchange(error)}: logg den, slik at Skatteetaten kan spore feilen.`,
          },
          { expected: korrelasjonsid, actual: logged, exchangeId: error.exchange.id },
        ),
      );
    }
  }
  return judged(observation, findings, (item) => errors.includes(item));
};

export default defineCheck({
  id: 'fault-500-error-body',
  section: '5',
  title: {
    nb: 'Intern feil (500) gir et sporbart feilsvar',
    en: 'An internal error (500) gives a traceable error answer',
  },
  description: {
    nb: 'Simulatoren svarer 500 én gang: svaret er en ProblemDetail (application/problem+json) med status 500 og korrelasjonsid, og klienten sender ikke samme forespørsel blindt på nytt.',
    en: 'The simulator answers 500 once: the answer is a ProblemDetail (application/problem+json) with status 500 and korrelasjonsid, and the client does not blindly resend the same request.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (robust feilhåndtering)',
  assumptions: ['A-KONTRAKT-FEILSVAR', 'A-KLIENT-500'],
  targets: ['simulator', 'vendor'],
  async run(context) {
    if (context.target.kind === 'vendor') return runObserved(context, judgeServerErrorHandling);
    const control = context.target.simulator;
    if (!control) {
      return toolError('NO_FAULT_INJECTION', {
        en: 'This target cannot inject faults.',
        nb: 'Dette testmålet kan ikke legge inn feil.',
      });
    }
    const payloads = await createPayloads(context);
    await control.injectFault({ status: 500, count: 1, operationId: 'slaaOppRegelverk' });
    const response = await context.api.slaaOppRegelverk([payloads.freshDebtor()], { retry: true });
    await control.clearFaults();
    const findings: BilingualFinding[] = [];
    if (response.status !== 500) {
      findings.push(
        finding(
          'FAULT_NOT_ANSWERED',
          {
            en: `The injected 500 was not answered; the call answered ${describeAnswer(response)}.`,
            nb: `Den innlagte feilen 500 ble ikke gitt som svar; kallet svarte ${describeAnswer(response, 'nb')}.`,
          },
          { exchangeId: response.exchange.id },
        ),
      );
      return judge(findings);
    }
    const body = response.body as { status?: unknown } | undefined;
    if (!isProblemContentType(response) || body?.status !== 500) {
      findings.push(
        finding(
          'ERROR_BODY_NOT_PROBLEM',
          {
            en: 'The 500 answer is not an application/problem+json ProblemDetail with status 500.',
            nb: '500-svaret er ikke en ProblemDetail av typen application/problem+json med status 500.',
          },
          { actual: { contentType: response.headers['content-type'], body }, exchangeId: response.exchange.id },
        ),
      );
    }
    findings.push(...checkKorrelasjonsidEchoed(response, { en: 'Injected 500', nb: 'Innlagt feil 500' }));
    return judge(findings);
  },
});
