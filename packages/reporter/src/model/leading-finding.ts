import type { Finding } from '@elan-kit/schemas';

/**
 * The finding that explains a check's outcome in one line: the first that is not merely informational (a note
 * like "judged 0 exchanges" often comes first), else the first.
 */
export function leadingFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => finding.severity !== 'info') ?? findings[0];
}
