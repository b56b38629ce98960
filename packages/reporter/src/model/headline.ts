import type { RunResult, TargetOptionValue, Verdict } from '@elan-kit/schemas';
import type { Messages } from '../i18n/messages.js';

/** What the first page of every format says, in the report's language. */
export interface HeadlineView {
  readonly verdict: Verdict;
  /** The verdict with what qualifies it, e.g. "Tester bestått – ikke klar for produksjon: 5 påkrevde punkter …". */
  readonly label: string;
  readonly explanation: string;
  /** Set for the kit's own client against its own simulator: the run is not a test summary for Skatteetaten. */
  readonly demonstration: { readonly title: string; readonly detail: string } | undefined;
  /** What system was under test and how it was reached. */
  readonly subject: string;
  /** Vendor's system name with its version. */
  readonly system: string | undefined;
  /** Which checks ran: preset, only, skip, shard, and how many of the checklist's. */
  readonly selection: string | undefined;
  /** Set for a partial selection. */
  readonly partialWarning: string | undefined;
  readonly targetOptions: string | undefined;
  /** Set when the run did not complete. */
  readonly runStateWarning: string | undefined;
}

function formatOption(value: TargetOptionValue): string {
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function buildHeadline(result: RunResult, t: Messages): HeadlineView {
  const { summary, subject, run, vendor } = result;
  const verdict = summary.verdict;
  const selection = run.selection;
  const unattested = summary.unattestedRequired?.length ?? 0;
  const qualifier =
    verdict === 'pass-unattested'
      ? t.unattestedCount(unattested)
      : verdict === 'pass-partial' && selection
        ? t.partialCount(selection.selected, selection.available)
        : undefined;
  const selectionParts = selection
    ? [
        t.selectionPreset(selection.preset),
        selection.partial
          ? t.selectionCount(selection.selected, selection.available)
          : t.selectionAll(selection.selected),
        ...(selection.only.length ? [t.selectionOnly(selection.only.join(', '))] : []),
        ...(selection.skip.length ? [t.selectionSkip(selection.skip.join(', '))] : []),
        ...(run.shard ? [`${t.shardLabel} ${t.shard(run.shard.index, run.shard.total)}`] : []),
      ]
    : run.shard
      ? [`${t.shardLabel} ${t.shard(run.shard.index, run.shard.total)}`]
      : [];
  const options = Object.entries(result.target.options ?? {});
  const system = [vendor.system, vendor.systemVersion].filter(Boolean).join(' ');
  return {
    verdict,
    label: qualifier ? `${t.verdicts[verdict]}: ${qualifier}` : t.verdicts[verdict],
    explanation: t.verdictExplanations[verdict],
    demonstration: subject?.demonstration ? { title: t.demonstration, detail: t.demonstrationDetail } : undefined,
    subject: !subject
      ? t.subjectUnknown
      : subject.kind === 'kit-reference-client'
        ? t.subjectKinds[subject.kind]
        : `${t.subjectKinds[subject.kind]} (${t.subjectChannels[subject.via]})`,
    system: system || undefined,
    selection: selectionParts.length ? selectionParts.join(' · ') : undefined,
    partialWarning: selection?.partial ? t.partialWarning(selection.selected, selection.available) : undefined,
    targetOptions: options.length
      ? options.map(([key, value]) => `${key}=${formatOption(value)}`).join(' · ')
      : undefined,
    runStateWarning: t.runStateWarnings[run.state] || undefined,
  };
}
