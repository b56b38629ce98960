import type { AttachmentInfo, AttachmentStatus } from '@elan-kit/schemas';

/** Where an upload's processing ends (information-model.md §10.1 state machine). */
export type AttachmentOutcome =
  | 'KONVERTERT'
  | 'VIRUS_FUNNET'
  | 'VALIDERING_FEILET'
  | 'KONVERTERING_FEILET'
  | 'IKKE_KONVERTERBAR';

const EICAR_MARKER = Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE');
const PDF_HEADER = Buffer.from('%PDF-');

/**
 * Decides an upload's fate from its bytes, once, at upload time (the bytes are not kept):
 * EICAR ⇒ virus; empty ⇒ technical validation failure; not a PDF ⇒ cannot be converted;
 * a PDF without its trailer (`startxref` … `%%EOF`) ⇒ conversion failed.
 */
export function classifyAttachment(bytes: Buffer): AttachmentOutcome {
  if (bytes.includes(EICAR_MARKER)) return 'VIRUS_FUNNET';
  if (bytes.length === 0) return 'VALIDERING_FEILET';
  // The PDF header may follow a little leading garbage (ISO 32000-1 §7.5.2 readers tolerate it).
  const headerAt = bytes.subarray(0, 1024).indexOf(PDF_HEADER);
  if (headerAt < 0) return 'IKKE_KONVERTERBAR';
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  if (!tail.includes('%%EOF') || !tail.includes('startxref')) return 'KONVERTERING_FEILET';
  return 'KONVERTERT';
}

export interface AttachmentRecord {
  readonly uuid: string;
  readonly orgnr: string;
  readonly filnavn: string;
  readonly type: string | undefined;
  readonly innsenderReferanse: string;
  readonly size: number;
  readonly uploadedAtMs: number;
  readonly outcome: AttachmentOutcome;
  deletedAtMs: number | undefined;
}

/** The attachment's state at a moment on the virtual clock: one step per `stepMs`. */
export function attachmentStatus(record: AttachmentRecord, nowMs: number, stepMs: number): AttachmentStatus {
  if (record.deletedAtMs !== undefined && nowMs >= record.deletedAtMs) return 'SLETTET';
  const steps = stepMs === 0 ? 3 : Math.floor((nowMs - record.uploadedAtMs) / stepMs);
  if (steps < 1) return 'MOTTATT';
  if (record.outcome === 'VIRUS_FUNNET') return 'VIRUS_FUNNET';
  if (steps < 2) return 'VIRUSSJEKKET';
  if (record.outcome === 'VALIDERING_FEILET') return 'VALIDERING_FEILET';
  if (steps < 3) return 'VALIDERT';
  return record.outcome;
}

/** Uploaded attachments of every organisation; each organisation only ever sees its own. */
export class AttachmentStore {
  readonly #records = new Map<string, AttachmentRecord>();
  readonly #countByOrg = new Map<string, number>();
  readonly #stepMs: number;

  constructor(stepMs: number) {
    this.#stepMs = stepMs;
  }

  count(orgnr: string): number {
    return this.#countByOrg.get(orgnr) ?? 0;
  }

  add(record: AttachmentRecord): void {
    this.#records.set(record.uuid, record);
    this.#countByOrg.set(record.orgnr, this.count(record.orgnr) + 1);
  }

  get(uuid: string): AttachmentRecord | undefined {
    return this.#records.get(uuid);
  }

  status(record: AttachmentRecord, nowMs: number): AttachmentStatus {
    return attachmentStatus(record, nowMs, this.#stepMs);
  }

  /** The registry prøving sees: only the caller's own attachments exist. */
  viewFor(orgnr: string | undefined, nowMs: number): { get(uuid: string): AttachmentInfo | undefined } {
    return {
      get: (uuid) => {
        const record = this.#records.get(uuid);
        if (!record || record.orgnr !== orgnr) return undefined;
        return {
          uuid: record.uuid,
          filnavn: record.filnavn,
          status: this.status(record, nowMs),
          begjaeringReferanse: record.innsenderReferanse,
        };
      },
    };
  }

  list(): AttachmentRecord[] {
    return [...this.#records.values()];
  }

  clear(): void {
    this.#records.clear();
    this.#countByOrg.clear();
  }
}
