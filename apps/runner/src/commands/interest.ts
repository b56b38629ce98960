import { calculateInterest, type InterestResult } from '@elan-kit/fixtures';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { loadRateTable, withRateHelp } from '../input/rates.js';

/** `10 000,00`: space between thousands, comma before øre (Norwegian style, plain spaces for terminals). */
function formatKroner(amount: number): string {
  const [whole = '0', oere = '00'] = amount.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${oere}`;
}

function formatRate(sats: number): string {
  return `${sats.toFixed(2).replace('.', ',')} %`;
}

function renderText(result: InterestResult): string {
  const rows = [
    ['Fra', 'Til', 'Dager', 'Sats', 'Dager i året', 'Beløp'],
    ...result.perioder.map((p) => [
      p.fra,
      p.til,
      String(p.dager),
      formatRate(p.sats),
      String(p.dagerIAaret),
      formatKroner(p.beloep),
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const numeric = new Set([2, 3, 4, 5]);
  const table = rows.map((row) =>
    row
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
  return [
    `Forsinkelsesrente på kr ${formatKroner(result.grunnlag)} fra ${result.fra} til ${result.til} (${result.dager} dager)`,
    '',
    ...(result.perioder.length > 0 ? table : ['Ingen rentedager.']),
    '',
    `Sum: kr ${formatKroner(result.beloep)}`,
    'Fra-datoen regnes med, til-datoen ikke. Hver periode er avrundet til hele øre.',
  ].join('\n');
}

function required(value: string | undefined, flag: string, example: string): string {
  if (value === undefined || value === '') {
    throw new CliError('ELAN_USAGE', `--${flag} is required.`, { hint: `For example: ${example}` });
  }
  return value;
}

const EXAMPLE = 'elan-kit interest --grunnlag 10000 --fra 2024-06-15 --til 2024-06-27';

export default defineElanCommand({
  meta: { name: 'interest' },
  args: {
    grunnlag: {
      type: 'string',
      description: 'The amount interest runs on, kroner with at most two decimals',
      valueHint: 'amount',
    },
    fra: { type: 'string', description: 'First interest day (counted), YYYY-MM-DD', valueHint: 'date' },
    til: { type: 'string', description: 'End date (not counted), YYYY-MM-DD', valueHint: 'date' },
    json: { type: 'boolean', description: 'Print { beloep, perioder: [{ fra, til, dager, sats, beloep }] } as JSON' },
    rates: {
      type: 'string',
      description: 'JSON file with rates for more half-years: [{"fra":"2026-07-01","sats":11.75}]',
      valueHint: 'file',
    },
  },
  help: [
    'Periods are split at 1 January and 1 July (rate changes and the 365/366-day year); each period is',
    'rounded half-up to øre and the sum is the sum of the rounded periods. Rates: 2019-01-01 … 2026-06-30',
    '(2026-01-01 from secondary sources). Later half-years: "forsinkelsesrente": [{"fra":"2026-07-01","sats":…}]',
    'in elan-kit.config.json, or the same list in a file given with --rates. The official rates are published',
    'on regjeringen.no and in Lovdata (forskrift om forsinkelsesrente).',
    '',
    'Examples:',
    `  ${EXAMPLE}`,
    '  elan-kit interest --grunnlag 2500.50 --fra 2024-12-20 --til 2025-01-10 --json',
    '  elan-kit interest --grunnlag 10000 --fra 2026-06-01 --til 2026-08-01 --rates rates-2026.json',
    '',
    'Exit codes: 0 computed; 2 bad amount or date, or no rate for a period.',
  ].join('\n'),
  async run({ args, output, cwd, env }) {
    const grunnlag = required(args.grunnlag, 'grunnlag', EXAMPLE);
    const fra = required(args.fra, 'fra', EXAMPLE);
    const til = required(args.til, 'til', EXAMPLE);
    const rates = loadRateTable({ cwd, env, ratesFile: args.rates });
    const result = withRateHelp(() => calculateInterest({ grunnlag, fra, til, rates }));
    if (args.json) {
      const body = {
        beloep: result.beloep,
        perioder: result.perioder.map(({ fra, til, dager, sats, beloep }) => ({ fra, til, dager, sats, beloep })),
      };
      output.out(JSON.stringify(body, null, 2));
    } else {
      output.out(renderText(result));
    }
    return ExitCode.Pass;
  },
});
