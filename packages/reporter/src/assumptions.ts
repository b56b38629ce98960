/**
 * Every assumption the reporter makes about the domain, in one place so it is easy to correct.
 */

/** ASSUMPTION: the reader is in Norway, so times are shown in Norwegian time (summer time handled by Intl). */
export const REPORT_TIME_ZONE = 'Europe/Oslo';

/** Checklist sections whose checks the kit cannot run itself: the user attests them in the config. */
export const ATTESTED_SECTIONS = ['1', '6', '7'] as const;

/** The HTTP header Skatteetaten asks for when a call went wrong (information model §13.1). */
export const KORRELASJONSID_HEADER = 'Korrelasjonsid';
