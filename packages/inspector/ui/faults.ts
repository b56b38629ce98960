/** The page's fault choices as simulator fault specs (the admin API's `POST /__admin/faults` body). */
export type FaultChoice = '503' | '429' | '500' | 'latency' | 'maintenance';
export const FAULT_CHOICES: readonly FaultChoice[] = ['503', '429', '500', 'latency', 'maintenance'];

export function faultSpec(input: {
  readonly choice: FaultChoice;
  readonly operationId?: string;
  readonly times: number;
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: number;
}): Record<string, unknown> {
  const common = {
    times: input.times,
    ...(input.operationId ? { operationId: input.operationId } : {}),
    ...(input.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: input.retryAfterSeconds }),
  };
  switch (input.choice) {
    case '503':
      return { kind: 'error', status: 503, ...common };
    case '500':
      return { kind: 'error', status: 500, ...common };
    case '429':
      return { kind: 'rate-limit', ...common };
    case 'latency':
      return { kind: 'latency', latencyMs: input.latencyMs ?? 2000, ...common };
    case 'maintenance':
      return { kind: 'maintenance', ...common };
  }
}

/** A scenario's fault (`{ status, count, operationId, retryAfterSeconds }`) as a fault spec. */
export function scenarioFaultSpec(fault: {
  status: number;
  count?: number;
  operationId?: string;
  retryAfterSeconds?: number;
}): Record<string, unknown> {
  return faultSpec({
    choice: fault.status === 429 ? '429' : fault.status === 500 ? '500' : '503',
    times: fault.count ?? 1,
    ...(fault.operationId ? { operationId: fault.operationId } : {}),
    ...(fault.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: fault.retryAfterSeconds }),
  });
}
