import { type About, API, getJson, type Judgements, type Scenario, type Summary } from './api.js';
import { renderDetail } from './detail.js';
import { el } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { Journal } from './journal.js';
import { renderControl, renderFinish, renderJudgements, renderScenarios } from './views.js';

type Tab = 'journal' | 'behaviour' | 'scenarios' | 'control' | 'finish';
const TABS: readonly Tab[] = ['journal', 'behaviour', 'scenarios', 'control', 'finish'];

async function start(): Promise<void> {
  setLang(lang());
  const about = await getJson<About>(`${API}/about`);
  const root = document.getElementById('app');
  if (!root) return;

  let judgements: Judgements | undefined;
  let scenarios: readonly Scenario[] = [];
  let selected: string | undefined;
  let tab: Tab = 'journal';

  const detail = el('section', { class: 'detail', 'aria-label': 'detail' });
  const journal = new Journal(about.capacity, (id) => {
    selected = id;
    void renderDetail(detail, id);
  });
  const panels: Record<Tab, HTMLElement> = {
    journal: el('div', { class: 'panel split', 'data-panel': 'journal' }, journal.element, detail),
    behaviour: el('div', { class: 'panel', 'data-panel': 'behaviour' }),
    scenarios: el('div', { class: 'panel', 'data-panel': 'scenarios' }),
    control: el('div', { class: 'panel', 'data-panel': 'control' }),
    finish: el('div', { class: 'panel', 'data-panel': 'finish' }),
  };
  const connection = el('span', { class: 'connection' });
  const message = el('output', { class: 'status', 'aria-live': 'polite' });
  const nav = el('nav', { role: 'tablist' });
  const langButton = el('button', { type: 'button', class: 'lang' });
  const endpoints = el('div', { class: 'endpoints' });

  const showTab = (next: Tab) => {
    tab = next;
    for (const name of TABS) panels[name].hidden = name !== tab;
    for (const button of nav.querySelectorAll<HTMLButtonElement>('button')) {
      button.setAttribute('aria-selected', String(button.dataset.tab === tab));
    }
    if (tab === 'control') renderControl(panels.control, about);
  };
  const openExchange = (id: string) => {
    showTab('journal');
    selected = id;
    void renderDetail(detail, id);
  };
  const renderAll = () => {
    document.title = t('title');
    nav.replaceChildren(
      ...TABS.map((name) => {
        const button = el('button', { type: 'button', role: 'tab', 'data-tab': name }, t(name));
        button.addEventListener('click', () => showTab(name));
        return button;
      }),
    );
    langButton.textContent = t('language');
    const urls = about.baseUrls ?? about.upstream ?? {};
    endpoints.replaceChildren(
      el('span', {}, `${about.mode} · model ${about.modelVersion}`),
      ...Object.entries(urls).map(([name, url]) => el('span', {}, el('b', {}, `${name} `), el('code', {}, url))),
    );
    if (judgements) renderJudgements(panels.behaviour, judgements, openExchange);
    renderScenarios(panels.scenarios, scenarios, about, (text) => {
      message.textContent = text;
    });
    renderFinish(panels.finish, about);
    if (selected) void renderDetail(detail, selected);
    else detail.replaceChildren(el('p', { class: 'muted' }, t('pickExchange')));
    showTab(tab);
  };
  langButton.addEventListener('click', () => {
    setLang(lang() === 'nb' ? 'en' : 'nb');
    renderAll();
  });

  root.replaceChildren(
    el('header', {}, el('h1', {}, t('title')), endpoints, connection, langButton),
    nav,
    message,
    ...TABS.map((name) => panels[name]),
  );
  renderAll();

  // Subscribe first, then read what is there: the stream's newer exchanges and the page are merged by id.
  const events = new EventSource(`${API}/events`);
  events.addEventListener('open', () => {
    connection.textContent = `● ${t('live')}`;
    connection.className = 'connection live';
  });
  events.addEventListener('error', () => {
    connection.textContent = `○ ${t('disconnected')}`;
    connection.className = 'connection down';
  });
  events.addEventListener('exchange', (event) => journal.add(JSON.parse((event as MessageEvent).data) as Summary));
  events.addEventListener('cleared', () => journal.clear());
  events.addEventListener('judgements', (event) => {
    judgements = JSON.parse((event as MessageEvent).data) as Judgements;
    renderJudgements(panels.behaviour, judgements, openExchange);
  });
  events.addEventListener('scenarios', (event) => {
    scenarios = (JSON.parse((event as MessageEvent).data) as { scenarios: Scenario[] }).scenarios;
    renderScenarios(panels.scenarios, scenarios, about, (text) => {
      message.textContent = text;
    });
  });

  const [page, firstJudgements, firstScenarios] = await Promise.all([
    getJson<{ exchanges: Summary[] }>(`${API}/exchanges?limit=${about.capacity}`),
    getJson<Judgements>(`${API}/judgements`),
    getJson<{ scenarios: Scenario[] }>(`${API}/scenarios`),
  ]);
  journal.load(page.exchanges);
  judgements ??= firstJudgements;
  if (scenarios.length === 0) scenarios = firstScenarios.scenarios;
  renderAll();
}

start().catch((error: Error) => {
  document.body.append(el('p', { class: 'error' }, `elan-kit inspector: ${error.message}`));
});
