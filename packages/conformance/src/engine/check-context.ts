import type { Attestation, Exchange } from '@elan-kit/schemas';
import { createElanApi } from '../client/elan-api.js';
import type { HttpClient } from '../http/http-client.js';
import type { Target } from '../targets/target.js';
import type { Check, CheckContext } from './check.js';
import type { FindingText } from './finding.js';

/** What every check of one run shares: the target, the pooled client, run-wide evidence, memo and notes. */
export interface RunScope {
  readonly target: Target;
  readonly http: HttpClient;
  readonly signal: AbortSignal;
  readonly notes: FindingText[];
  readonly attestations?: Readonly<Record<string, Attestation>>;
  readonly log?: (text: string) => void;
  readonly runEvidence: Exchange[];
  readonly inRun: Set<string>;
  readonly memo: Map<string, Promise<unknown>>;
}

/** The context one check runs in, and the evidence it collects (its own exchanges, each once). */
export function createCheckContext(check: Check, scope: RunScope): { context: CheckContext; evidence: Exchange[] } {
  const evidence: Exchange[] = [];
  const inCheck = new Set<string>();
  const sink = {
    add: (exchange: Exchange) => {
      if (inCheck.has(exchange.id)) return;
      inCheck.add(exchange.id);
      evidence.push(exchange);
      if (!scope.inRun.has(exchange.id)) {
        scope.inRun.add(exchange.id);
        scope.runEvidence.push(exchange);
      }
    },
  };
  const http = scope.http.withEvidence(sink);
  const context: CheckContext = {
    check: { id: check.id, section: check.section, severity: check.severity },
    target: scope.target,
    api: createElanApi({ target: scope.target, http, signal: scope.signal }),
    http,
    clock: scope.target.clock,
    signal: scope.signal,
    evidence: sink,
    runEvidence: () => scope.runEvidence,
    attestation: () => scope.attestations?.[check.id],
    note: (text) => {
      if (!scope.notes.some((note) => note.en === text.en)) scope.notes.push(text);
    },
    log: (text) => scope.log?.(text),
    memo: <T>(key: string, create: () => Promise<T>) => {
      let value = scope.memo.get(key) as Promise<T> | undefined;
      if (!value) {
        value = create();
        scope.memo.set(key, value);
      }
      return value;
    },
  };
  return { context, evidence };
}
