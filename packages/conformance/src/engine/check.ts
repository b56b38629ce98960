import type {
  Attestation,
  ChecklistSection,
  CheckStatus,
  Exchange,
  LocalizedText,
  Severity,
  TargetKind,
} from '@elan-kit/schemas';
import type { ElanApi } from '../client/elan-api.js';
import { ConformanceError } from '../errors.js';
import type { HttpClient } from '../http/http-client.js';
import type { Target } from '../targets/target.js';
import type { Clock } from './clock.js';
import type { BilingualFinding, FindingText } from './finding.js';

/** What a check's `run` returns. Evidence is collected by the context, not returned. */
export interface CheckOutcome {
  readonly status: CheckStatus;
  /** Each in English and bokmål (`finding(code, { en, nb }, …)`). */
  readonly findings?: readonly BilingualFinding[];
  /** Vilkår codes the check exercised (coverage view). */
  readonly vilkaar?: readonly string[];
  readonly attestation?: Attestation;
}

export interface EvidenceSink {
  add(exchange: Exchange): void;
}

export interface CheckContext {
  readonly check: Pick<Check, 'id' | 'section' | 'severity'>;
  readonly target: Target;
  /** The kit's reference ELAN client, recording into this check's evidence. */
  readonly api: ElanApi;
  /** Raw HTTP, recording into this check's evidence. */
  readonly http: HttpClient;
  /** The target's clock (virtual on the simulator): use it for every wait. */
  readonly clock: Clock;
  readonly signal: AbortSignal;
  /** Adds exchanges the check observed (vendor traffic) rather than made. */
  readonly evidence: EvidenceSink;
  /** Every exchange recorded by the checks of this run so far, this one included. */
  runEvidence(): readonly Exchange[];
  /** The attestation the config holds for this check (manual sections). */
  attestation(): Attestation | undefined;
  /** A tolerance note for `RunResult.notes` / `notesNb` (a CONFLICT the kit accepted). */
  note(text: FindingText): void;
  /** A line for the person running the kit (scenario cards, hints). */
  log(text: string): void;
  /** Computes a value once per run and shares it between checks (e.g. one observed client session). */
  memo<T>(key: string, create: () => Promise<T>): Promise<T>;
}

export interface Check {
  /** kebab-case, unique; the file under `src/checks/<section-name>/` carries the same name. */
  readonly id: string;
  readonly section: ChecklistSection;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly severity: Severity;
  /** Where the requirement comes from: checklist item, vilkår, Maskinporten doc. */
  readonly reference: string;
  /** Ids of the assumptions (conformance CHECK_ASSUMPTIONS or the contract registry) the judgement rests on. */
  readonly assumptions?: readonly string[];
  /** A step the user attests in the config instead of one the kit observes (sections 1, 6, 7). */
  readonly manual?: boolean;
  /** Target kinds the check applies to; others get `skip`. Absent ⇒ every target. */
  readonly targets?: readonly TargetKind[];
  run(context: CheckContext): Promise<CheckOutcome> | CheckOutcome;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Typed helper for check modules; validates the static parts once, at import time. */
export function defineCheck(check: Check): Check {
  if (!ID_PATTERN.test(check.id)) {
    throw new ConformanceError(
      'ELAN_CHECK_DEFINITION',
      `Check id "${check.id}" must be kebab-case (a-z, 0-9 and single dashes).`,
    );
  }
  for (const [name, text] of [
    ['title', check.title],
    ['description', check.description],
  ] as const) {
    if (!text.nb.trim() || !text.en.trim()) {
      throw new ConformanceError('ELAN_CHECK_DEFINITION', `Check ${check.id}: ${name} needs nb and en text.`);
    }
  }
  return Object.freeze({ ...check });
}
