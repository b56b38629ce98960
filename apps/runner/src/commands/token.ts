import { allChecks, createHttpClient, displayClaims, openTarget, runChecks, type Target } from '@elan-kit/conformance';
import { type CheckResult, sanitizeTerminalText as inert, type RunResult } from '@elan-kit/schemas';
import { defineElanCommand } from '../command.js';
import { loadKitConfig } from '../config/load-kit-config.js';
import { resolveMaskinportenSettings } from '../config/maskinporten.js';
import { ExitCode } from '../exit-code.js';
import { kitVersion } from '../kit-version.js';
import type { Output } from '../output.js';

const SECTION_2_CHECKS = ['auth-key-valid', 'auth-token-obtained', 'auth-token-claims'];
const MARK: Record<CheckResult['status'], string> = { pass: '✓', fail: '✗', error: '!', skip: '-', manual: '?' };

function exitFor(result: RunResult): ExitCode {
  if (result.summary.verdict === 'fail') return ExitCode.Findings;
  return result.summary.verdict === 'error' ? ExitCode.UsageOrSetup : ExitCode.Pass;
}

function printText(output: Output, info: Record<string, unknown>, result: RunResult): void {
  output.out(`Token endpoint: ${inert(String(info['tokenEndpoint']))}`);
  output.out(`Client:         ${inert(String(info['clientId']))} (${inert(String(info['source']))})`);
  const claims = info['claims'] as Record<string, unknown> | undefined;
  if (claims) {
    output.out('Claims:');
    for (const [key, value] of Object.entries(claims)) {
      // Claims come from the token server: a hostile one must not clear the screen or forge a line.
      const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
      output.out(`  ${inert(key).padEnd(22)} ${inert(shown)}`);
    }
  }
  output.out('Checks (checklist section 2):');
  for (const check of result.checks) {
    output.out(`  ${MARK[check.status]} ${check.id}  ${check.title.en} — ${check.status}`);
    for (const finding of check.findings) {
      if (finding.code === 'TOKEN_CLAIMS') continue;
      output.out(
        `      ${finding.severity === 'info' ? '·' : finding.severity === 'warning' ? '⚠' : '✗'} ${inert(finding.message)}`,
      );
    }
  }
}

export default defineElanCommand({
  meta: { name: 'token' },
  args: {
    config: { type: 'string', description: 'Config file', valueHint: 'file' },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
    showToken: { type: 'boolean', description: 'Also print the access token itself (it is a secret)' },
  },
  help: [
    'Examples:',
    '  elan-kit token                                   # a throwaway simulator client when nothing is configured',
    '  ELAN_KIT_CLIENT_ID=… ELAN_KIT_ORGNR=… ELAN_KIT_MASKINPORTEN_KEY_FILE=key.pem elan-kit token',
    '  elan-kit token --json',
    '',
    'Environment: ELAN_KIT_CLIENT_ID, ELAN_KIT_ORGNR, ELAN_KIT_MASKINPORTEN_KEY (PEM or JWK),',
    'ELAN_KIT_MASKINPORTEN_KEY_FILE, ELAN_KIT_MASKINPORTEN_CERT_FILE (x5c), ELAN_KIT_MASKINPORTEN_KID.',
    'Keys never come from flags. The token is shown only with --show-token.',
    'Exit codes: 0 every check passed, 1 a check failed (e.g. wrong orgnr or scope), 2 setup error.',
  ].join('\n'),
  async run({ args, cwd, env, output, signal }) {
    const config = loadKitConfig({ cwd, env, configPath: args.config });
    const settings = await resolveMaskinportenSettings(config, env);
    const http = createHttpClient();
    let target: Target | undefined;
    try {
      if (settings) {
        target = await openTarget({
          kind: config.target.kind === 'url' ? 'url' : 'test',
          http,
          modelVersion: config.modelVersion,
          maskinporten: settings,
          allowProduction: config.allowProduction,
          ...(config.target.url
            ? { baseUrl: config.target.url }
            : config.test.baseUrl
              ? { baseUrl: config.test.baseUrl }
              : {}),
        });
      } else {
        output.err('No Maskinporten client is configured: using a throwaway client of the embedded simulator.');
        target = await openTarget({ kind: 'simulator', http, modelVersion: config.modelVersion });
      }
      const result = await runChecks({
        checks: allChecks.filter((check) => SECTION_2_CHECKS.includes(check.id)),
        target,
        http,
        signal,
        vendor: config.vendor,
        kit: { name: 'elan-kit', version: kitVersion() },
      });
      const obtained = result.checks.find((check) => check.id === 'auth-token-obtained')?.status === 'pass';
      const token = obtained && target.tokens ? await target.tokens.getToken() : undefined;
      const info: Record<string, unknown> = {
        source: settings ? 'configured client' : 'throwaway simulator client',
        tokenEndpoint: target.tokens?.client.tokenEndpoint,
        clientId: target.tokens?.client.clientId,
        ...(token
          ? {
              header: { alg: token.header['alg'], kid: token.header['kid'] },
              claims: displayClaims(token.claims),
              expiresIn: token.response.expires_in,
              scope: token.response.scope,
            }
          : {}),
      };
      if (args.json) {
        output.out(
          JSON.stringify(
            {
              ...info,
              ...(args.showToken && token ? { accessToken: token.value } : {}),
              verdict: result.summary.verdict,
              checks: result.checks.map(({ id, status, findings }) => ({ id, status, findings })),
            },
            null,
            2,
          ),
        );
      } else {
        printText(output, info, result);
        if (args.showToken && token) {
          output.err('The access token is a secret: do not paste it into tickets or logs.');
          output.out(`access_token: ${token.value}`);
        }
      }
      return exitFor(result);
    } finally {
      await target?.close();
      await http.close();
    }
  },
});
