/** The only exit codes elan-kit uses. Set in one place: `runCli`. */
export const ExitCode = {
  /** Every required check passed / every file is valid. */
  Pass: 0,
  /** The system under test broke the contract: failed checks, schema errors, kontrollutslag. */
  Findings: 1,
  /** Usage error, unreadable input, or the tool or environment broke. */
  UsageOrSetup: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
