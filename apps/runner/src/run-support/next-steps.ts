/**
 * The closing lines of a demonstration run (the kit's own client against its own simulator, `pnpm start`): what it
 * was, and how a newcomer puts their own system in the client's seat.
 */
export function nextSteps(lang: 'nb' | 'en'): string[] {
  if (lang === 'en') {
    return [
      '',
      "Next step: put your own system in the client's seat.",
      '  elan-kit init                    write elan-kit.config.json (vendor, orgnr, system and version)',
      '  elan-kit serve                   the test environment on your machine: point your system at the URLs and client.json it prints',
      '  elan-kit run --target vendor     the kit starts the simulator, calls your system once per scenario (vendorTarget.adapter) and judges its traffic',
      "  elan-kit proxy --upstream test   or: send your system's traffic to Skatteetaten's test environment through the proxy, then judge the recording",
      'Details: elan-kit run --help, and "Your own system under test" in the README.',
    ];
  }
  return [
    '',
    'Neste steg: sett ditt eget system i klientens plass.',
    '  elan-kit init                    lag elan-kit.config.json (leverandør, organisasjonsnummer, system og versjon)',
    '  elan-kit serve                   testmiljøet på din maskin: pek systemet ditt mot URL-ene og client.json som skrives ut',
    '  elan-kit run --target vendor     verktøyet starter simulatoren, kaller systemet ditt for hvert scenario (vendorTarget.adapter) og vurderer trafikken',
    '  elan-kit proxy --upstream test   eller: send systemets trafikk til Skatteetatens testmiljø gjennom proxyen, og vurder opptaket',
    'Mer: elan-kit run --help, og «Your own system under test» i README.',
  ];
}
