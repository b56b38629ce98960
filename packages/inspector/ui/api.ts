/** The read-only API as the page uses it (README: "The read-only API"). */

export type Verdict = 'pass' | 'fail' | 'kontrollutslag' | 'error';
export interface Bilingual {
  readonly nb: string;
  readonly en: string;
}

export interface About {
  readonly apiVersion: number;
  readonly mode: 'serve' | 'proxy';
  readonly modelVersion: string;
  readonly capacity: number;
  readonly control: boolean;
  readonly finish: boolean;
  readonly baseUrls?: Readonly<Record<string, string>>;
  readonly upstream?: Readonly<Record<string, string>>;
  readonly adminPath?: string;
}

export interface Summary {
  readonly id: string;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly durationMs?: number;
  readonly korrelasjonsid?: string;
  readonly operationId?: string;
  readonly verdict: Verdict;
  readonly findings: number;
  readonly kontrollutslag: number;
}

export interface Message {
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly bodyTruncated?: boolean;
}

export interface LocatedFinding {
  readonly code: string;
  readonly message: Bilingual;
  readonly in: 'request-headers' | 'request-body' | 'response-body' | 'exchange';
  readonly pointer?: string;
}

export interface Kontrollutslag {
  readonly kode: string;
  readonly melding?: string;
  readonly beskrivelse?: string;
  readonly sti?: string;
  readonly vilkaar?: { readonly tittel: string; readonly beskrivelse: string; readonly gjelderKunEndringer: boolean };
}

export interface Detail {
  readonly summary: Summary;
  readonly exchange: {
    readonly id: string;
    readonly url: string;
    readonly method: string;
    readonly status?: number;
    readonly error?: string;
    readonly request: Message;
    readonly response?: Message;
  };
  readonly findings: readonly LocatedFinding[];
  readonly kontrollutslag: readonly Kontrollutslag[];
}

export interface CheckFinding {
  readonly code: string;
  readonly message: string;
  readonly messageNb?: string;
  readonly severity?: string;
  readonly exchangeId?: string;
}

export interface Check {
  readonly id: string;
  readonly title: Bilingual;
  readonly status: 'pass' | 'fail' | 'error' | 'skip' | 'manual';
  readonly findings: readonly CheckFinding[];
  readonly evidence: ReadonlyArray<{ readonly id: string }>;
}

export interface Judgements {
  readonly basedOn: { readonly exchanges: number; readonly newest?: string };
  readonly checks: readonly Check[];
}

export interface Scenario {
  readonly id: string;
  readonly title: Bilingual;
  readonly instructions: Bilingual;
  readonly parties: Readonly<Record<string, string>>;
  readonly faults: ReadonlyArray<{ status: number; count?: number; operationId?: string; retryAfterSeconds?: number }>;
  readonly done: boolean;
}

export const API = '/__inspector/api/v1';

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

/** A control or finish call: JSON, same origin, so the gates let it through and a foreign page cannot copy it. */
export async function sendJson<T>(method: string, path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text
    ? (JSON.parse(text) as T & { message?: string; hint?: string })
    : ({} as T & { message?: string; hint?: string });
  if (!response.ok) {
    throw new Error([parsed.message ?? `HTTP ${response.status}`, parsed.hint].filter(Boolean).join(' '));
  }
  return parsed;
}
