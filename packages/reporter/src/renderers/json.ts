import type { RunResult } from '@elan-kit/schemas';
import { assertRunResult } from '../parse-run-result.js';
import { redactRunResult } from '../redact.js';
import type { Renderer } from '../types.js';

/** The RunResult itself, pretty-printed, after schema validation and with secrets removed. */
export function renderJson(result: RunResult): string {
  const valid = assertRunResult(result, 'the RunResult');
  return `${JSON.stringify(redactRunResult(valid), null, 2)}\n`;
}

export const jsonRenderer: Renderer = {
  name: 'json',
  extension: '.json',
  mediaType: 'application/json; charset=utf-8',
  description: 'the RunResult itself (validated, secrets removed)',
  render: renderJson,
};
