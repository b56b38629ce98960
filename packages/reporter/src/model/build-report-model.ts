import {
  CHECKLIST_SECTIONS,
  type CheckResult,
  type LocalizedText,
  type RunResult,
  type StatusCounts,
} from '@elan-kit/schemas';
import { ATTESTED_SECTIONS } from '../assumptions.js';
import { compareRuns } from '../compare-runs.js';
import { createFormatter } from '../i18n/format.js';
import { messagesFor } from '../i18n/messages.js';
import { redactRunResult } from '../redact.js';
import type { RenderOptions } from '../types.js';
import { primaryKorrelasjonsid, viewExchange } from './exchange-view.js';
import { findingMessage } from './finding-message.js';
import { buildHeadline } from './headline.js';
import { leadingFinding } from './leading-finding.js';
import type {
  AttestationView,
  CheckView,
  CoverageView,
  DeviationKind,
  DeviationView,
  ReportModel,
  SectionView,
} from './report-model.js';

const DEVIATION_ORDER: readonly DeviationKind[] = ['fail', 'error', 'unfinished', 'unattested', 'skip'];
const attestedSections: ReadonlySet<string> = new Set(ATTESTED_SECTIONS);

export function countStatuses(checks: readonly CheckResult[]): StatusCounts {
  const counts = { total: checks.length, pass: 0, fail: 0, error: 0, skip: 0, manual: 0 };
  for (const check of checks) counts[check.status]++;
  return counts;
}

function anchorFor(id: string, used: Set<string>): string {
  const base = `check-${
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  }`;
  let anchor = base;
  for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
  used.add(anchor);
  return anchor;
}

function isUnattestedManual(check: CheckResult): boolean {
  return check.status === 'manual' && check.attestation?.attested !== true;
}

function deviationKind(check: CheckResult): DeviationKind | undefined {
  if (check.unfinished) return 'unfinished';
  if (check.status === 'fail' || check.status === 'error' || check.status === 'skip') return check.status;
  if (isUnattestedManual(check)) return 'unattested';
  return undefined;
}

function describeDeviation(view: CheckView, kind: DeviationKind, model: Pick<ReportModel, 't' | 'lang'>): string {
  const { t } = model;
  const finding = leadingFinding(view.check.findings);
  const fromFinding = finding ? `${finding.code}: ${findingMessage(finding, model.lang)}` : undefined;
  switch (kind) {
    case 'unfinished':
      return fromFinding ?? t.unfinished;
    case 'unattested':
      return view.check.attestation?.note ?? t.unattestedReason;
    default:
      return fromFinding ?? t.noReasonGiven;
  }
}

function buildCoverage(result: RunResult): CoverageView | undefined {
  const coverage = result.vilkaarCoverage;
  if (!coverage) return undefined;
  const exercisedBy = new Map<string, string[]>();
  for (const check of result.checks) {
    for (const code of check.vilkaar ?? []) exercisedBy.set(code, [...(exercisedBy.get(code) ?? []), check.id]);
  }
  const exercised = new Set(coverage.exercised);
  const applicable = new Set(coverage.applicable);
  const codes = [...new Set([...coverage.applicable, ...coverage.exercised])];
  return {
    catalogSize: coverage.catalogSize,
    applicableCount: applicable.size,
    exercisedApplicableCount: [...applicable].filter((code) => exercised.has(code)).length,
    entries: codes.map((code) => ({
      code,
      exercised: exercised.has(code),
      applicable: applicable.has(code),
      checks: exercisedBy.get(code) ?? [],
    })),
  };
}

/**
 * Derives the report's view model from a RunResult: sections, deviations, attestations, coverage and,
 * with `compareWith`, the comparison. Secrets are removed first, so nothing downstream can leak them.
 */
export function buildReportModel(input: RunResult, options: RenderOptions = {}): ReportModel {
  const lang = options.lang ?? 'nb';
  const t = messagesFor(lang);
  const fmt = createFormatter(lang, options.timeZone);
  const result = redactRunResult(input);
  const other = lang === 'nb' ? 'en' : 'nb';
  const localize = (text: LocalizedText | undefined): string => (text ? text[lang] || text[other] || '' : '');

  const anchors = new Set<string>();
  const views = result.checks.map(
    (check): CheckView => ({
      check,
      title: localize(check.title) || check.id,
      description: localize(check.description),
      sectionTitle: t.sectionTitles[check.section],
      anchor: anchorFor(check.id, anchors),
      exchanges: check.evidence.map(viewExchange),
      korrelasjonsid: primaryKorrelasjonsid(check),
    }),
  );

  const sections: SectionView[] = CHECKLIST_SECTIONS.map((id) => {
    const checks = views.filter((view) => view.check.section === id);
    return { id, title: t.sectionTitles[id], counts: countStatuses(checks.map((view) => view.check)), checks };
  });

  const sectionIndex = (view: CheckView) => CHECKLIST_SECTIONS.indexOf(view.check.section);
  const deviations: DeviationView[] = views
    .map((view, index) => ({ view, index, kind: deviationKind(view.check) }))
    .filter((entry): entry is { view: CheckView; index: number; kind: DeviationKind } => entry.kind !== undefined)
    .sort(
      (a, b) =>
        Number(a.view.check.severity !== 'required') - Number(b.view.check.severity !== 'required') ||
        DEVIATION_ORDER.indexOf(a.kind) - DEVIATION_ORDER.indexOf(b.kind) ||
        sectionIndex(a.view) - sectionIndex(b.view) ||
        a.index - b.index,
    )
    .map(({ view, kind }) => ({ view, kind, reason: describeDeviation(view, kind, { t, lang }) }));

  const attestations: AttestationView[] = views
    .filter(
      ({ check }) =>
        check.status === 'manual' || check.attestation !== undefined || attestedSections.has(check.section),
    )
    .map((view) => ({
      view,
      attested: view.check.attestation?.attested === true,
      by: view.check.attestation?.by,
      date: view.check.attestation?.date,
      note: view.check.attestation?.note,
    }));

  const totals = countStatuses(result.checks);

  return {
    lang,
    t,
    fmt,
    result,
    headline: buildHeadline(result, t),
    sections,
    totals,
    deviations,
    attestations,
    coverage: buildCoverage(result),
    comparison: options.compareWith ? compareRuns(redactRunResult(options.compareWith), result) : undefined,
    notes: (result.notes ?? []).map((note, index) => (lang === 'nb' && result.notesNb?.[index]?.trim()) || note),
    localize,
  };
}
