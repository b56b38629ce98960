import { CliError } from './errors.js';

/** The inspector flags `serve` and `proxy` share. */
export const UI_ARGS = {
  ui: {
    type: 'boolean',
    description: 'Serve the live inspector page at / (--no-ui turns it off)',
    default: true,
  },
  uiPort: {
    type: 'string',
    description: "Serve the inspector on this port instead of the server's own",
    valueHint: 'n',
  },
  uiHost: {
    type: 'string',
    description: 'Address of the inspector; a non-loopback address opens it to other machines',
    default: '127.0.0.1',
    valueHint: 'host',
  },
} as const;

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

export interface UiOptions {
  readonly enabled: boolean;
  /** Undefined: the page is served on the server's own port. */
  readonly port: number | undefined;
  readonly host: string;
  /** The page and its API answer clients on other addresses too (`--ui-host` is not loopback). */
  readonly allowRemote: boolean;
}

export function parseUiOptions(args: { ui?: boolean; uiPort?: string; uiHost?: string }): UiOptions {
  const host = args.uiHost ?? '127.0.0.1';
  let port: number | undefined;
  if (args.uiPort !== undefined) {
    if (!/^\d+$/.test(args.uiPort) || Number(args.uiPort) > 65_535) {
      throw new CliError('ELAN_USAGE', `--ui-port must be a number from 0 to 65535 (got "${args.uiPort}").`);
    }
    port = Number(args.uiPort);
  }
  return { enabled: args.ui !== false, port, host, allowRemote: !LOOPBACK.includes(host) };
}

export function uiHelp(command: 'serve' | 'proxy'): string[] {
  return [
    `The inspector: open the printed URL in a browser to see every exchange as it happens, judged against the`,
    'contract and the vilkår, the client checks so far, the scenario cards, control (serve) and Finish, which',
    `writes the RunResult and the reports as "elan-kit run --target vendor" would. Loopback only unless --ui-host`,
    `names another address; --ui-port serves it on its own port; --no-ui turns it off. Its read-only API is at`,
    `/__inspector/api/v1/ (README of @elan-kit/inspector).${command === 'proxy' ? ' The proxy keeps the newest 1000 exchanges for it.' : ''}`,
  ];
}
