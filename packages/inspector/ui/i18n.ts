export type Lang = 'nb' | 'en';

const texts = {
  title: { nb: 'elan-kit inspektør', en: 'elan-kit inspector' },
  journal: { nb: 'Journal', en: 'Journal' },
  behaviour: { nb: 'Klientatferd', en: 'Client behaviour' },
  scenarios: { nb: 'Scenarioer', en: 'Scenarios' },
  control: { nb: 'Kontroll', en: 'Control' },
  finish: { nb: 'Avslutt', en: 'Finish' },
  time: { nb: 'Tid', en: 'Time' },
  method: { nb: 'Metode', en: 'Method' },
  path: { nb: 'Sti', en: 'Path' },
  status: { nb: 'Status', en: 'Status' },
  duration: { nb: 'Varighet', en: 'Duration' },
  korrelasjonsid: { nb: 'Korrelasjonsid', en: 'Korrelasjonsid' },
  verdict: { nb: 'Vurdering', en: 'Verdict' },
  operation: { nb: 'Operasjon', en: 'Operation' },
  all: { nb: 'alle', en: 'all' },
  filterStatus: { nb: 'Status (422, 4xx)', en: 'Status (422, 4xx)' },
  empty: {
    nb: 'Ingen utvekslinger ennå. Pek klienten din mot adressene over.',
    en: 'No exchanges yet. Point your client at the addresses above.',
  },
  shown: { nb: 'viser', en: 'showing' },
  of: { nb: 'av', en: 'of' },
  kept: { nb: 'holdes (de eldste faller ut)', en: 'kept (the oldest drop out)' },
  live: { nb: 'direkte', en: 'live' },
  disconnected: { nb: 'frakoblet, kobler til igjen …', en: 'disconnected, reconnecting …' },
  pickExchange: { nb: 'Velg en utveksling i journalen.', en: 'Pick an exchange in the journal.' },
  gone: { nb: 'Utvekslingen holdes ikke lenger.', en: 'The exchange is no longer kept.' },
  request: { nb: 'Forespørsel', en: 'Request' },
  response: { nb: 'Svar', en: 'Response' },
  headers: { nb: 'Hoder', en: 'Headers' },
  body: { nb: 'Kropp', en: 'Body' },
  noBody: { nb: '(ingen kropp)', en: '(no body)' },
  truncated: { nb: 'Kroppen er avkortet', en: 'The body is truncated' },
  cutForDisplay: { nb: 'vist avkortet til', en: 'shown cut at' },
  characters: { nb: 'tegn', en: 'characters' },
  findings: { nb: 'Funn mot kontrakten', en: 'Contract findings' },
  kontrollutslag: { nb: 'Kontrollutslag', en: 'Kontrollutslag' },
  onlyChanges: { nb: 'gjelder kun endringer', en: 'only for changes' },
  vilkaarNbOnly: {
    nb: '',
    en: 'Vilkår texts are published in Norwegian only.',
  },
  noAnswer: { nb: 'Ikke besvart', en: 'No answer' },
  basedOn: { nb: 'Vurdert ut fra', en: 'Judged on' },
  exchanges: { nb: 'utvekslinger', en: 'exchanges' },
  evidence: { nb: 'Bevis', en: 'Evidence' },
  done: { nb: 'utført', en: 'done' },
  notYet: { nb: 'ikke sett ennå', en: 'not seen yet' },
  parties: { nb: 'Parter', en: 'Parties' },
  injectFaults: { nb: 'Legg inn feilene scenarioet trenger', en: 'Inject the faults this scenario needs' },
  clock: { nb: 'Virtuell klokke', en: 'Virtual clock' },
  advance: { nb: 'Flytt fram', en: 'Advance' },
  fault: { nb: 'Legg inn feil', en: 'Inject a fault' },
  kind: { nb: 'Type', en: 'Kind' },
  next: { nb: 'for de neste', en: 'for the next' },
  requests: { nb: 'forespørsler', en: 'requests' },
  retryAfter: { nb: 'Retry-After (s)', en: 'Retry-After (s)' },
  latency: { nb: 'Forsinkelse (ms)', en: 'Latency (ms)' },
  anyOperation: { nb: 'alle ELAN-operasjoner', en: 'every ELAN operation' },
  inject: { nb: 'Legg inn', en: 'Inject' },
  activeFaults: { nb: 'Aktive feil', en: 'Active faults' },
  none: { nb: 'ingen', en: 'none' },
  seedCase: { nb: 'Opprett en sak', en: 'Seed a case' },
  seed: { nb: 'Opprett', en: 'Seed' },
  reset: { nb: 'Nullstill simulatoren', en: 'Reset the simulator' },
  resetHint: {
    nb: 'Glemmer saker, vedlegg, feil og opptak (klienter og nøkler blir).',
    en: 'Forgets cases, attachments, faults and recordings (clients and keys stay).',
  },
  noControl: {
    nb: 'Kontroll finnes bare for elan-kit serve (proxyen har ingen simulator å styre).',
    en: 'Control is there for elan-kit serve only (the proxy has no simulator to control).',
  },
  finishText: {
    nb: 'Skriver RunResult og rapportene for trafikken som er sett, vurdert nøyaktig slik elan-kit run --target vendor vurderer de samme opptakene.',
    en: 'Writes the RunResult and the reports for the traffic seen, judged exactly as elan-kit run --target vendor judges the same recordings.',
  },
  finishButton: { nb: 'Avslutt og skriv oppsummeringen', en: 'Finish and write the summary' },
  working: { nb: 'Arbeider …', en: 'Working …' },
  written: { nb: 'Skrevet', en: 'Written' },
  openSummary: { nb: 'Åpne testoppsummeringen (HTML)', en: 'Open the test summary (HTML)' },
  noFinish: { nb: 'Avslutt er ikke tilgjengelig her.', en: 'Finish is not available here.' },
  failed: { nb: 'Feilet', en: 'Failed' },
  ok: { nb: 'OK', en: 'OK' },
  pass: { nb: 'bestått', en: 'pass' },
  fail: { nb: 'feil', en: 'fail' },
  error: { nb: 'feil i miljøet', en: 'error' },
  skip: { nb: 'hoppet over', en: 'skip' },
  manual: { nb: 'manuell', en: 'manual' },
  verdictPass: { nb: 'ok', en: 'pass' },
  verdictFail: { nb: 'brudd', en: 'fail' },
  verdictKontrollutslag: { nb: 'kontrollutslag', en: 'kontrollutslag' },
  verdictError: { nb: 'miljøfeil', en: 'error' },
  language: { nb: 'English', en: 'Norsk' },
} as const;

export type TextKey = keyof typeof texts;

let current: Lang = localStorage.getItem('elan-kit-inspector-lang') === 'en' ? 'en' : 'nb';

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem('elan-kit-inspector-lang', next);
  document.documentElement.lang = next === 'nb' ? 'nb' : 'en';
}

export function t(key: TextKey): string {
  return texts[key][current];
}

/** A `{ nb, en }` text from the API in the current language. */
export function local(text: { readonly nb: string; readonly en: string } | undefined): string {
  return text ? text[current] : '';
}
