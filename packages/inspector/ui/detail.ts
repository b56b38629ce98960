import { API, type Detail, getJson, type Message } from './api.js';
import { el, visible } from './dom.js';
import { lang, local, t } from './i18n.js';
import { verdictLabel } from './journal.js';
import { type Annotation, BODY_LIMIT_CHARS, renderJson, renderText } from './json-view.js';

function headersTable(headers: Readonly<Record<string, string>>): HTMLElement {
  return el(
    'table',
    { class: 'headers' },
    ...Object.entries(headers).map(([name, value]) =>
      el('tr', {}, el('th', {}, visible(name)), el('td', {}, visible(value))),
    ),
  );
}

function body(message: Message, annotations: readonly Annotation[]): HTMLElement {
  const cutNote = `${t('cutForDisplay')} ${BODY_LIMIT_CHARS} ${t('characters')}`;
  if (message.body === undefined) return el('div', { class: 'muted' }, t('noBody'));
  return el(
    'div',
    { class: 'body' },
    message.bodyTruncated ? el('div', { class: 'cut' }, t('truncated')) : undefined,
    typeof message.body === 'string'
      ? renderText(message.body, cutNote)
      : renderJson(message.body, annotations, cutNote),
  );
}

function section(title: string, message: Message | undefined, annotations: readonly Annotation[]): HTMLElement {
  if (!message)
    return el('section', { class: 'part' }, el('h3', {}, title), el('div', { class: 'muted' }, t('noAnswer')));
  return el(
    'section',
    { class: 'part' },
    el('h3', {}, title),
    el('h4', {}, t('headers')),
    headersTable(message.headers),
    el('h4', {}, t('body')),
    body(message, annotations),
  );
}

/** One exchange: headers, pretty bodies, contract findings and kontrollutslag at their JSON pointers. */
export async function renderDetail(container: HTMLElement, id: string): Promise<void> {
  let detail: Detail;
  try {
    detail = await getJson<Detail>(`${API}/exchanges/${encodeURIComponent(id)}`);
  } catch {
    container.replaceChildren(el('p', { class: 'muted' }, t('gone')));
    return;
  }
  const { exchange, summary } = detail;
  const requestNotes: Annotation[] = [];
  const responseNotes: Annotation[] = [];
  for (const finding of detail.findings) {
    const note: Annotation = {
      pointer: finding.pointer ?? '',
      kind: 'finding',
      lines: [`${finding.code}: ${local(finding.message)}`],
    };
    if (finding.in === 'request-body') requestNotes.push(note);
    else if (finding.in === 'response-body') responseNotes.push(note);
  }
  for (const item of detail.kontrollutslag) {
    requestNotes.push({
      pointer: item.sti ?? '',
      kind: 'kontrollutslag',
      lines: [
        `${item.kode}${item.vilkaar ? ` — ${item.vilkaar.tittel}` : ''}`,
        ...(item.vilkaar ? [item.vilkaar.beskrivelse] : []),
        ...(item.melding ? [item.melding] : []),
      ],
    });
  }
  const header = el(
    'div',
    { class: 'detail-head' },
    el('span', { class: `badge ${summary.verdict}` }, verdictLabel(summary.verdict)),
    el('strong', {}, ` ${visible(exchange.method)} `),
    el('span', { class: 'url' }, visible(exchange.url)),
    el('span', {}, ` → ${exchange.status ?? visible(exchange.error ?? '—')}`),
    summary.operationId ? el('span', { class: 'muted' }, ` (${summary.operationId})`) : undefined,
  );
  const findings =
    detail.findings.length === 0
      ? undefined
      : el(
          'section',
          { class: 'findings' },
          el('h3', {}, `${t('findings')} (${detail.findings.length})`),
          el(
            'ul',
            {},
            ...detail.findings.map((finding) =>
              el(
                'li',
                {},
                el('code', {}, finding.code),
                ` ${visible(local(finding.message))}`,
                finding.pointer === undefined
                  ? undefined
                  : el('code', { class: 'pointer' }, ` ${visible(finding.pointer || '/')}`),
              ),
            ),
          ),
        );
  const kontrollutslag =
    detail.kontrollutslag.length === 0
      ? undefined
      : el(
          'section',
          { class: 'kontrollutslag' },
          el('h3', {}, `${t('kontrollutslag')} (${detail.kontrollutslag.length})`),
          lang() === 'en' ? el('p', { class: 'muted' }, t('vilkaarNbOnly')) : undefined,
          el(
            'ul',
            {},
            ...detail.kontrollutslag.map((item) =>
              el(
                'li',
                {},
                el('code', {}, visible(item.kode)),
                item.vilkaar ? el('strong', {}, ` ${item.vilkaar.tittel}`) : undefined,
                item.vilkaar?.gjelderKunEndringer ? el('em', {}, ` (${t('onlyChanges')})`) : undefined,
                item.vilkaar ? el('div', {}, item.vilkaar.beskrivelse) : undefined,
                item.melding ? el('div', { class: 'muted' }, visible(item.melding)) : undefined,
                item.sti === undefined ? undefined : el('code', { class: 'pointer' }, visible(item.sti || '/')),
              ),
            ),
          ),
        );
  container.replaceChildren(
    header,
    ...[findings, kontrollutslag].filter((part): part is HTMLElement => part !== undefined),
    section(t('request'), exchange.request, requestNotes),
    section(t('response'), exchange.response, responseNotes),
  );
}
