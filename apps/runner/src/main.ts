#!/usr/bin/env node
import { runCli } from './cli.js';
import { processOutput } from './output.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const controller = new AbortController();
let interrupted = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted++;
    // A second Ctrl-C means "stop now", without waiting for a clean shutdown.
    if (interrupted > 1) process.exit(130);
    controller.abort(new Error(`received ${signal}`));
  });
}

const exitCode = await runCli(process.argv.slice(2), {
  output: processOutput(),
  cwd: process.cwd(),
  env: process.env,
  stdin: readStdin,
  signal: controller.signal,
});
process.exitCode = exitCode;
