/** Where commands write. The CLI passes the process streams; tests pass buffers. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress lines may be redrawn). */
  readonly interactive: boolean;
}

export function processOutput(): Output {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    interactive: Boolean(process.stderr.isTTY),
  };
}

export interface BufferedOutput extends Output {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function bufferedOutput(): BufferedOutput {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => void err.push(text.endsWith('\n') ? text : `${text}\n`),
    interactive: false,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
