import type { RunResult } from '@elan-kit/schemas';

/** `check:code` of every finding without its own bokmål text (missing, empty, or a copy of the English one). */
export function findingsWithoutBokmaal(result: RunResult): string[] {
  return result.checks.flatMap((check) =>
    check.findings
      .filter((finding) => !finding.messageNb?.trim() || finding.messageNb === finding.message)
      .map((finding) => `${check.id}:${finding.code}`),
  );
}
