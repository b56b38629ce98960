import { redactText, sanitizeTerminalText } from '@elan-kit/schemas';

/** Text from a run made safe for a terminal: secrets removed, escape sequences and line breaks neutralised. */
export function terminalText(value: string): string {
  return sanitizeTerminalText(redactText(value).replace(/\r\n?|\n/g, ' '));
}

const ANSI = { green: 32, red: 31, yellow: 33, grey: 90, blue: 34, bold: 1 } as const;
export type AnsiColor = keyof typeof ANSI;

export function paint(text: string, color: AnsiColor, enabled: boolean): string {
  return enabled ? `\u001b[${ANSI[color]}m${text}\u001b[0m` : text;
}
