import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { classifyExchanges, type FaultRequest } from '@elan-kit/conformance';
import { type Contract, describeBearerToken, type Exchange } from '@elan-kit/schemas';
import { CliError } from '../errors.js';

/** What the proxy answers instead of forwarding, for a request the script picked. */
export interface InjectedFault {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown>;
}

interface ScriptedFault {
  readonly fault: FaultRequest;
  remaining: number | undefined;
  untilMs: number | undefined;
}

const TITLES: Record<number, string> = {
  401: 'Unauthorized',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Scripted faults for the proxy, as the simulator injects them: the next matching requests are answered by the
 * proxy itself (429, 503 with a maintenance window, 500, 401), so a vendor can exercise backoff and error handling
 * against the real test environment. Opt-in: without a script, everything is forwarded.
 */
export function createFaultScript(faults: readonly FaultRequest[], contracts: readonly Contract[], now = Date.now) {
  const script: ScriptedFault[] = faults.map((fault) => ({
    fault,
    remaining: fault.maintenanceSeconds === undefined ? (fault.count ?? 1) : undefined,
    untilMs: undefined,
  }));
  return {
    /** The fault to answer this request with, if the script has one left for its operation. */
    take(method: string, url: string, korrelasjonsid: string | undefined): InjectedFault | undefined {
      const probe: Exchange = {
        id: 'probe',
        time: new Date(now()).toISOString(),
        method,
        url,
        request: { headers: {} },
      };
      const operationId = classifyExchanges([probe], contracts)[0]?.operationId;
      if (operationId === undefined || operationId === 'token') return undefined;
      const entry = script.find((item) => {
        if (item.fault.operationId && item.fault.operationId !== operationId) return false;
        if (item.untilMs !== undefined) return now() < item.untilMs;
        return item.remaining === undefined || item.remaining > 0;
      });
      if (!entry) return undefined;
      const { fault } = entry;
      if (fault.maintenanceSeconds !== undefined) entry.untilMs ??= now() + fault.maintenanceSeconds * 1000;
      else if (entry.remaining !== undefined) entry.remaining--;
      const retryAfter =
        entry.untilMs !== undefined
          ? Math.max(1, Math.ceil((entry.untilMs - now()) / 1000))
          : (fault.retryAfterSeconds ?? (fault.status === 429 || fault.status === 503 ? 1 : undefined));
      const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
      if (retryAfter !== undefined && (fault.status === 429 || fault.status === 503)) {
        headers['retry-after'] = String(retryAfter);
      }
      if (fault.status === 401) {
        headers['www-authenticate'] =
          `Bearer error="invalid_token", error_description="The access token has ${fault.tokenRefusal ?? 'expired'}."`;
      }
      return {
        status: fault.status,
        headers,
        body: {
          type: 'about:blank',
          title: TITLES[fault.status] ?? 'Error',
          status: fault.status,
          detail: 'Injected by elan-kit proxy (fault script).',
          korrelasjonsid: korrelasjonsid ?? randomUUID(),
        },
      };
    },
  };
}

export type FaultScript = ReturnType<typeof createFaultScript>;

/** The exchange a fault answer leaves in the recording, like a forwarded one (token described, not kept). */
export function faultExchange(
  request: { method: string; url: string; headers: Record<string, string>; body: unknown },
  answer: InjectedFault,
  redact: { headers: (headers: Record<string, string>) => Record<string, string>; url: (url: string) => string },
): Exchange {
  const header = (name: string) => Object.entries(request.headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const token = describeBearerToken(header('authorization'));
  const korrelasjonsid = header('korrelasjonsid');
  const meldingsid = header('meldingsid');
  return {
    id: randomUUID(),
    time: new Date().toISOString(),
    method: request.method,
    url: redact.url(request.url),
    status: answer.status,
    durationMs: 0,
    ...(korrelasjonsid ? { korrelasjonsid } : {}),
    ...(meldingsid ? { meldingsid } : {}),
    request: {
      headers: redact.headers(request.headers),
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    response: { headers: answer.headers, body: answer.body },
    note: 'fault injected by elan-kit proxy',
    ...(token ? { token } : {}),
  };
}

const STATUSES = new Set([401, 429, 500, 503]);

/** Reads a fault script: a JSON list of `{ status, operationId?, count?, retryAfterSeconds?, maintenanceSeconds? }`. */
export async function readFaultScript(path: string): Promise<FaultRequest[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new CliError('ELAN_INPUT_UNREADABLE', `Cannot read the fault script ${path} as JSON.`, { cause });
  }
  const list = Array.isArray(value) ? value : undefined;
  const problems: string[] = [];
  list?.forEach((item, index) => {
    const fault = item as Partial<FaultRequest> | null;
    if (fault === null || typeof fault !== 'object' || !STATUSES.has(fault.status as number)) {
      problems.push(`[${index}].status must be 401, 429, 500 or 503`);
      return;
    }
    for (const key of ['count', 'retryAfterSeconds', 'maintenanceSeconds'] as const) {
      const number = fault[key];
      if (number !== undefined && !(Number.isInteger(number) && number >= (key === 'count' ? 1 : 0))) {
        problems.push(`[${index}].${key} must be a whole number${key === 'count' ? ' ≥ 1' : ' ≥ 0'}`);
      }
    }
    if (fault.operationId !== undefined && typeof fault.operationId !== 'string') {
      problems.push(`[${index}].operationId must be an operation id such as "opprettBegjaering"`);
    }
  });
  if (!list || problems.length > 0) {
    throw new CliError(
      'ELAN_CONFIG_INVALID',
      `The fault script ${path} is invalid: ${list ? problems.join('; ') : 'it must be a JSON list'}.`,
      {
        hint: 'Example: [{ "status": 429, "operationId": "validerNyBegjaering", "retryAfterSeconds": 2 }]',
      },
    );
  }
  return list as FaultRequest[];
}
