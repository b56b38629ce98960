import { readFileSync } from 'node:fs';
import type { LocalizedText } from '@elan-kit/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { VendorAdapterError } from '../../errors.js';

/** Version of the adapter interface: the card's `schemaVersion`, and the one an answer may name. */
export const ADAPTER_INTERFACE_VERSION = '1.0';

function loadSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../adapter/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** JSON Schema (2020-12) of the scenario card; also `@elan-kit/conformance/adapter/scenario-card.schema.json`. */
export const scenarioCardSchema: Readonly<Record<string, unknown>> = loadSchema('scenario-card.schema.json');
/** JSON Schema (2020-12) of the adapter's answer; also `@elan-kit/conformance/adapter/answer.schema.json`. */
export const adapterAnswerSchema: Readonly<Record<string, unknown>> = loadSchema('answer.schema.json');

/** The scenario as the vendor's system receives it (see `scenarioCardSchema`). */
export interface ScenarioCard {
  readonly schemaVersion: typeof ADAPTER_INTERFACE_VERSION;
  readonly id: string;
  readonly title: LocalizedText;
  readonly instructions: LocalizedText;
  readonly parties: Readonly<Record<string, string>>;
  readonly modelVersion: string;
  readonly simulator: {
    readonly baseUrls: Readonly<Record<string, string>>;
    readonly tokenEndpoint: string;
    readonly audience: string;
    readonly clientId: string;
    readonly scope: string;
    readonly clientFile?: string;
  };
  readonly judged: readonly string[];
  readonly expect?: LocalizedText;
  readonly timeoutSeconds: number;
}

/** What the vendor's system may report back (see `adapterAnswerSchema`). */
export interface AdapterAnswer {
  readonly schemaVersion?: typeof ADAPTER_INTERFACE_VERSION;
  readonly scenario?: string;
  readonly outcome?: 'submitted' | 'rejected' | 'not-submitted' | 'failed';
  readonly kontrollutslag?: readonly string[];
  readonly korrelasjonsid?: readonly string[];
  readonly eksternSaksreferanse?: string;
  readonly note?: string;
}

/** Calls the vendor's system for one scenario; `undefined` = it answered nothing. */
export type VendorAdapter = (card: ScenarioCard, signal: AbortSignal) => Promise<unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateAnswer = ajv.compile<AdapterAnswer>(adapterAnswerSchema);
const validateCard = ajv.compile<ScenarioCard>(scenarioCardSchema);

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(nothing)';
}

/** Checks an answer against the schema and the card; throws `VendorAdapterError` naming what is wrong. */
export function parseAdapterAnswer(value: unknown, card: ScenarioCard): AdapterAnswer | undefined {
  if (value === undefined || value === null) return undefined;
  if (!validateAnswer(value)) {
    const problems = (validateAnswer.errors ?? [])
      .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim())
      .join('; ');
    throw new VendorAdapterError(
      card.id,
      { en: 'the answer does not follow the answer schema.', nb: 'svaret følger ikke svarskjemaet.' },
      `${shorten(JSON.stringify(value) ?? String(value))} (${problems})`,
      'an object as answer.schema.json describes, e.g. {"scenario": "…", "kontrollutslag": ["KODE"]}',
    );
  }
  if (value.scenario !== undefined && value.scenario !== card.id) {
    throw new VendorAdapterError(
      card.id,
      { en: 'the answer is for another scenario.', nb: 'svaret gjelder et annet scenario.' },
      `"scenario": "${value.scenario}"`,
      `"scenario": "${card.id}"`,
    );
  }
  return value;
}

/** Parses an adapter's text output (stdout, HTTP body) as JSON; empty text is no answer. */
export function parseAdapterOutput(text: string, card: ScenarioCard, source: string): AdapterAnswer | undefined {
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new VendorAdapterError(
      card.id,
      { en: `${source} is not JSON.`, nb: `${source} er ikke JSON.` },
      shorten(text),
      'one JSON object (answer.schema.json), or nothing',
      { hint: 'Write logs to stderr; stdout carries only the answer.' },
    );
  }
  return parseAdapterAnswer(value, card);
}

/** For tests and the inspector: is this a valid card? */
export function isScenarioCard(value: unknown): value is ScenarioCard {
  return validateCard(value);
}
