import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { createPayloads } from '../support/payloads.js';
import { describeAnswer } from '../support/problem.js';

export default defineCheck({
  id: 'auth-401-without-token',
  section: '4',
  title: { nb: '401 uten token', en: '401 without a token' },
  description: {
    nb: 'Et kall uten Authorization-header avvises med 401 på innsending, Betjeningskartet og status.',
    en: 'A call without an Authorization header is refused with 401 for submission, Betjeningskartet and status.',
  },
  severity: 'required',
  reference: 'Skatteetaten, Utleggsbegjæring API: Maskinporten-token som Bearer; generell feilkode KB-004',
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const payloads = await createPayloads(context);
    const calls = [
      ['validerNyBegjaering', () => context.api.validerNy(payloads.valid(), { auth: 'none' })],
      ['slaaOppRegelverk', () => context.api.slaaOppRegelverk([payloads.debtor()], { auth: 'none' })],
      ['hentStatusPaaSak', () => context.api.hentStatus(payloads.statusReference(), { auth: 'none' })],
    ] as const;
    const findings: BilingualFinding[] = [];
    for (const [operation, call] of calls) {
      const response = await call();
      if (response.status !== 401) {
        findings.push(
          finding(
            response.status < 400 ? 'ACCEPTED_WITHOUT_TOKEN' : 'WRONG_STATUS_WITHOUT_TOKEN',
            {
              en: `${operation} without a token answered ${describeAnswer(response)}, not 401.`,
              nb: `${operation} uten tilgangstoken svarte ${describeAnswer(response, 'nb')}, ikke 401.`,
            },
            { expected: 401, actual: response.status, exchangeId: response.exchange.id },
          ),
        );
      }
    }
    return judge(findings);
  },
});
