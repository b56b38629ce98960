import { MIN_POLL_INTERVAL_SECONDS } from '../assumptions.js';
import { buildPayloads, prepareSubmission } from '../checks/support/payloads.js';
import { kontrollutslagCodes } from '../checks/support/problem.js';
import { ConformanceError } from '../errors.js';
import type { HttpClient } from '../http/http-client.js';
import { createTokenProvider } from '../maskinporten/token-provider.js';
import type { ObservedSession, Target, TrafficObserver } from '../targets/target.js';
import { createElanApi } from './elan-api.js';

function regimeOf(body: unknown): string | undefined {
  const value = (body as { regelverk?: unknown } | undefined)?.regelverk;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The kit's reference client, as a vendor's system should behave: one token reused within its lifetime,
 * Betjeningskartet right before each new submission, attachments polled until converted, backoff on 429/503
 * honouring Retry-After, no resend after a 4xx, kontrollutslag surfaced, status polled at a calm pace.
 * On the simulator target, the observed-traffic checks judge this session as the simulator recorded it.
 */
export function createReferenceObserver(target: Target, http: HttpClient): TrafficObserver {
  return {
    async observe({ signal }): Promise<ObservedSession> {
      const control = target.simulator;
      if (!control || !target.tokens) {
        throw new ConformanceError('ELAN_TARGET_SETUP', 'The reference session needs the simulator target.');
      }
      const mark = await control.lastRecordingId();
      // A token cache of its own, so the session shows its own token reuse.
      const tokens = createTokenProvider({ client: target.tokens.client, http, clock: target.clock });
      const api = createElanApi({ target, http, signal, tokens });
      const session = { api, clock: target.clock, signal };
      const payloads = buildPayloads(target, 'REF');
      const surfaced: Record<string, string[]> = {};

      const submitNew = async (debtor: string) => {
        const lookup = await api.slaaOppRegelverk([debtor], { retry: true });
        if (regimeOf(lookup.body) !== 'nyttRegelverk') return undefined;
        const prepared = await prepareSubmission(session, payloads.build({ saksoekt: debtor }));
        const validated = await api.validerNy(prepared.document, { retry: true });
        if (validated.status === 422) {
          surfaced[`valider-${debtor}`] = kontrollutslagCodes(validated.body);
          return undefined;
        }
        const created = await api.opprett(prepared.document, { retry: true });
        const reference = (created.body as { eksternSaksreferanse?: unknown } | undefined)?.eksternSaksreferanse;
        return typeof reference === 'string' ? { reference, document: prepared.document } : undefined;
      };

      // 1. A new case, followed up at a calm pace, then changed.
      const first = await submitNew(payloads.freshDebtor());
      if (first) {
        for (let poll = 0; poll < 2; poll++) {
          await target.clock.sleep(MIN_POLL_INTERVAL_SECONDS * 1000, signal);
          await api.hentStatus(first.reference, { retry: true });
        }
        const change = structuredClone(first.document);
        const validated = await api.validerEndret(first.reference, change, { retry: true });
        if (validated.status < 300) await api.endre(first.reference, change, { retry: true });
        await target.clock.sleep(MIN_POLL_INTERVAL_SECONDS * 1000, signal);
        await api.hentStatus(first.reference, { retry: true });
      }
      // 2. Throttled and unavailable: back off as Retry-After says.
      await control.injectFault({ status: 429, count: 1, operationId: 'validerNyBegjaering', retryAfterSeconds: 2 });
      await control.injectFault({ status: 503, count: 1, operationId: 'opprettBegjaering', retryAfterSeconds: 2 });
      await submitNew(payloads.freshDebtor());
      await control.clearFaults();
      // 3. Rejected with kontrollutslag: show them, do not resend.
      const debtor = payloads.freshDebtor();
      const lookup = await api.slaaOppRegelverk([debtor], { retry: true });
      if (regimeOf(lookup.body) === 'nyttRegelverk') {
        const prepared = await prepareSubmission(session, payloads.build({ saksoekt: debtor }));
        const rejected = await api.opprett({ ...prepared.document, kravTilInnkreving: [] }, { retry: true });
        if (rejected.status === 422) surfaced['kontrollutslag'] = kontrollutslagCodes(rejected.body);
      }
      // 4. An old-regime debtor: looked up, then routed to ELSA (nothing is sent to ELAN).
      await api.slaaOppRegelverk([payloads.lockedDebtor()], { retry: true });

      const exchanges = await control.recordings(mark ? { afterId: mark } : {});
      return {
        client: 'reference',
        exchanges,
        surfacedKontrollutslag: surfaced,
        scenarios: [{ id: 'reference-session', completed: first !== undefined }],
      };
    },
  };
}
