import { ConformanceError } from '../errors.js';

/** One HTTP interaction of a consumer pact, normalised across pact specification versions 2, 3 and 4. */
export interface PactInteraction {
  readonly index: number;
  readonly description: string;
  readonly providerStates: readonly string[];
  readonly request: PactRequest;
  readonly response: PactResponse;
}

export interface PactRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly contentType: string | undefined;
}

export interface PactResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly contentType: string | undefined;
}

export interface ParsedPact {
  readonly consumer: string;
  readonly provider: string;
  readonly specification: string;
  readonly interactions: readonly PactInteraction[];
  /** Interactions that are not synchronous HTTP (V4 messages), skipped by the verifier. */
  readonly skipped: ReadonlyArray<{ readonly index: number; readonly description: string; readonly type: string }>;
}

function invalid(message: string, path: string): ConformanceError {
  return new ConformanceError('ELAN_PACT_INVALID', `${message} (at ${path})`, {
    hint: 'Pass a Pact JSON file (specification 2, 3 or 4) with HTTP interactions.',
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** V3/V4 headers may be arrays; pact header names are matched case-insensitively, so they are lower-cased here. */
function normaliseHeaders(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(record(value) ?? {})) {
    const text = Array.isArray(raw) ? raw.map(String).join(', ') : raw === undefined || raw === null ? '' : String(raw);
    out[name.toLowerCase()] = text;
  }
  return out;
}

function normaliseQuery(value: unknown): Record<string, string | string[]> {
  if (typeof value === 'string') {
    const out: Record<string, string | string[]> = {};
    for (const [key, item] of new URLSearchParams(value)) {
      const existing = out[key];
      out[key] = existing === undefined ? item : [...(Array.isArray(existing) ? existing : [existing]), item];
    }
    return out;
  }
  const out: Record<string, string | string[]> = {};
  for (const [key, item] of Object.entries(record(value) ?? {})) {
    out[key] = Array.isArray(item) ? item.map(String) : String(item);
  }
  return out;
}

/** A V4 body is `{ content, contentType, encoded }`; V2/V3 bodies are the value itself. */
function normaliseBody(
  value: unknown,
  headers: Record<string, string>,
  v4: boolean,
): { body: unknown; contentType: string | undefined } {
  const headerType = headers['content-type'];
  if (v4) {
    const wrapped = record(value);
    if (!wrapped) return { body: undefined, contentType: headerType };
    let content = wrapped['content'];
    const contentType = typeof wrapped['contentType'] === 'string' ? wrapped['contentType'] : headerType;
    if (wrapped['encoded'] === 'base64' && typeof content === 'string') {
      content = Buffer.from(content, 'base64').toString('utf8');
      if (contentType?.includes('json')) {
        try {
          content = JSON.parse(content as string);
        } catch {
          // keep the text; the schema check reports it
        }
      }
    } else if (typeof content === 'string' && contentType?.includes('json')) {
      try {
        content = JSON.parse(content);
      } catch {
        // keep the text
      }
    }
    return { body: content, contentType };
  }
  return { body: value, contentType: headerType };
}

/**
 * Reads a pact: its JSON text, or the value already parsed (the CLI reads files itself, to name the line and
 * column of a syntax error). Every problem names the JSON path.
 */
export function parsePact(input: string | { readonly json: unknown }): ParsedPact {
  let json: unknown;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (cause) {
      throw new ConformanceError(
        'ELAN_PACT_INVALID',
        `The pact is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
    }
  } else json = input.json;
  const root = record(json);
  if (!root) throw invalid('A pact is a JSON object', '/');
  const specification = String(
    record(record(root['metadata'])?.['pactSpecification'])?.['version'] ??
      record(record(root['metadata'])?.['pact-specification'])?.['version'] ??
      '2.0.0',
  );
  const v4 = specification.startsWith('4');
  const list = root['interactions'];
  if (!Array.isArray(list)) throw invalid('The pact has no interactions array', '/interactions');
  const interactions: PactInteraction[] = [];
  const skipped: Array<{ index: number; description: string; type: string }> = [];
  list.forEach((raw, index) => {
    const path = `/interactions/${index}`;
    const item = record(raw);
    if (!item) throw invalid('An interaction must be an object', path);
    const description = typeof item['description'] === 'string' ? item['description'] : `interaction ${index + 1}`;
    const type = typeof item['type'] === 'string' ? item['type'] : 'Synchronous/HTTP';
    if (type !== 'Synchronous/HTTP') {
      skipped.push({ index, description, type });
      return;
    }
    const request = record(item['request']);
    const response = record(item['response']);
    if (!request) throw invalid('The interaction has no request', `${path}/request`);
    if (!response) throw invalid('The interaction has no response', `${path}/response`);
    if (typeof request['method'] !== 'string')
      throw invalid('request.method must be a string', `${path}/request/method`);
    if (typeof request['path'] !== 'string') throw invalid('request.path must be a string', `${path}/request/path`);
    const status = response['status'];
    if (typeof status !== 'number' || !Number.isInteger(status)) {
      throw invalid('response.status must be an integer', `${path}/response/status`);
    }
    const requestHeaders = normaliseHeaders(request['headers']);
    const responseHeaders = normaliseHeaders(response['headers']);
    const requestBody = normaliseBody(request['body'], requestHeaders, v4);
    const responseBody = normaliseBody(response['body'], responseHeaders, v4);
    const states = Array.isArray(item['providerStates'])
      ? item['providerStates'].map((state) => String(record(state)?.['name'] ?? state))
      : typeof item['providerState'] === 'string'
        ? [item['providerState']]
        : [];
    interactions.push({
      index,
      description,
      providerStates: states,
      request: {
        method: request['method'].toUpperCase(),
        path: request['path'],
        query: normaliseQuery(request['query']),
        headers: requestHeaders,
        body: requestBody.body,
        contentType: requestBody.contentType,
      },
      response: { status, headers: responseHeaders, body: responseBody.body, contentType: responseBody.contentType },
    });
  });
  return {
    consumer: String(record(root['consumer'])?.['name'] ?? 'unknown consumer'),
    provider: String(record(root['provider'])?.['name'] ?? 'unknown provider'),
    specification,
    interactions,
    skipped,
  };
}
