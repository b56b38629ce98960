import type { ContractDocumentInfo } from '@elan-kit/schemas';
import type { Messages } from '../i18n/messages.js';

/** The words every format shows for one contract document: what it is, where it came from, what it lacked. */
export interface DocumentView {
  readonly api: string;
  /** `Utleggsbegjæring API 0.0.1` (title and the document's own version). */
  readonly name: string;
  readonly hash: string;
  /** `official document (file.yaml, converted from Swagger 2.0)`; empty for results written before origins were recorded. */
  readonly origin: string;
  /** Operations the official document lacked, judged by the kit's reconstruction; empty when none. */
  readonly fallback: string;
}

export function documentView(document: ContractDocumentInfo, t: Messages): DocumentView {
  const name = [document.title ?? `${document.api} ${document.version}`.trim(), document.documentVersion]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  const details = [document.file, document.convertedFrom ? t.documentConverted : undefined].filter(Boolean);
  const origin = document.origin
    ? `${t.documentOrigins[document.origin]}${details.length > 0 ? ` (${details.join(', ')})` : ''}`
    : '';
  const missing = (document.operations ?? []).filter((op) => op.status === 'fallback').map((op) => op.operationId);
  return {
    api: document.api,
    name,
    hash: document.hash,
    origin,
    fallback: missing.length > 0 ? t.documentFallback(missing.join(', ')) : '',
  };
}
