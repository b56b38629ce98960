import { defineElanCommand } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { kitVersion } from '../kit-version.js';

export default defineElanCommand({
  meta: { name: 'version' },
  args: {},
  async run({ output }) {
    output.out(kitVersion());
    return ExitCode.Pass;
  },
});
