import { type About, API, type Judgements, type Scenario, sendJson } from './api.js';
import { el, visible } from './dom.js';
import { FAULT_CHOICES, type FaultChoice, faultSpec, scenarioFaultSpec } from './faults.js';
import { lang, local, t } from './i18n.js';

const OPERATIONS = [
  'validerNyBegjaering',
  'opprettBegjaering',
  'validerEndretBegjaering',
  'endreBegjaering',
  'lastOppVedlegg',
  'hentVedlegg',
  'slaaOppRegelverk',
  'hentStatusPaaSak',
  'hentStatusendringer',
  'token',
];

function statusLabel(status: string): string {
  return t(status as 'pass' | 'fail' | 'error' | 'skip' | 'manual');
}

/** Client behaviour so far: the client checks on the traffic seen, with their findings. */
export function renderJudgements(
  container: HTMLElement,
  judgements: Judgements,
  onEvidence: (id: string) => void,
): void {
  container.replaceChildren(
    el('p', { class: 'muted' }, `${t('basedOn')} ${judgements.basedOn.exchanges} ${t('exchanges')}`),
    ...judgements.checks.map((check) =>
      el(
        'article',
        { class: `check status-${check.status}`, 'data-check': check.id },
        el(
          'h3',
          {},
          el('span', { class: `badge ${check.status}` }, statusLabel(check.status)),
          ` ${local(check.title)} `,
          el('code', { class: 'muted' }, check.id),
        ),
        el(
          'ul',
          {},
          ...check.findings.map((finding) =>
            el(
              'li',
              { class: `severity-${finding.severity ?? 'error'}` },
              visible(lang() === 'nb' ? (finding.messageNb ?? finding.message) : finding.message),
              finding.exchangeId
                ? el(
                    'button',
                    { type: 'button', class: 'link', 'data-exchange': finding.exchangeId },
                    ` ${finding.exchangeId}`,
                  )
                : undefined,
            ),
          ),
        ),
      ),
    ),
  );
  for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-exchange]')) {
    button.addEventListener('click', () => onEvidence(button.dataset.exchange ?? ''));
  }
}

/** The vendor scenario cards, ticked off as the traffic shows them done. */
export function renderScenarios(
  container: HTMLElement,
  scenarios: readonly Scenario[],
  about: About,
  report: (text: string) => void,
): void {
  container.replaceChildren(
    ...scenarios.map((scenario) => {
      const inject =
        about.control && scenario.faults.length > 0
          ? el('button', { type: 'button', 'data-inject': scenario.id }, t('injectFaults'))
          : undefined;
      inject?.addEventListener('click', async () => {
        try {
          for (const fault of scenario.faults)
            await sendJson('POST', `${about.adminPath}/faults`, scenarioFaultSpec(fault));
          report(`${t('ok')}: ${local(scenario.title)}`);
        } catch (error) {
          report(`${t('failed')}: ${(error as Error).message}`);
        }
      });
      return el(
        'article',
        { class: `scenario ${scenario.done ? 'done' : ''}`, 'data-scenario': scenario.id },
        el(
          'h3',
          {},
          scenario.done ? '✓ ' : '○ ',
          local(scenario.title),
          el('span', { class: 'muted' }, ` (${scenario.done ? t('done') : t('notYet')})`),
        ),
        el('p', {}, local(scenario.instructions)),
        el(
          'p',
          { class: 'muted' },
          `${t('parties')}: `,
          Object.entries(scenario.parties)
            .map(([role, id]) => `${role} ${id}`)
            .join(', '),
        ),
        inject,
      );
    }),
  );
}

function field(label: string, input: HTMLElement): HTMLElement {
  return el('label', {}, el('span', {}, label), input);
}

/** Clock, faults, a seeded case, reset: through the simulator's admin API, as JSON from this page only. */
export function renderControl(container: HTMLElement, about: About): void {
  if (!about.control || !about.adminPath) {
    container.replaceChildren(el('p', {}, t('noControl')));
    return;
  }
  const admin = about.adminPath;
  const status = el('output', { class: 'status', 'aria-live': 'polite' });
  const report = (text: string) => {
    status.textContent = text;
  };
  const run = (action: () => Promise<string>) => async (event: Event) => {
    event.preventDefault();
    try {
      report(await action());
    } catch (error) {
      report(`${t('failed')}: ${(error as Error).message}`);
    }
  };

  const now = el('span', { class: 'now' });
  const refresh = async () => {
    const [clock, faults] = await Promise.all([
      fetch(`${admin}/clock`).then((r) => r.json() as Promise<{ now: string }>),
      fetch(`${admin}/faults`).then(
        (r) => r.json() as Promise<Array<{ kind: string; operationId?: string; remaining?: number; status?: number }>>,
      ),
    ]);
    now.textContent = clock.now;
    active.replaceChildren(
      ...(faults.length === 0
        ? [el('li', {}, t('none'))]
        : faults.map((fault) =>
            el(
              'li',
              {},
              `${fault.kind}${fault.status ? ` ${fault.status}` : ''} · ${fault.operationId ?? '*'} · ${fault.remaining ?? '∞'}`,
            ),
          )),
    );
  };
  const active = el('ul', { class: 'faults' });

  const by = el('input', { name: 'by', value: '1h', size: '6', 'aria-label': t('advance') });
  const clockForm = el(
    'form',
    { class: 'control-clock' },
    el('h3', {}, t('clock'), ': ', now),
    by,
    el('button', { type: 'submit' }, t('advance')),
  );
  clockForm.addEventListener(
    'submit',
    run(async () => {
      const answer = await sendJson<{ now: string }>('POST', `${admin}/clock/advance`, { by: by.value });
      await refresh();
      return `${t('ok')}: ${answer.now}`;
    }),
  );

  const kind = el(
    'select',
    { name: 'kind' },
    ...FAULT_CHOICES.map((choice) => el('option', { value: choice }, choice)),
  );
  const operation = el(
    'select',
    { name: 'operation' },
    el('option', { value: '' }, t('anyOperation')),
    ...OPERATIONS.map((op) => el('option', { value: op }, op)),
  );
  const times = el('input', { name: 'times', type: 'number', min: '1', value: '1', size: '4' });
  const retryAfter = el('input', { name: 'retryAfter', type: 'number', min: '0', value: '2', size: '4' });
  const latency = el('input', { name: 'latency', type: 'number', min: '0', value: '2000', size: '6' });
  const faultForm = el(
    'form',
    { class: 'control-fault' },
    el('h3', {}, t('fault')),
    field(t('kind'), kind),
    field(t('operation'), operation),
    field(`${t('next')} (${t('requests')})`, times),
    field(t('retryAfter'), retryAfter),
    field(t('latency'), latency),
    el('button', { type: 'submit' }, t('inject')),
    el('h4', {}, t('activeFaults')),
    active,
  );
  faultForm.addEventListener(
    'submit',
    run(async () => {
      const spec = faultSpec({
        choice: kind.value as FaultChoice,
        times: Math.max(1, Number(times.value) || 1),
        ...(operation.value ? { operationId: operation.value } : {}),
        ...(kind.value === 'latency'
          ? { latencyMs: Number(latency.value) || 0 }
          : { retryAfterSeconds: Number(retryAfter.value) || 0 }),
      });
      await sendJson('POST', `${admin}/faults`, spec);
      await refresh();
      return `${t('ok')}: ${kind.value} · ${operation.value || '*'} · ${times.value}`;
    }),
  );

  const seedForm = el(
    'form',
    { class: 'control-seed' },
    el('h3', {}, t('seedCase')),
    el('button', { type: 'submit' }, t('seed')),
  );
  seedForm.addEventListener(
    'submit',
    run(async () => {
      const seeded = await sendJson<{ eksternSaksreferanse?: string }>('POST', `${admin}/cases`, {});
      return `${t('ok')}: ${visible(seeded.eksternSaksreferanse ?? '')}`;
    }),
  );

  const resetForm = el(
    'form',
    { class: 'control-reset' },
    el('h3', {}, t('reset')),
    el('p', { class: 'muted' }, t('resetHint')),
    el('button', { type: 'submit' }, t('reset')),
  );
  resetForm.addEventListener(
    'submit',
    run(async () => {
      await sendJson('POST', `${admin}/reset`, {});
      await refresh();
      return t('ok');
    }),
  );

  container.replaceChildren(clockForm, faultForm, seedForm, resetForm, status);
  refresh().catch((error: Error) => report(`${t('failed')}: ${error.message}`));
}

/** Finish: write the RunResult and the reports, then link to the HTML summary. */
export function renderFinish(container: HTMLElement, about: About): void {
  if (!about.finish) {
    container.replaceChildren(el('p', {}, t('noFinish')));
    return;
  }
  const result = el('div', { class: 'finish-result', 'aria-live': 'polite' });
  const button = el('button', { type: 'button', class: 'primary' }, t('finishButton'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren(el('p', {}, t('working')));
    try {
      const answer = await sendJson<{
        runFile: string;
        reports: string[];
        html: string;
        summary: { verdict: string; counts?: Record<string, number> };
      }>('POST', `${API}/finish`, {});
      result.replaceChildren(
        el(
          'p',
          {},
          el('span', { class: `badge ${answer.summary.verdict}` }, answer.summary.verdict),
          ` ${t('written')}: `,
          el('code', { 'data-run-file': '' }, answer.runFile),
        ),
        el('ul', {}, ...answer.reports.map((file) => el('li', {}, el('code', {}, file)))),
        el('p', {}, el('a', { href: answer.html, target: '_blank', rel: 'noopener' }, t('openSummary'))),
      );
    } catch (error) {
      result.replaceChildren(el('p', { class: 'error' }, `${t('failed')}: ${(error as Error).message}`));
    } finally {
      button.disabled = false;
    }
  });
  container.replaceChildren(el('p', {}, t('finishText')), button, result);
}
