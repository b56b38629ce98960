import {
  type ConformanceErrorCode,
  ElanError,
  type ElanErrorOptions,
  type RunResult,
  sanitizeTerminalText,
} from '@elan-kit/schemas';

export type { ConformanceErrorCode } from '@elan-kit/schemas';

export interface ConformanceErrorOptions extends ElanErrorOptions {
  /** The message in bokmål, for errors that end up as a check's finding in the test summary. */
  readonly messageNb?: string;
}

export class ConformanceError extends ElanError<ConformanceErrorCode> {
  override name = 'ConformanceError';
  /** The message in bokmål, for errors that end up as a check's finding in the test summary. */
  readonly messageNb: string | undefined;

  constructor(code: ConformanceErrorCode, message: string, options: ConformanceErrorOptions = {}) {
    super(code, message, options);
    this.messageNb = options.messageNb;
  }
}

/**
 * A request was stopped before it left the process because its payload carries an identifier that is not
 * synthetic (a real-looking fødselsnummer, D-nummer or organisasjonsnummer). Stops the whole run.
 */
export class NonSyntheticDataError extends ConformanceError {
  override name = 'NonSyntheticDataError';
  /** Where the value travels: a JSON pointer into the body, or a location such as `header x-kunde`, `query ?fnr`. */
  readonly pointer: string;
  readonly kind: string;

  constructor(pointer: string, kind: string, url: string) {
    // The pointer holds keys from the request: shown inert, they cannot forge a line or an escape sequence.
    const where = sanitizeTerminalText(pointer);
    const to = sanitizeTerminalText(url);
    super(
      'ELAN_NON_SYNTHETIC_DATA',
      `Refused to send a request to ${to}: the value at ${where} looks like a real ${kind}, not a synthetic (Tenor) one.`,
      {
        hint: 'Use only synthetic test data from Tenor (fødselsnummer with month + 80, orgnr starting with 2 or 3).',
        messageNb: `Forespørselen til ${to} ble stoppet før den ble sendt: verdien i ${where} ser ut som et ekte ${kind}, ikke et syntetisk (fra Tenor).`,
      },
    );
    this.pointer = pointer;
    this.kind = kind;
  }
}

/**
 * A request to the test environment names a party that is neither in an imported Tenor register nor on
 * Skatteetaten's published test lists. Stops the whole run before anything is sent.
 */
export class UnknownTestPartyError extends ConformanceError {
  override name = 'UnknownTestPartyError';
  readonly identifier: string;
  readonly pointer: string;

  constructor(identifier: string, pointer: string, url: string) {
    super(
      'ELAN_TEST_PARTY_UNKNOWN',
      `Refused to send ${identifier} (at ${pointer}) to ${url}: it is neither in an imported Tenor register nor on Skatteetaten's published test lists, so the test environment may not know it.`,
      {
        hint: 'Take test parties from Tenor: "elan-kit parties search --query bosatt-voksen --out tenor.json" (or "elan-kit parties import FILE… --out tenor.json" for saved search results), then "elan-kit run --target test --register tenor.json" (or test.register in the config).',
        messageNb: `${identifier} (i ${pointer}) ble ikke sendt til ${url}: parten finnes verken i et importert Tenor-register eller på Skatteetatens publiserte testlister, så testmiljøet kjenner den kanskje ikke.`,
      },
    );
    this.identifier = identifier;
    this.pointer = pointer;
  }
}

export class ProductionUrlError extends ConformanceError {
  override name = 'ProductionUrlError';
  readonly url: string;

  constructor(url: string, allowed: readonly string[]) {
    super('ELAN_PRODUCTION_URL_REFUSED', `Refused ${url}: it is not a test environment (${allowed.join(', ')}).`, {
      hint: 'elan-kit talks to production only when the config says "allowProduction": true.',
      messageNb: `${url} ble avvist: adressen er ikke et testmiljø (${allowed.join(', ')}).`,
    });
    this.url = url;
  }
}

export class MaskinportenError extends ConformanceError {
  override name = 'MaskinportenError';
  readonly status: number | undefined;
  readonly oauthError: string | undefined;
  readonly description: string | undefined;

  constructor(
    message: string,
    details: { status?: number; error?: string; description?: string; cause?: unknown; messageNb?: string },
  ) {
    super('ELAN_MASKINPORTEN_REFUSED', message, {
      ...(details.cause === undefined ? {} : { cause: details.cause }),
      ...(details.messageNb === undefined ? {} : { messageNb: details.messageNb }),
    });
    this.status = details.status;
    this.oauthError = details.error;
    this.description = details.description;
  }
}

/**
 * A mistake in how the vendor adapter is set up or what it answered: names the scenario, what was received and
 * what was expected. Ends the run (exit 2) with the partial RunResult.
 */
export class VendorAdapterError extends ConformanceError {
  override name = 'VendorAdapterError';
  readonly scenario: string;

  constructor(
    scenario: string,
    problem: { en: string; nb: string },
    received: string,
    expected: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(
      'ELAN_VENDOR_ADAPTER_FAILED',
      `Vendor adapter, scenario ${scenario}: ${problem.en} Received: ${received}. Expected: ${expected}.`,
      {
        messageNb: `Leverandøradapteret, scenario ${scenario}: ${problem.nb} Mottatt: ${received}. Forventet: ${expected}.`,
        hint:
          options.hint ??
          'See "Your own system under test" in the README: the card and answer schemas ship in @elan-kit/conformance/adapter/.',
        ...(options.cause === undefined ? {} : { cause: options.cause }),
      },
    );
    this.scenario = scenario;
  }
}

/**
 * The request error in a chain of causes whose host name did not resolve (HttpError.hostNotFound): every later
 * check would fail the same way, so the run stops at the first one with one message.
 */
export function hostNotFoundIn(error: unknown): ConformanceError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof ConformanceError && (current as { hostNotFound?: unknown }).hostNotFound === true) {
      return current;
    }
  }
  return undefined;
}

/** Errors of this kind end the run (exit 2) instead of becoming one check's `error`. */
export function isRunStoppingError(error: unknown): error is ConformanceError {
  return (
    error instanceof NonSyntheticDataError ||
    error instanceof ProductionUrlError ||
    error instanceof UnknownTestPartyError ||
    error instanceof VendorAdapterError
  );
}

/**
 * A run stopped by an error that must not be hidden inside one check (the synthetic-data guard, a production URL).
 * Carries the partial, valid RunResult so the runner can still write it, and the code of what stopped it.
 */
export class RunStoppedError extends ElanError<ConformanceErrorCode> {
  override name = 'RunStoppedError';
  readonly result: RunResult;

  constructor(cause: ConformanceError, result: RunResult) {
    super(cause.code, cause.message, { cause, ...(cause.hint === undefined ? {} : { hint: cause.hint }) });
    this.result = result;
  }
}
