import type { RunResult } from '@elan-kit/schemas';

/** The English wording of schema (ajv) errors, which a bokmål text must not quote. */
const ENGLISH_SCHEMA_MESSAGE = /\bmust (?:have|be|match|NOT|equal|pass)\b/;

/**
 * `check:code` of every finding without its own bokmål text (missing, empty, a copy of the English one, or one
 * that quotes an English schema error).
 */
export function findingsWithoutBokmaal(result: RunResult): string[] {
  return result.checks.flatMap((check) =>
    check.findings
      .filter(
        (finding) =>
          !finding.messageNb?.trim() ||
          finding.messageNb === finding.message ||
          ENGLISH_SCHEMA_MESSAGE.test(finding.messageNb),
      )
      .map((finding) => `${check.id}:${finding.code}`),
  );
}
