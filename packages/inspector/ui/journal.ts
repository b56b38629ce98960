import type { Summary, Verdict } from './api.js';
import { el, visible } from './dom.js';
import { t } from './i18n.js';

const ROW_HEIGHT = 26;
const OVERSCAN = 8;

export function verdictLabel(verdict: Verdict): string {
  return t(
    verdict === 'pass'
      ? 'verdictPass'
      : verdict === 'fail'
        ? 'verdictFail'
        : verdict === 'kontrollutslag'
          ? 'verdictKontrollutslag'
          : 'verdictError',
  );
}

interface Filter {
  status: string;
  operation: string;
  korrelasjonsid: string;
  verdict: string;
}

function matches(summary: Summary, filter: Filter): boolean {
  const status = filter.status.trim();
  const statusText = summary.status === undefined ? 'none' : String(summary.status);
  return (
    (status === '' || (status.endsWith('xx') ? statusText.startsWith(status[0] ?? '') : statusText === status)) &&
    (filter.operation === '' || summary.operationId === filter.operation) &&
    (filter.korrelasjonsid.trim() === '' || (summary.korrelasjonsid ?? '').includes(filter.korrelasjonsid.trim())) &&
    (filter.verdict === '' || summary.verdict === filter.verdict)
  );
}

/**
 * The journal: newest first, at most `capacity` summaries held (as the source keeps), and only the rows in view
 * exist in the page.
 */
export class Journal {
  readonly element: HTMLElement;
  #all: Summary[] = [];
  #shown: Summary[] = [];
  #capacity: number;
  #filter: Filter = { status: '', operation: '', korrelasjonsid: '', verdict: '' };
  #selected: string | undefined;
  readonly #viewport: HTMLElement;
  readonly #spacer: HTMLElement;
  readonly #rows: HTMLElement;
  readonly #count: HTMLElement;
  readonly #operations: HTMLSelectElement;
  readonly #onSelect: (id: string) => void;
  #knownOperations = new Set<string>();
  #frame = 0;

  constructor(capacity: number, onSelect: (id: string) => void) {
    this.#capacity = capacity;
    this.#onSelect = onSelect;
    const input = (key: 'status' | 'korrelasjonsid', placeholder: string) => {
      const field = el('input', { type: 'search', placeholder, 'aria-label': placeholder, 'data-filter': key });
      field.addEventListener('input', () => {
        this.#filter[key] = field.value;
        this.#refilter();
      });
      return field;
    };
    const verdict = el(
      'select',
      { 'aria-label': t('verdict'), 'data-filter': 'verdict' },
      el('option', { value: '' }, `${t('verdict')}: ${t('all')}`),
      ...(['pass', 'fail', 'kontrollutslag', 'error'] as const).map((v) => el('option', { value: v }, verdictLabel(v))),
    );
    verdict.addEventListener('change', () => {
      this.#filter.verdict = verdict.value;
      this.#refilter();
    });
    this.#operations = el(
      'select',
      { 'aria-label': t('operation'), 'data-filter': 'operation' },
      el('option', { value: '' }, `${t('operation')}: ${t('all')}`),
    );
    this.#operations.addEventListener('change', () => {
      this.#filter.operation = this.#operations.value;
      this.#refilter();
    });
    this.#count = el('span', { class: 'count' });
    this.#spacer = el('div', { class: 'spacer' });
    this.#rows = el('div', { class: 'rows', role: 'list' });
    this.#viewport = el('div', { class: 'viewport', tabindex: '0' }, this.#spacer, this.#rows);
    this.#viewport.addEventListener('scroll', () => this.#schedule());
    const head = el(
      'div',
      { class: 'row head' },
      ...(['time', 'method', 'path', 'status', 'duration', 'korrelasjonsid', 'verdict'] as const).map((key) =>
        el('span', { class: `c-${key}` }, t(key)),
      ),
    );
    this.element = el(
      'section',
      { class: 'journal', 'aria-label': t('journal') },
      el(
        'div',
        { class: 'filters' },
        input('status', t('filterStatus')),
        this.#operations,
        input('korrelasjonsid', t('korrelasjonsid')),
        verdict,
        this.#count,
      ),
      head,
      this.#viewport,
    );
    new ResizeObserver(() => this.#schedule()).observe(this.#viewport);
  }

  /** Summaries from `GET /exchanges` (newest first), merged with what the stream already delivered. */
  load(summaries: readonly Summary[]): void {
    const known = new Set(this.#all.map((s) => s.id));
    // What the stream delivered meanwhile is newer than the page that was read, so it stays on top.
    this.#all = [...this.#all, ...summaries.filter((s) => !known.has(s.id))];
    this.#trim();
    for (const summary of this.#all) this.#noteOperation(summary);
    this.#refilter();
  }

  add(summary: Summary): void {
    if (this.#all.some((s) => s.id === summary.id)) return;
    this.#all.unshift(summary);
    this.#trim();
    this.#noteOperation(summary);
    if (matches(summary, this.#filter)) {
      this.#shown.unshift(summary);
      // Keep the rows the reader is looking at in place while new ones arrive on top.
      if (this.#viewport.scrollTop > 0) this.#viewport.scrollTop += ROW_HEIGHT;
    }
    this.#schedule();
  }

  clear(): void {
    this.#all = [];
    this.#shown = [];
    this.#schedule();
  }

  get size(): number {
    return this.#all.length;
  }

  #trim(): void {
    if (this.#all.length <= this.#capacity) return;
    const dropped = new Set(this.#all.splice(this.#capacity).map((s) => s.id));
    this.#shown = this.#shown.filter((s) => !dropped.has(s.id));
  }

  #noteOperation(summary: Summary): void {
    const operation = summary.operationId;
    if (operation === undefined || this.#knownOperations.has(operation)) return;
    this.#knownOperations.add(operation);
    this.#operations.append(el('option', { value: operation }, operation));
  }

  #refilter(): void {
    this.#shown = this.#all.filter((summary) => matches(summary, this.#filter));
    this.#schedule();
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render();
    });
  }

  #render(): void {
    const total = this.#shown.length;
    this.#spacer.style.height = `${total * ROW_HEIGHT}px`;
    this.#count.textContent = `${t('shown')} ${total} ${t('of')} ${this.#all.length}, ≤ ${this.#capacity} ${t('kept')}`;
    if (total === 0) {
      this.#rows.replaceChildren(el('div', { class: 'empty' }, this.#all.length === 0 ? t('empty') : '—'));
      return;
    }
    const first = Math.max(0, Math.floor(this.#viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const count = Math.ceil(this.#viewport.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    const rows = this.#shown.slice(first, first + count).map((summary, index) => this.#row(summary, first + index));
    this.#rows.replaceChildren(...rows);
  }

  #row(summary: Summary, index: number): HTMLElement {
    const row = el(
      'div',
      {
        class: `row verdict-${summary.verdict}${summary.id === this.#selected ? ' selected' : ''}`,
        role: 'listitem',
        'data-id': summary.id,
        tabindex: '-1',
      },
      el('span', { class: 'c-time' }, summary.time.slice(11, 23)),
      el('span', { class: 'c-method' }, visible(summary.method)),
      el('span', { class: 'c-path', title: visible(summary.path) }, visible(summary.path)),
      el('span', { class: 'c-status' }, summary.status === undefined ? '—' : String(summary.status)),
      el(
        'span',
        { class: 'c-duration' },
        summary.durationMs === undefined ? '' : `${summary.durationMs.toFixed(1)} ms`,
      ),
      el(
        'span',
        { class: 'c-korrelasjonsid', title: visible(summary.korrelasjonsid ?? '') },
        visible(summary.korrelasjonsid ?? '—'),
      ),
      el('span', { class: `c-verdict badge ${summary.verdict}` }, verdictLabel(summary.verdict)),
    );
    // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
    row.style.top = `${index * ROW_HEIGHT}px`;
    row.addEventListener('click', () => {
      this.#selected = summary.id;
      this.#onSelect(summary.id);
      this.#schedule();
    });
    return row;
  }
}
