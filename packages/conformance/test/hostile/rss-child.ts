/**
 * Run as a child process: sends `count` requests to the URL with the kit's HTTP client and prints its peak RSS in
 * bytes as JSON on stdout. Peak memory is a property of a whole process, so it is measured in one of its own.
 */
import { createHttpClient } from '../../src/http/http-client.js';

const [url = '', count = '3'] = process.argv.slice(2);
const http = createHttpClient({ bodyTimeoutMs: 120_000, requestTimeoutMs: 300_000 });
const outcomes: string[] = [];
for (let index = 0; index < Number(count); index++) {
  try {
    const response = await http.send({ method: 'GET', url: `${url}/api/${index}` });
    outcomes.push(`status ${response.status}`);
  } catch (error) {
    outcomes.push((error as { code?: string }).code ?? String(error));
  }
}
await http.close();
process.stdout.write(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, outcomes }));
