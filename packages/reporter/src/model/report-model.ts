import type {
  ChecklistSection,
  CheckResult,
  Exchange,
  LocalizedText,
  RunResult,
  StatusCounts,
} from '@elan-kit/schemas';
import type { RunComparison } from '../compare-runs.js';
import type { Formatter } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { Lang } from '../types.js';
import type { HeadlineView } from './headline.js';

/** Everything a text renderer needs, derived once from a redacted RunResult. */
export interface ReportModel {
  readonly lang: Lang;
  readonly t: Messages;
  readonly fmt: Formatter;
  /** The RunResult with secrets removed. Renderers read only this. */
  readonly result: RunResult;
  /** What the first page says: verdict, demonstration label, system under test, selection. */
  readonly headline: HeadlineView;
  /** All seven checklist sections, in order, also those without checks. */
  readonly sections: readonly SectionView[];
  readonly totals: StatusCounts;
  readonly deviations: readonly DeviationView[];
  readonly attestations: readonly AttestationView[];
  readonly coverage: CoverageView | undefined;
  readonly comparison: RunComparison | undefined;
  /** The run's notes in the report's language (bokmål where the run has it, else the English note). */
  readonly notes: readonly string[];
  /** Resolves a localized text in the report's language (falls back to the other language when empty). */
  readonly localize: (text: LocalizedText | undefined) => string;
}

export interface SectionView {
  readonly id: ChecklistSection;
  readonly title: string;
  readonly counts: StatusCounts;
  readonly checks: readonly CheckView[];
}

export interface CheckView {
  readonly check: CheckResult;
  readonly title: string;
  readonly description: string;
  readonly sectionTitle: string;
  /** A unique, URL-safe id for links inside the HTML report. */
  readonly anchor: string;
  readonly exchanges: readonly ExchangeView[];
  /** The korrelasjonsid to quote when reporting a problem with this check. */
  readonly korrelasjonsid: string | undefined;
}

export interface ExchangeView {
  readonly exchange: Exchange;
  /** Path and query of the URL (the base URLs are listed once at the top). */
  readonly path: string;
  readonly korrelasjonsid: string | undefined;
  readonly meldingsid: string | undefined;
}

export type DeviationKind = 'fail' | 'error' | 'unfinished' | 'unattested' | 'skip';

export interface DeviationView {
  readonly view: CheckView;
  readonly kind: DeviationKind;
  readonly reason: string;
}

export interface AttestationView {
  readonly view: CheckView;
  readonly attested: boolean;
  readonly by: string | undefined;
  readonly date: string | undefined;
  readonly note: string | undefined;
}

export interface CoverageEntry {
  readonly code: string;
  readonly exercised: boolean;
  readonly applicable: boolean;
  /** Ids of the checks that exercised this vilkår. */
  readonly checks: readonly string[];
}

export interface CoverageView {
  readonly catalogSize: number;
  readonly applicableCount: number;
  readonly exercisedApplicableCount: number;
  readonly entries: readonly CoverageEntry[];
}
