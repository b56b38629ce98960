import type { Finding } from '@elan-kit/schemas';

/**
 * A text in both report languages (a finding's message, a run note), written next to each other so both quote the
 * same values.
 */
export interface FindingText {
  readonly en: string;
  readonly nb: string;
}

/** A finding with its bokmål text: every finding a check returns is one. */
export type BilingualFinding = Finding & { readonly messageNb: string };

/** Everything about a finding except its code and text (severity, pointer, expected/actual, evidence id). */
export type FindingDetails = Omit<Finding, 'code' | 'message' | 'messageNb'>;

/** Builds a finding: `message` is the English text, `messageNb` the bokmål one. */
export function finding(code: string, text: FindingText, details: FindingDetails = {}): BilingualFinding {
  return { code, message: text.en, messageNb: text.nb, ...details };
}
