import type { Finding } from '@elan-kit/schemas';
import type { Lang } from '../types.js';

/**
 * A finding's text in the report language: the bokmål text in bokmål output when the producer wrote one,
 * otherwise the English `message` (older RunResults and findings from other producers have only that).
 */
export function findingMessage(finding: Finding, lang: Lang): string {
  return (lang === 'nb' && finding.messageNb?.trim() ? finding.messageNb : undefined) ?? finding.message;
}
