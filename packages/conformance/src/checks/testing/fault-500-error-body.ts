import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, toolError } from '../../engine/outcomes.js';
import { createPayloads } from '../support/payloads.js';
import { checkKorrelasjonsidEchoed, describeAnswer, isProblemContentType } from '../support/problem.js';

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
  assumptions: ['A-KONTRAKT-FEILSVAR'],
  targets: ['simulator'],
  async run(context) {
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
