import { type ClassifiedExchange, isApiCall, STATUS_OPERATIONS } from './classify.js';

/**
 * Status calls grouped into runs of polling: calls for the same case (or the change feed) with no other API call
 * in between. An action between two status calls (a change, a new submission) ends a run: asking for the status
 * once after each action is not polling.
 */
export function pollingRuns(items: readonly ClassifiedExchange[]): Map<string, ClassifiedExchange[][]> {
  const runs = new Map<string, ClassifiedExchange[][]>();
  const open = new Map<string, ClassifiedExchange[]>();
  for (const item of items.filter(isApiCall)) {
    if (!STATUS_OPERATIONS.includes(item.operationId ?? '')) {
      open.clear();
      continue;
    }
    const key =
      item.operationId === 'hentStatusendringer'
        ? 'endringer'
        : (item.pathParams['eksternSaksreferanse'] ?? item.exchange.url);
    let run = open.get(key);
    if (!run) {
      run = [];
      open.set(key, run);
      runs.set(key, [...(runs.get(key) ?? []), run]);
    }
    run.push(item);
  }
  return runs;
}
