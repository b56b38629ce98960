/** The server half of the memory benchmark: a simulator with the inspector mounted, as `elan-kit serve` starts it. */
import { createSimulator } from '@elan-kit/simulator';
import { createInspector, simulatorSource } from '../src/index.js';

const simulator = createSimulator({ modelVersion: '2.0', attachmentProcessingMs: 0 });
const { url } = await simulator.listen({ port: 0 });
// INSPECTOR=off measures the same simulator without the inspector, for comparison.
const inspector =
  process.env.INSPECTOR === 'off'
    ? undefined
    : createInspector({
        source: simulatorSource(simulator, { modelVersion: '2.0' }),
        innsender: simulator.client.orgnr,
      });
if (inspector) simulator.mount(inspector.handler);
const token = await simulator.admin.mintAccessToken({ exp: Math.floor(Date.now() / 1000) + 24 * 3600 });
process.stdout.write(`${JSON.stringify({ url, token, clientId: simulator.client.clientId })}\n`);
process.on('SIGTERM', async () => {
  await inspector?.close();
  await simulator.close();
  process.exit(0);
});
