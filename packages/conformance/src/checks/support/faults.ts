import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, toolError } from '../../engine/outcomes.js';
import { headerValue } from '../../http/elan-headers.js';
import { classifyExchanges } from '../../observed/classify.js';
import { runObserved } from '../../observed/run-observed.js';
import { backoffFindings, judgeBackoffFor } from '../implementasjon/client-backoff.js';
import { createPayloads, prepareSubmission } from './payloads.js';
import { checkKorrelasjonsidEchoed, describeAnswer } from './problem.js';

const RETRY_AFTER_SECONDS = 2;

/**
 * A fault scenario: the simulator answers `status` once; the provider's error answer must be a ProblemDetail that
 * echoes Korrelasjonsid (with Retry-After for 429/503), and the client under test — the kit's reference client on
 * the simulator target, the vendor's system on the vendor target — must back off before trying again.
 */
export async function runFaultScenario(context: CheckContext, status: 429 | 503): Promise<CheckOutcome> {
  if (context.target.kind === 'vendor') {
    const scenario = status === 429 ? 'rate-limited' : 'service-unavailable';
    return runObserved(context, judgeBackoffFor([status], [scenario]));
  }
  const control = context.target.simulator;
  if (!control) {
    return toolError('NO_FAULT_INJECTION', {
      en: 'This target cannot inject faults.',
      nb: 'Dette testmålet kan ikke legge inn feil.',
    });
  }
  const payloads = await createPayloads(context);
  const prepared = await prepareSubmission(context, payloads.build({ saksoekt: payloads.freshDebtor() }));
  const mark = await control.lastRecordingId();
  await control.injectFault({
    status,
    count: 1,
    operationId: 'validerNyBegjaering',
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
  const final = await context.api.validerNy(prepared.document, { retry: true });
  await control.clearFaults();
  const findings: BilingualFinding[] = [...prepared.problems];
  const recorded = await control.recordings(mark ? { afterId: mark } : {});
  const items = classifyExchanges(recorded, context.target.contracts).filter(
    (item) => item.operationId === 'validerNyBegjaering',
  );
  const faulted = items.find((item) => item.exchange.status === status);
  if (!faulted) {
    findings.push(
      finding(
        'FAULT_NOT_ANSWERED',
        {
          en: `The injected ${status} was not answered; the call answered ${describeAnswer(final)}.`,
          nb: `Den innlagte feilen ${status} ble ikke gitt som svar; kallet svarte ${describeAnswer(final, 'nb')}.`,
        },
        { exchangeId: final.exchange.id },
      ),
    );
    return judge(findings);
  }
  const answered = context
    .runEvidence()
    .find((exchange) => exchange.korrelasjonsid === faulted.exchange.korrelasjonsid && exchange.status === status);
  const retryAfter = headerValue(faulted.exchange.response?.headers ?? {}, 'retry-after');
  if (retryAfter === undefined) {
    findings.push(
      finding(
        'RETRY_AFTER_MISSING',
        { en: `The ${status} answer has no Retry-After header.`, nb: `${status}-svaret mangler Retry-After-hodet.` },
        { exchangeId: faulted.exchange.id },
      ),
    );
  }
  const body = faulted.exchange.response?.body as { status?: unknown } | undefined;
  if (body?.status !== status) {
    findings.push(
      finding(
        'ERROR_BODY_NOT_PROBLEM',
        {
          en: `The ${status} answer is not a ProblemDetail with status ${status}.`,
          nb: `${status}-svaret er ikke en ProblemDetail med status ${status}.`,
        },
        { actual: body, exchangeId: faulted.exchange.id },
      ),
    );
  }
  if (answered) {
    findings.push(
      ...checkKorrelasjonsidEchoed(
        { status, body: answered.response?.body, exchange: answered },
        { en: `Injected ${status}`, nb: `Innlagt feil ${status}` },
      ),
    );
  }
  findings.push(...backoffFindings(items, [status]).findings);
  if (final.status !== 204 && final.status !== 200) {
    findings.push(
      finding(
        'NO_RECOVERY',
        {
          en: `After backing off, validation answered ${describeAnswer(final)}, not 204.`,
          nb: `Etter å ha ventet svarte valideringen ${describeAnswer(final, 'nb')}, ikke 204.`,
        },
        { exchangeId: final.exchange.id },
      ),
    );
  }
  for (const item of items) context.evidence.add(item.exchange);
  return judge(findings);
}
