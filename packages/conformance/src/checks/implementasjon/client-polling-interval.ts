import { MIN_POLL_INTERVAL_SECONDS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { describeExchange, STATUS_OPERATIONS, seconds } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { pollingRuns } from '../../observed/polling.js';
import { runObserved } from '../../observed/run-observed.js';

/** Checklist 4: two status calls for the same case with no action between are MIN_POLL_INTERVAL_SECONDS apart or more. */
export const judgePolling: TrafficJudge = (observation) => {
  const runs = [...pollingRuns(observation.items).entries()];
  if (runs.length === 0) {
    return notObserved(
      observation,
      'NO_STATUS_OBSERVED',
      { en: 'No status call was observed.', nb: 'Ingen statusforespørsel ble observert.' },
      ['full-flow'],
    );
  }
  const findings: BilingualFinding[] = [];
  for (const [key, list] of runs) {
    for (const run of list) {
      for (let index = 1; index < run.length; index++) {
        const gapMs = run[index]!.timeMs - run[index - 1]!.timeMs;
        if (gapMs >= MIN_POLL_INTERVAL_SECONDS * 1000) continue;
        const gap = seconds(gapMs);
        const what =
          key === 'endringer'
            ? { en: 'the change feed', nb: 'endringsstrømmen' }
            : { en: `case ${key}`, nb: `sak ${key}` };
        findings.push(
          finding(
            'POLLING_TOO_FREQUENT',
            {
              en: `Status of ${what.en} was asked again after ${gap.en} with no action in between (${describeExchange(run[index]!)}): poll at most every ${MIN_POLL_INTERVAL_SECONDS} s.`,
              nb: `Status for ${what.nb} ble spurt om igjen etter ${gap.nb} uten noen handling i mellomtiden (${describeExchange(run[index]!)}): spør høyst hvert ${MIN_POLL_INTERVAL_SECONDS}. sekund.`,
            },
            {
              expected: `at least ${MIN_POLL_INTERVAL_SECONDS} s between status calls`,
              actual: gap.en,
              exchangeId: run[index]!.exchange.id,
            },
          ),
        );
      }
    }
  }
  return judged(observation, findings, (item) => STATUS_OPERATIONS.includes(item.operationId ?? ''));
};

export default defineCheck({
  id: 'client-polling-interval',
  section: '4',
  title: { nb: 'Polling er ikke for hyppig', en: 'Polling is not too frequent' },
  description: {
    nb: `Status på sak og endringsstrømmen spørres ikke oftere enn hvert ${MIN_POLL_INTERVAL_SECONDS}. sekund når ingenting er gjort i mellomtiden; én statusforespørsel etter hver handling er ikke polling.`,
    en: `Case status and the change feed are not asked more often than every ${MIN_POLL_INTERVAL_SECONDS} seconds when nothing was done in between; one status call after each action is not polling.`,
  },
  severity: 'recommended',
  reference: 'Sjekkliste 4 (polling eller Dialogporten)',
  assumptions: ['A-KLIENT-POLLING'],
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgePolling),
});
