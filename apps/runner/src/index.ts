export type { CliEnvironment } from './cli.js';
export { runCli } from './cli.js';
export { defineConfig } from './config/define-config.js';
export type { ResolvedConfig, WrittenConfig } from './config/types.js';
export { ExitCode } from './exit-code.js';
export type { BufferedOutput, Output } from './output.js';
export { bufferedOutput } from './output.js';
