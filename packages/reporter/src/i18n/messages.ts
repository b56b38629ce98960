import type { Lang } from '../types.js';
import { en } from './en.js';
import { nb } from './nb.js';

/** The message catalogue's shape; bokmål is the reference, English must have the same keys. */
export type Messages = typeof nb;

const catalogues: Readonly<Record<Lang, Messages>> = { nb, en };

export function messagesFor(lang: Lang): Messages {
  return catalogues[lang];
}
