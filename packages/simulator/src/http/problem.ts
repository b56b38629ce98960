import { STATUS_CODES } from 'node:http';
import { FEILKODE_BY_STATUS, PROBLEM_TYPE } from '../assumptions.js';

export interface ProblemOptions {
  readonly detail?: string;
  readonly feilkode?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Extension members (`errors`, `kontrollutslag`, …). */
  readonly extensions?: Readonly<Record<string, unknown>>;
  /** Close the connection after answering (the body was not read). */
  readonly closeConnection?: boolean;
}

/** A contract answer other than success, thrown anywhere in the pipeline and rendered as a ProblemDetail. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly options: ProblemOptions;

  constructor(status: number, detail?: string, options: Omit<ProblemOptions, 'detail'> = {}) {
    super(detail ?? STATUS_CODES[status] ?? `HTTP ${status}`);
    this.status = status;
    this.options = { ...options, ...(detail === undefined ? {} : { detail }) };
  }
}

export interface ProblemBodyInput {
  readonly status: number;
  readonly instance: string;
  readonly korrelasjonsid: string | undefined;
  readonly feilid: string;
  readonly options: ProblemOptions;
}

/** RFC 7807 body as ELAN answers it (ExtendedProblemDetail + `korrelasjonsid`, information-model.md §13.2). */
export function buildProblemBody(input: ProblemBodyInput): Record<string, unknown> {
  const feilkode = input.options.feilkode ?? FEILKODE_BY_STATUS[input.status];
  return {
    type: PROBLEM_TYPE,
    title: STATUS_CODES[input.status] ?? `HTTP ${input.status}`,
    status: input.status,
    ...(input.options.detail === undefined ? {} : { detail: input.options.detail }),
    instance: input.instance,
    feilid: input.feilid,
    ...(feilkode === undefined ? {} : { feilkode }),
    ...(input.korrelasjonsid === undefined ? {} : { korrelasjonsid: input.korrelasjonsid }),
    ...input.options.extensions,
  };
}
