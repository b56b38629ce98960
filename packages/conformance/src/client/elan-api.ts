import { randomUUID } from 'node:crypto';
import { DEFAULT_RETRY_AFTER_SECONDS, REFERENCE_CLIENT_MAX_RETRIES } from '../assumptions.js';
import { ConformanceError } from '../errors.js';
import { createElanHeaders } from '../http/elan-headers.js';
import type { HttpClient, HttpRequest, HttpResponse, MultipartFile } from '../http/http-client.js';
import type { TokenProvider } from '../maskinporten/token-provider.js';
import type { Target } from '../targets/target.js';
import { parseRetryAfter } from './retry-after.js';

/** `token`: a Maskinporten token from the target's provider; `none`: no Authorization; `bearer`: this exact value. */
export type AuthMode = 'token' | 'none' | { readonly bearer: string };

export interface CallOptions {
  readonly auth?: AuthMode;
  /** Extra headers; `undefined` removes a default one (e.g. to send a request without Korrelasjonsid). */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** Back off and retry on 429/503, honouring Retry-After (the reference client's behaviour). Off by default. */
  readonly retry?: boolean;
  readonly note?: string;
}

export interface AttachmentUpload {
  readonly data: Uint8Array;
  readonly filnavn: string;
  readonly innsenderReferanse: string;
  readonly type?: string;
  readonly contentType?: string;
}

/** The kit's reference ELAN client: the operations of interfaces.md with the three ELAN headers and a token. */
export interface ElanApi {
  slaaOppRegelverk(skyldnere: readonly string[], options?: CallOptions): Promise<HttpResponse>;
  lastOppVedlegg(upload: AttachmentUpload, options?: CallOptions): Promise<HttpResponse>;
  hentVedlegg(uuid: string, options?: CallOptions): Promise<HttpResponse>;
  slettVedlegg(uuid: string, options?: CallOptions): Promise<HttpResponse>;
  validerNy(begjaering: unknown, options?: CallOptions): Promise<HttpResponse>;
  opprett(begjaering: unknown, options?: CallOptions): Promise<HttpResponse>;
  validerEndret(eksternSaksreferanse: string, begjaering: unknown, options?: CallOptions): Promise<HttpResponse>;
  endre(eksternSaksreferanse: string, begjaering: unknown, options?: CallOptions): Promise<HttpResponse>;
  hentBegjaering(eksternSaksreferanse: string, options?: CallOptions): Promise<HttpResponse>;
  hentStatus(eksternSaksreferanse: string, options?: CallOptions): Promise<HttpResponse>;
  hentStatusendringer(fraSekvensnummer: number, maksAntall: number, options?: CallOptions): Promise<HttpResponse>;
  /** Any request with the ELAN headers and token applied (malformed bodies, odd methods). */
  send(request: Omit<HttpRequest, 'headers'>, options?: CallOptions): Promise<HttpResponse>;
}

/** The identifier shape ELAN uses for parties (variant A, information-model.md §3.1). */
export function partsidentifikator(verdi: string): { identifikatortype: string; verdi: string; landkode: string } {
  return { identifikatortype: 'taxIdentificationNumber', verdi, landkode: 'NO' };
}

export interface ElanApiOptions {
  readonly target: Target;
  readonly http: HttpClient;
  readonly signal?: AbortSignal;
  /** Call as another client than the target's own (e.g. a second organisation on the simulator). */
  readonly tokens?: TokenProvider;
}

export function createElanApi(options: ElanApiOptions): ElanApi {
  const { target, http } = options;
  const base = target.baseUrls.utleggsbegjaering.replace(/\/+$/, '');
  const statusBase = target.baseUrls.status.replace(/\/+$/, '');
  const kartBase = target.baseUrls.betjeningskartet.replace(/\/+$/, '');

  async function headersFor(call: CallOptions, korrelasjonsid: string): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      ...createElanHeaders(target.klientid),
      Korrelasjonsid: korrelasjonsid,
      accept: 'application/json, application/problem+json',
    };
    const auth = call.auth ?? 'token';
    if (auth === 'token') {
      const tokens = options.tokens ?? target.tokens;
      if (!tokens) {
        throw new ConformanceError(
          'ELAN_TARGET_SETUP',
          `The ${target.kind} target has no Maskinporten client to call the API with.`,
        );
      }
      const token = await tokens.getToken({ http, ...(options.signal ? { signal: options.signal } : {}) });
      headers['Authorization'] = `Bearer ${token.value}`;
    } else if (auth !== 'none') {
      headers['Authorization'] = `Bearer ${auth.bearer}`;
    }
    for (const [name, value] of Object.entries(call.headers ?? {})) {
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing) delete headers[existing];
      if (value !== undefined) headers[name] = value;
    }
    return headers;
  }

  async function send(request: Omit<HttpRequest, 'headers'>, call: CallOptions = {}): Promise<HttpResponse> {
    const korrelasjonsid = randomUUID();
    const maxRetries = call.retry ? REFERENCE_CLIENT_MAX_RETRIES : 0;
    let note = call.note;
    for (let attempt = 0; ; attempt++) {
      const headers = await headersFor(call, korrelasjonsid);
      const response = await http.send({
        ...request,
        headers,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(note ? { note } : {}),
      });
      const retryable = response.status === 429 || response.status === 503;
      if (!retryable || attempt >= maxRetries) return response;
      const retryAfter = parseRetryAfter(response.headers['retry-after'], target.clock.now());
      const wait = retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS;
      await target.clock.sleep(wait * 1000, options.signal);
      note = `retry ${attempt + 1} of ${maxRetries} after ${response.status}, waited ${wait} s${
        retryAfter === undefined ? ' (no Retry-After)' : ` (Retry-After: ${retryAfter})`
      }`;
    }
  }

  const json = (method: string, url: string, body: unknown) => ({ method, url, json: body });

  return {
    send,
    slaaOppRegelverk: (skyldnere, call) =>
      send(json('POST', `${kartBase}/betjeningskartet`, { skyldner: skyldnere.map(partsidentifikator) }), call),
    lastOppVedlegg: (upload, call) => {
      const file: MultipartFile = {
        field: 'fil',
        filename: upload.filnavn,
        contentType: upload.contentType ?? 'application/pdf',
        data: upload.data,
      };
      const fields: Record<string, string> = { innsenderReferanse: upload.innsenderReferanse };
      if (upload.type) fields['type'] = upload.type;
      return send({ method: 'POST', url: `${base}/vedlegg`, multipart: { fields, files: [file] } }, call);
    },
    hentVedlegg: (uuid, call) => send({ method: 'GET', url: `${base}/vedlegg/${encodeURIComponent(uuid)}` }, call),
    slettVedlegg: (uuid, call) => send({ method: 'DELETE', url: `${base}/vedlegg/${encodeURIComponent(uuid)}` }, call),
    validerNy: (doc, call) => send(json('POST', `${base}/valider`, doc), call),
    opprett: (doc, call) => send(json('POST', base, doc), call),
    validerEndret: (ref, doc, call) => send(json('PUT', `${base}/valider/${encodeURIComponent(ref)}`, doc), call),
    endre: (ref, doc, call) => send(json('PUT', `${base}/${encodeURIComponent(ref)}`, doc), call),
    hentBegjaering: (ref, call) => send({ method: 'GET', url: `${base}/${encodeURIComponent(ref)}` }, call),
    hentStatus: (ref, call) => send({ method: 'GET', url: `${statusBase}/status/${encodeURIComponent(ref)}` }, call),
    hentStatusendringer: (fra, maks, call) =>
      send({ method: 'GET', url: `${statusBase}/status/endringer?fraSekvensnummer=${fra}&maksAntall=${maks}` }, call),
  };
}
