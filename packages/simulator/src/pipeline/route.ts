import type { IncomingHttpHeaders } from 'node:http';
import type { ModelVersion } from '@elan-kit/schemas';
import type { ContractRef } from '../elan/contract-validation.js';
import type { MultipartPart } from '../http/multipart.js';
import type { RoutePattern } from '../http/router.js';
import type { Caller } from '../maskinporten/access-token.js';

export type RouteFamily = 'elan' | 'maskinporten' | 'tenor';

export type BodyKind = 'json' | 'multipart' | 'form' | 'none';

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Default `application/json` (errors: `application/problem+json`). */
  readonly contentType?: string;
  /** The token endpoint's answers hold secrets; the recorder redacts them. */
  readonly secrets?: 'token-endpoint';
}

export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON, the multipart fields (`Record<name, string | Buffer>`), or the raw form bytes. */
  readonly body: unknown;
  /** Uploaded files of a multipart body, by field name. */
  readonly files: Readonly<Record<string, MultipartPart>>;
  /** The verified caller (ELAN routes). */
  readonly caller: Caller | undefined;
  readonly korrelasjonsid: string;
  readonly nowMs: number;
}

export interface Route extends RoutePattern {
  readonly operationId: string;
  /**
   * `elan`: token, headers, schema and prøving apply. `maskinporten`: the stand-in's own rules. `tenor`: the test
   * data search, behind a token only.
   */
  readonly family: RouteFamily;
  readonly body: BodyKind;
  /** Any of these scopes grants access (ELAN routes). */
  readonly scopes?: readonly string[];
  readonly contract?: ContractRef;
  readonly modelVersion?: ModelVersion;
  handle(request: RouteRequest): Reply | Promise<Reply>;
}
