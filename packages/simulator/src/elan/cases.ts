import { createRng, type Rng } from '@elan-kit/fixtures';
import type { EarlierCase, ModelVersion, Saksstatus } from '@elan-kit/schemas';
import { osloDate, osloYear } from '@elan-kit/schemas';
import {
  BESLUTNINGSTYPER,
  type Beslutningstype,
  CASE_SCHEDULE,
  CHANGE_PROCESSING_MS,
  CLOSED_STATES,
  FEED_DEFAULT_PAGE,
  NAMSMANN_REFERENCE_PREFIX,
} from '../assumptions.js';
import { readClaims, readParties } from './document-fields.js';
import { seededUuid } from './ids.js';

export interface Beslutning {
  readonly beslutningstype: Beslutningstype;
  readonly beslutningsdato: string;
  readonly krav: ReadonlyArray<{
    readonly innsendersKravreferanse: string;
    readonly kravgrunnlagsidentifikator: string;
  }>;
}

export interface CaseRecord {
  readonly eksternSaksreferanse: string;
  /** Owner: the organisation that submitted it. `*` = a fixed test case anyone may read. */
  readonly orgnr: string;
  readonly modelVersion: ModelVersion;
  readonly createdAtMs: number;
  readonly duplicateKey: string | undefined;
  document: unknown;
  versions: number;
  saksstatus: Saksstatus;
  statusAtMs: number;
  /** Index of the next automatic state in CASE_SCHEDULE; undefined once the schedule is stopped. */
  nextStep: number | undefined;
  lastChangeAtMs: number | undefined;
  saksreferanseNamsmann: string | undefined;
  beslutning: Beslutning[];
  /** innsendersKravreferanse → the officer's kravgrunnlagsidentifikator. */
  readonly kravgrunnlag: Map<string, string>;
}

export interface Statusendring {
  readonly sekvensnummer: number;
  readonly eksternSaksreferanse: string;
  readonly saksstatus: Saksstatus;
  readonly tidspunkt: string;
}

export interface NewCase {
  readonly orgnr: string;
  readonly document: unknown;
  readonly modelVersion: ModelVersion;
  readonly nowMs: number;
  readonly duplicateKey?: string;
  readonly eksternSaksreferanse?: string;
  /** Start in this state and stop the automatic schedule (seeded cases). */
  readonly saksstatus?: Saksstatus;
}

/**
 * Submitted cases and their lifecycle on the virtual clock. States are not driven by timers: whenever
 * someone looks, every transition that is due by then is applied, in time order, and fed to the change feed.
 */
export class CaseStore {
  readonly #cases = new Map<string, CaseRecord>();
  readonly #countByOrg = new Map<string, number>();
  readonly #duplicateKeys = new Set<string>();
  readonly #feeds = new Map<string, Statusendring[]>();
  readonly #rng: Rng;
  readonly #seed: number;
  #namsmannCounter = 0;
  /** Earliest pending automatic transition (ms); lets `materialise` return at once on the hot path. */
  #nextDueMs = Number.POSITIVE_INFINITY;

  constructor(seed: number) {
    this.#seed = seed;
    this.#rng = createRng(seed).fork('eksternSaksreferanse');
  }

  get size(): number {
    return this.#cases.size;
  }

  count(orgnr: string): number {
    return this.#countByOrg.get(orgnr) ?? 0;
  }

  get(reference: string): CaseRecord | undefined {
    return this.#cases.get(reference);
  }

  list(): CaseRecord[] {
    return [...this.#cases.values()];
  }

  /** `ProvingContext.earlierSubmissions`. */
  readonly earlierSubmissions = { has: (key: string) => this.#duplicateKeys.has(key) };

  newReference(): string {
    let reference = seededUuid(this.#rng);
    while (this.#cases.has(reference)) reference = seededUuid(this.#rng);
    return reference;
  }

  create(input: NewCase): CaseRecord {
    const record: CaseRecord = {
      eksternSaksreferanse: input.eksternSaksreferanse ?? this.newReference(),
      orgnr: input.orgnr,
      modelVersion: input.modelVersion,
      createdAtMs: input.nowMs,
      duplicateKey: input.duplicateKey,
      document: input.document,
      versions: 1,
      saksstatus: 'sakOpprettet',
      statusAtMs: input.nowMs,
      nextStep: input.saksstatus === undefined ? 0 : undefined,
      lastChangeAtMs: undefined,
      saksreferanseNamsmann: undefined,
      beslutning: [],
      kravgrunnlag: new Map(),
    };
    this.#cases.set(record.eksternSaksreferanse, record);
    this.#countByOrg.set(record.orgnr, this.count(record.orgnr) + 1);
    if (input.duplicateKey !== undefined) this.#duplicateKeys.add(input.duplicateKey);
    this.#enter(record, 'sakOpprettet', input.nowMs);
    if (input.saksstatus !== undefined && input.saksstatus !== 'sakOpprettet') {
      this.#enterWithEffects(record, input.saksstatus, input.nowMs);
    }
    if (record.nextStep !== undefined) this.#nextDueMs = Math.min(this.#nextDueMs, this.#dueAt(record) ?? Infinity);
    return record;
  }

  /** A fixed case (TEST_SAK_*): readable by anyone, never moving, not in any feed. */
  addFixed(reference: string, document: unknown, saksstatus: Saksstatus, nowMs: number): CaseRecord {
    const record: CaseRecord = {
      eksternSaksreferanse: reference,
      orgnr: '*',
      modelVersion: '1.0',
      createdAtMs: nowMs,
      duplicateKey: undefined,
      document,
      versions: 1,
      saksstatus,
      statusAtMs: nowMs,
      nextStep: undefined,
      lastChangeAtMs: undefined,
      saksreferanseNamsmann:
        saksstatus === 'sakOpprettet'
          ? undefined
          : `${NAMSMANN_REFERENCE_PREFIX}/${osloYear(nowMs)}/${90000 + this.#cases.size}`,
      beslutning: [],
      kravgrunnlag: new Map(),
    };
    if (saksstatus === 'sakBesluttet' || saksstatus === 'sakAvsluttet') this.#decide(record, nowMs);
    this.#cases.set(reference, record);
    return record;
  }

  change(record: CaseRecord, document: unknown, nowMs: number): void {
    record.document = document;
    record.versions++;
    this.markSubmissionPending(record, nowMs);
  }

  /** A submission on the case arrived at `nowMs` and is processed only after `CHANGE_PROCESSING_MS`. */
  markSubmissionPending(record: CaseRecord, nowMs: number): void {
    record.lastChangeAtMs = nowMs;
  }

  /** What prøving needs to judge a change. */
  earlierCase(record: CaseRecord, nowMs: number): EarlierCase {
    return {
      eksternSaksreferanse: record.eksternSaksreferanse,
      document: record.document,
      saksstatus: record.saksstatus,
      hasUnprocessedSubmission:
        record.lastChangeAtMs !== undefined && nowMs < record.lastChangeAtMs + CHANGE_PROCESSING_MS,
    };
  }

  isClosed(record: CaseRecord): boolean {
    return CLOSED_STATES.includes(record.saksstatus);
  }

  /** Applies every automatic transition due by `nowMs`, oldest first. */
  materialise(nowMs: number): void {
    if (nowMs < this.#nextDueMs) return;
    const due: Array<{ record: CaseRecord; step: number; atMs: number }> = [];
    for (const record of this.#cases.values()) {
      let step = record.nextStep;
      while (step !== undefined && step < CASE_SCHEDULE.length) {
        const atMs = record.createdAtMs + CASE_SCHEDULE[step]!.afterMs;
        if (atMs > nowMs) break;
        due.push({ record, step, atMs });
        step++;
      }
    }
    due.sort((a, b) => a.atMs - b.atMs);
    for (const { record, step, atMs } of due) {
      if (record.nextStep !== step) continue;
      record.nextStep = step + 1 < CASE_SCHEDULE.length ? step + 1 : undefined;
      this.#enterWithEffects(record, CASE_SCHEDULE[step]!.saksstatus, atMs);
    }
    let next = Number.POSITIVE_INFINITY;
    for (const record of this.#cases.values()) next = Math.min(next, this.#dueAt(record) ?? Infinity);
    this.#nextDueMs = next;
  }

  /** An administrative state change (sakHevet, sakNektetFremmet, …); stops the automatic schedule. */
  setStatus(record: CaseRecord, saksstatus: Saksstatus, nowMs: number): void {
    record.nextStep = undefined;
    this.#enterWithEffects(record, saksstatus, nowMs);
  }

  feed(
    orgnr: string,
    from: number,
    max: number = FEED_DEFAULT_PAGE,
  ): { endringer: Statusendring[]; nesteSekvensnummer: number } {
    const feed = this.#feeds.get(orgnr) ?? [];
    // Sequence numbers start at 1 and are contiguous per organisation, so the index is the number − 1.
    const endringer = feed.slice(Math.max(0, from - 1), Math.max(0, from - 1) + max);
    const last = endringer[endringer.length - 1];
    return { endringer, nesteSekvensnummer: last ? last.sekvensnummer + 1 : Math.max(from, feed.length + 1) };
  }

  findByKravgrunnlag(identifier: string): CaseRecord | undefined {
    for (const record of this.#cases.values()) {
      for (const value of record.kravgrunnlag.values()) if (value === identifier) return record;
    }
    return undefined;
  }

  clear(): void {
    for (const [reference, record] of this.#cases) if (record.orgnr !== '*') this.#cases.delete(reference);
    this.#countByOrg.clear();
    this.#duplicateKeys.clear();
    this.#feeds.clear();
    this.#nextDueMs = Number.POSITIVE_INFINITY;
  }

  #dueAt(record: CaseRecord): number | undefined {
    const step = record.nextStep;
    if (step === undefined || step >= CASE_SCHEDULE.length) return undefined;
    return record.createdAtMs + CASE_SCHEDULE[step]!.afterMs;
  }

  #enterWithEffects(record: CaseRecord, saksstatus: Saksstatus, atMs: number): void {
    if (saksstatus !== 'sakOpprettet' && record.saksreferanseNamsmann === undefined) {
      record.saksreferanseNamsmann = `${NAMSMANN_REFERENCE_PREFIX}/${osloYear(atMs)}/${++this.#namsmannCounter}`;
    }
    if ((saksstatus === 'sakBesluttet' || saksstatus === 'sakAvsluttet') && record.beslutning.length === 0) {
      this.#decide(record, atMs);
    }
    this.#enter(record, saksstatus, atMs);
  }

  #enter(record: CaseRecord, saksstatus: Saksstatus, atMs: number): void {
    record.saksstatus = saksstatus;
    record.statusAtMs = atMs;
    if (record.orgnr === '*') return;
    const feed = this.#feeds.get(record.orgnr) ?? [];
    feed.push({
      sekvensnummer: feed.length + 1,
      eksternSaksreferanse: record.eksternSaksreferanse,
      saksstatus,
      tidspunkt: new Date(atMs).toISOString(),
    });
    this.#feeds.set(record.orgnr, feed);
  }

  /** The officer's decision: a seeded outcome and a kravgrunnlagsidentifikator for every claim. */
  #decide(record: CaseRecord, atMs: number): void {
    const rng = createRng(this.#seed).fork(`beslutning:${record.eksternSaksreferanse}`);
    const beslutningstype = BESLUTNINGSTYPER[rng.int(0, BESLUTNINGSTYPER.length - 1)]!;
    const krav = readClaims(record.document).map((claim) => {
      const id = claim.kravgrunnlagsidentifikator ?? rng.digits(12);
      record.kravgrunnlag.set(claim.innsendersKravreferanse, id);
      return { innsendersKravreferanse: claim.innsendersKravreferanse, kravgrunnlagsidentifikator: id };
    });
    record.beslutning = [{ beslutningstype, beslutningsdato: osloDate(atMs), krav }];
  }
}

/** The Status på sak answer for a case (information-model.md §14 shape). */
export function statusView(record: CaseRecord): Record<string, unknown> {
  const party = (p: ReturnType<typeof readParties>[number]) => ({
    ...(p.identifikator === undefined ? {} : { identifikator: p.identifikator }),
    ...(p.navn === undefined ? {} : { navn: p.navn }),
  });
  const decided = record.saksstatus === 'sakBesluttet' || record.saksstatus === 'sakAvsluttet';
  return {
    eksternSaksreferanse: record.eksternSaksreferanse,
    ...(record.saksreferanseNamsmann === undefined ? {} : { saksreferanseNamsmann: record.saksreferanseNamsmann }),
    saksstatus: record.saksstatus,
    statusdato: new Date(record.statusAtMs).toISOString(),
    saksoeker: readParties(record.document, 'saksoeker').map(party),
    saksoekt: readParties(record.document, 'saksoekt').map(party),
    krav: readClaims(record.document).map((claim) => {
      const kravgrunnlagsidentifikator = record.kravgrunnlag.get(claim.innsendersKravreferanse);
      return {
        innsendersKravreferanse: claim.innsendersKravreferanse,
        ...(kravgrunnlagsidentifikator === undefined ? {} : { kravgrunnlagsidentifikator }),
        ...(claim.kravdetaljer === undefined ? {} : { kravdetaljer: claim.kravdetaljer }),
        ...(claim.opprinneligBeloep === undefined ? {} : { opprinneligBeloep: claim.opprinneligBeloep }),
        ...(claim.gjenstaaendeBeloep === undefined ? {} : { gjenstaaendeBeloep: claim.gjenstaaendeBeloep }),
      };
    }),
    ...(decided || record.beslutning.length > 0 ? { beslutning: record.beslutning } : {}),
  };
}
