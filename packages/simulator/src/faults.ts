import { randomUUID } from 'node:crypto';
import { parseDuration } from './clock.js';
import { SimulatorError } from './errors.js';

export const FAULT_KINDS = ['latency', 'error', 'rate-limit', 'reset', 'maintenance'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A scripted misbehaviour of one endpoint (or every endpoint). */
export interface FaultSpec {
  /**
   * Operation id from the route table (`validerNyBegjaering`, `token`, …); omitted or `*` = every ELAN endpoint.
   * Maskinporten is another system: its endpoints (`token`, `jwks`, `metadata`) fail only when named.
   */
  readonly operationId?: string;
  readonly kind: FaultKind;
  /** latency: added delay in real milliseconds. */
  readonly latencyMs?: number;
  /** error: 500 or 503. */
  readonly status?: number;
  /** error: the general error code in the body (default from the status). */
  readonly feilkode?: string;
  /** rate-limit and maintenance: the Retry-After seconds (maintenance defaults to the window's end). */
  readonly retryAfterSeconds?: number;
  /** Applies to this many requests, then is spent (1 = one-shot). Omitted = no count limit. */
  readonly times?: number;
  /** Time window on the virtual clock: from (ISO, default now) until (ISO) or for a duration. */
  readonly from?: string;
  readonly until?: string;
  readonly duration?: number | string;
}

export interface Fault extends FaultSpec {
  readonly id: string;
  readonly remaining: number | undefined;
  readonly fromMs: number;
  readonly untilMs: number | undefined;
}

function invalid(message: string): SimulatorError {
  return new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', `Invalid fault: ${message}`);
}

export class FaultSchedule {
  #faults: Fault[] = [];

  add(spec: FaultSpec, nowMs: number): Fault {
    if (!(FAULT_KINDS as readonly string[]).includes(spec.kind)) {
      throw invalid(`kind must be one of ${FAULT_KINDS.join(', ')}.`);
    }
    if (
      spec.kind === 'latency' &&
      !(typeof spec.latencyMs === 'number' && spec.latencyMs >= 0 && spec.latencyMs <= 120_000)
    ) {
      throw invalid('latency needs latencyMs between 0 and 120000.');
    }
    if (spec.kind === 'error' && spec.status !== undefined && spec.status !== 500 && spec.status !== 503) {
      throw invalid('error status must be 500 or 503.');
    }
    if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times > 0)) {
      throw invalid('times must be a positive integer.');
    }
    if (
      spec.retryAfterSeconds !== undefined &&
      !(Number.isInteger(spec.retryAfterSeconds) && spec.retryAfterSeconds >= 0)
    ) {
      throw invalid('retryAfterSeconds must be an integer ≥ 0.');
    }
    const fromMs = spec.from === undefined ? nowMs : Date.parse(spec.from);
    if (Number.isNaN(fromMs)) throw invalid(`from "${spec.from}" is not an ISO date-time.`);
    let untilMs: number | undefined;
    if (spec.until !== undefined) {
      untilMs = Date.parse(spec.until);
      if (Number.isNaN(untilMs)) throw invalid(`until "${spec.until}" is not an ISO date-time.`);
    } else if (spec.duration !== undefined) {
      const duration = parseDuration(spec.duration);
      if (duration === undefined) throw invalid(`duration "${String(spec.duration)}" is not a duration.`);
      untilMs = fromMs + duration;
    }
    const fault: Fault = { ...spec, id: randomUUID(), remaining: spec.times, fromMs, untilMs };
    this.#faults.push(fault);
    return fault;
  }

  /** The faults that apply to this request, each counted once. */
  take(operationId: string, family: 'elan' | 'maskinporten' | 'tenor', nowMs: number): Fault[] {
    if (this.#faults.length === 0) return [];
    const applied: Fault[] = [];
    this.#faults = this.#faults.flatMap((fault) => {
      if (fault.untilMs !== undefined && nowMs >= fault.untilMs) return [];
      const matches =
        (fault.operationId === operationId ||
          ((fault.operationId === undefined || fault.operationId === '*') && family === 'elan')) &&
        nowMs >= fault.fromMs;
      if (!matches) return [fault];
      applied.push(fault);
      if (fault.remaining === undefined) return [fault];
      return fault.remaining > 1 ? [{ ...fault, remaining: fault.remaining - 1 }] : [];
    });
    return applied;
  }

  get isEmpty(): boolean {
    return this.#faults.length === 0;
  }

  list(): readonly Fault[] {
    return this.#faults;
  }

  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  clear(): void {
    this.#faults = [];
  }
}
