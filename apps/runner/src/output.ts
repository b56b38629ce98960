import { sanitizeTerminalText } from '@elan-kit/schemas';

/** The kit's own colours and redrawn lines, written as given: the caller has sanitised every part from outside. */
export interface StyledOutput {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Where commands write. The CLI passes the process streams; tests pass buffers. `out` and `err` pass every byte
 * through the terminal sanitiser (line feeds and tabs kept), so text from a server, a file or a token can never
 * reach a terminal as an escape sequence.
 */
export interface Output extends StyledOutput {
  readonly styled: StyledOutput;
  /** True when stderr is an interactive terminal (progress lines may be redrawn). */
  readonly interactive: boolean;
}

function line(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function safe(text: string): string {
  return line(sanitizeTerminalText(text, { multiline: true }));
}

function outputOver(write: { out(text: string): void; err(text: string): void }, interactive: boolean): Output {
  return {
    out: (text) => write.out(safe(text)),
    err: (text) => write.err(safe(text)),
    styled: { out: (text) => write.out(line(text)), err: (text) => write.err(line(text)) },
    interactive,
  };
}

export function processOutput(): Output {
  return outputOver(
    { out: (text) => void process.stdout.write(text), err: (text) => void process.stderr.write(text) },
    Boolean(process.stderr.isTTY),
  );
}

export interface BufferedOutput extends Output {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function bufferedOutput(options: { interactive?: boolean } = {}): BufferedOutput {
  const out: string[] = [];
  const err: string[] = [];
  return {
    ...outputOver(
      { out: (text) => void out.push(text), err: (text) => void err.push(text) },
      options.interactive ?? false,
    ),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
