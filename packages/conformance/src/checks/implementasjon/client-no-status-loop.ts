import { STATUS_LOOP } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { describeExchange, STATUS_OPERATIONS } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { pollingRuns } from '../../observed/polling.js';
import { runObserved } from '../../observed/run-observed.js';

/** Checklist 4: no loop of status calls: STATUS_LOOP.calls in a row, each less than STATUS_LOOP.maxGapSeconds apart. */
export const judgeStatusLoop: TrafficJudge = (observation) => {
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
      let streak = 1;
      for (let index = 1; index < run.length; index++) {
        const gapMs = run[index]!.timeMs - run[index - 1]!.timeMs;
        streak = gapMs < STATUS_LOOP.maxGapSeconds * 1000 ? streak + 1 : 1;
        if (streak !== STATUS_LOOP.calls) continue;
        const what =
          key === 'endringer'
            ? { en: 'the change feed', nb: 'endringsstrømmen' }
            : { en: `case ${key}`, nb: `sak ${key}` };
        findings.push(
          finding(
            'STATUS_LOOP',
            {
              en: `Status of ${what.en} was asked ${STATUS_LOOP.calls} times in a row, each less than ${STATUS_LOOP.maxGapSeconds} s after the one before, up to ${describeExchange(run[index]!)}: a loop. Ask once after each action, and poll slowly.`,
              nb: `Status for ${what.nb} ble spurt om ${STATUS_LOOP.calls} ganger på rad, hver mindre enn ${STATUS_LOOP.maxGapSeconds} s etter den forrige, til og med ${describeExchange(run[index]!)}: en løkke. Spør én gang etter hver handling, og poll sjelden.`,
            },
            {
              expected: `fewer than ${STATUS_LOOP.calls} status calls in a row less than ${STATUS_LOOP.maxGapSeconds} s apart`,
              actual: STATUS_LOOP.calls,
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
  id: 'client-no-status-loop',
  section: '4',
  title: { nb: 'Ingen løkke av statusforespørsler', en: 'No loop of status requests' },
  description: {
    nb: `Status på sak spørres ikke ${STATUS_LOOP.calls} ganger på rad med mindre enn ${STATUS_LOOP.maxGapSeconds} s mellom hver uten noen handling i mellomtiden.`,
    en: `Case status is not asked ${STATUS_LOOP.calls} times in a row less than ${STATUS_LOOP.maxGapSeconds} s apart with no action in between.`,
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (polling eller Dialogporten)',
  assumptions: ['A-KLIENT-STATUSLOEKKE'],
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeStatusLoop),
});
