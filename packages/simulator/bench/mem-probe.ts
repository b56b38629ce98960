const f = (m: NodeJS.MemoryUsage) =>
  `rss ${(m.rss / 1048576).toFixed(1)} heapUsed ${(m.heapUsed / 1048576).toFixed(1)} heapTotal ${(m.heapTotal / 1048576).toFixed(1)}`;
console.log('start', f(process.memoryUsage()));
const { createSimulator } = await import('../src/index.js');
console.log('import', f(process.memoryUsage()));
const sim = createSimulator({});
console.log('create', f(process.memoryUsage()));
if (process.env.NOWARM) (sim as any).__noop = 1;
await sim.listen();
global.gc?.();
console.log('listen+gc', f(process.memoryUsage()));
await sim.close();
