import { join, resolve } from 'node:path';
import { DEFAULT_MODEL_VERSION, sanitizeTerminalText as inert, type ModelVersion } from '@elan-kit/schemas';
import {
  CLIENT_FILE,
  createContractValidation,
  createSimulator,
  type ExchangeSummary,
  type RegisteredClient,
} from '@elan-kit/simulator';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { loadCommandSpecs, printSpecs, SPEC_ARG, specFiles } from '../official-specs.js';

export const DEFAULT_SERVE_PORT = 8787;
export const DEFAULT_STATE_DIR = '.elan-kit/simulator';

/** Ten lines of Node + jose that turn client.json into an access token (printed by `serve`, run by its test). */
export function joseTokenSnippet(clientFile: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    "import { importJWK, SignJWT } from 'jose';",
    `const c = JSON.parse(readFileSync(${JSON.stringify(clientFile)}, 'utf8'));`,
    "const key = await importJWK(c.privateJwk, 'RS256');",
    "const grant = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering' })",
    "  .setProtectedHeader({ alg: 'RS256', kid: c.kid }).setIssuer(c.clientId).setAudience(c.audience)",
    "  .setIssuedAt().setExpirationTime('60s').setJti(crypto.randomUUID()).sign(key);",
    "const body = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: grant });",
    "const answer = await (await fetch(c.tokenEndpoint, { method: 'POST', body })).json();",
    'console.log(answer.access_token ?? JSON.stringify(answer));',
  ].join('\n');
}

function banner(client: RegisteredClient, clientFile: string, modelVersion: ModelVersion): string {
  const base = client.baseUrls.utleggsbegjaering;
  return [
    `ELAN test environment (model ${modelVersion}) is listening.`,
    '',
    'Base URLs',
    `  Utleggsbegjæring   ${base}   (model 0.9 under …/v1)`,
    `  Betjeningskartet   ${client.baseUrls.betjeningskartet}/betjeningskartet`,
    `  Status på sak      ${client.baseUrls.status}/status/{eksternSaksreferanse}`,
    `  Innsyn i ett trekk ${client.baseUrls.innsyn}/innsyn/trekk`,
    `  Kommune            ${client.baseUrls.kommune}`,
    `  Maskinporten       ${client.tokenEndpoint}  (issuer / grant aud: ${client.audience})`,
    `  Admin              ${client.audience}__admin/state`,
    '',
    `Test client: ${clientFile}`,
    `  clientId ${client.clientId}, orgnr ${client.orgnr}, kid ${client.kid}`,
    '',
    'Get a token (save as get-token.mjs next to a node_modules with jose, run with node):',
    '',
    joseTokenSnippet(clientFile)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
    '',
    'or with the assertion in $GRANT:',
    `  curl -s ${client.tokenEndpoint} -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer -d assertion=$GRANT`,
    '',
    'Then call an API, e.g.:',
    `  curl -s -X POST ${base}/valider -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\`,
    `    -H "Klientid: ${client.clientId}" -H "Korrelasjonsid: $(uuidgen)" -H "Meldingsid: $(uuidgen)" -d @begjaering.json`,
    '',
    'One line per request follows. Stop with Ctrl-C.',
  ].join('\n');
}

function logLine(summary: ExchangeSummary): string {
  return [
    new Date().toISOString().slice(11, 23),
    inert(summary.method).padEnd(6),
    inert(summary.path),
    String(summary.status ?? 'reset'),
    `${summary.durationMs.toFixed(1)} ms`,
    inert(summary.korrelasjonsid ?? '-'),
    ...summary.notes.map((note) => `(note: ${inert(note)})`),
  ].join(' ');
}

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65_535) {
    throw new CliError('ELAN_USAGE', `--port must be a number from 0 to 65535 (got "${value}").`, {
      hint: 'Use --port 0 for any free port.',
    });
  }
  return Number(value);
}

function parseSeed(value: string): number {
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new CliError('ELAN_USAGE', `--seed must be an integer (got "${value}").`);
  }
  return Number(value);
}

export default defineElanCommand({
  meta: { name: 'serve' },
  args: {
    port: {
      type: 'string',
      description: 'Port to listen on (0 = any free port)',
      default: String(DEFAULT_SERVE_PORT),
      valueHint: 'n',
    },
    host: { type: 'string', description: 'Address to bind', default: '127.0.0.1', valueHint: 'host' },
    stateDir: {
      type: 'string',
      description: 'Folder for client.json and the keys (kept across restarts)',
      default: DEFAULT_STATE_DIR,
      valueHint: 'dir',
    },
    model: {
      ...modelOption({ description: 'Model served under /v2 (0.9 points the client at /v1)' }),
      default: DEFAULT_MODEL_VERSION,
    },
    seed: {
      type: 'string',
      description: 'Seed of the party register and the synthetic answers',
      default: '1',
      valueHint: 'n',
    },
    spec: SPEC_ARG,
  },
  help: [
    'Examples:',
    '  elan-kit serve',
    '  elan-kit serve --port 9000 --model 2.0',
    '  elan-kit serve --state-dir ./sim --seed 42',
    '  elan-kit serve --spec utleggsbegjaering-api.yaml --spec betjeningskartet-api.yaml',
    '',
    "With --spec (once per API) requests are judged by the official document instead of the kit's",
    'reconstruction, and an answer of the simulator that breaks it is noted on its log line.',
    '',
    'client.json in the state folder holds the test client (clientId, orgnr, scope, privateJwk, privateKeyPem,',
    'kid, tokenEndpoint, audience, baseUrls). It is written once the server accepts requests; a later start',
    'reuses its key and clientId. Control the environment under /__admin/ (loopback only): clock, clients,',
    'faults, recordings, cases.',
    '',
    'Exit codes: 0 stopped with Ctrl-C, 2 the port is taken or the options are wrong.',
  ].join('\n'),
  async run({ args, rawArgs, output, cwd, signal }) {
    const port = parsePort(String(args.port));
    const seed = parseSeed(String(args.seed));
    const model = parseModelOption(args.model) ?? DEFAULT_MODEL_VERSION;
    const stateDir = resolve(cwd, String(args.stateDir));
    const specs = await loadCommandSpecs({ files: specFiles(rawArgs), cwd, modelVersion: model });
    printSpecs(output, specs);
    const simulator = createSimulator({
      modelVersion: model,
      ...(specs.length > 0
        ? { validation: createContractValidation({ contracts: specs.map((spec) => spec.contract) }) }
        : {}),
      seed,
      stateDir,
      onExchange: (summary) => output.out(logLine(summary)),
    });
    if (signal.aborted) return ExitCode.Pass;
    await simulator.listen({ port, host: String(args.host) });
    try {
      output.out(banner(simulator.client, join(stateDir, CLIENT_FILE), model));
      await new Promise<void>((resolveStop) => {
        if (signal.aborted) resolveStop();
        else signal.addEventListener('abort', () => resolveStop(), { once: true });
      });
      output.out('Stopping.');
    } finally {
      await simulator.close();
    }
    return ExitCode.Pass;
  },
});
