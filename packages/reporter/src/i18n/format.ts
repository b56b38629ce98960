import { REPORT_TIME_ZONE } from '../assumptions.js';
import type { Lang } from '../types.js';

/** Locale-aware formatting for one report: Norwegian conventions in nb (`26.11.2026 kl. 21:30`, `1 234,56`). */
export interface Formatter {
  readonly timeZone: string;
  /** An ISO date-time as a readable local time; unparseable input comes back unchanged. */
  dateTime(iso: string | undefined): string;
  /** A calendar date (`2026-11-20` or a date-time) as a readable date; unparseable input comes back unchanged. */
  date(value: string | undefined): string;
  /** A number with the locale's grouping and decimal separator. */
  number(value: number): string;
  /** A duration in milliseconds as `123 ms`, `12,3 s`, `4 min 12 s` or `1 t 2 min`. */
  duration(ms: number | undefined): string;
}

const LOCALES: Readonly<Record<Lang, string>> = { nb: 'nb-NO', en: 'en-GB' };
const HOUR_UNIT: Readonly<Record<Lang, string>> = { nb: 't', en: 'h' };
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function createFormatter(lang: Lang, timeZone: string = REPORT_TIME_ZONE): Formatter {
  const locale = LOCALES[lang];
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    day: lang === 'nb' ? '2-digit' : 'numeric',
    month: lang === 'nb' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: lang === 'nb' ? '2-digit' : 'numeric',
    month: lang === 'nb' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone,
  });
  // Calendar dates have no time of day: format them in UTC so the day never shifts.
  const calendarDateFormat = new Intl.DateTimeFormat(locale, {
    day: lang === 'nb' ? '2-digit' : 'numeric',
    month: lang === 'nb' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function parse(value: string | undefined): Date | undefined {
    if (value === undefined) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }

  function dateTime(iso: string | undefined): string {
    const date = parse(iso);
    if (!date) return iso ?? '';
    if (lang !== 'nb') return dateTimeFormat.format(date);
    const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((part) => [part.type, part.value]));
    return `${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}:${parts.minute}`;
  }

  function date(value: string | undefined): string {
    if (value !== undefined && DATE_ONLY.test(value)) {
      const calendar = parse(`${value}T00:00:00Z`);
      return calendar ? calendarDateFormat.format(calendar) : value;
    }
    const parsed = parse(value);
    return parsed ? dateFormat.format(parsed) : (value ?? '');
  }

  function duration(ms: number | undefined): string {
    if (ms === undefined || !Number.isFinite(ms)) return '';
    if (ms < 1000) return `${numberFormat.format(Math.round(ms))} ms`;
    if (ms < 60_000) return `${oneDecimal.format(ms / 1000)} s`;
    const totalSeconds = Math.round(ms / 1000);
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    if (hours > 0) return `${hours} ${HOUR_UNIT[lang]} ${minutes} min`;
    return `${minutes} min ${seconds} s`;
  }

  return {
    timeZone,
    dateTime,
    date,
    number: (value) => numberFormat.format(value),
    duration,
  };
}
