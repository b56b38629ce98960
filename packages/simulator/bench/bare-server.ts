/**
 * The ceiling: a bare node:http server that reads the body, parses it and validates it with the same compiled
 * ajv schema the simulator uses, and answers 204 or 400. No token, headers, vilkår or recording.
 */
import { createServer } from 'node:http';
import { loadContract } from '@elan-kit/schemas';
import { answerParent, type ServerMessage } from './server-messages.js';

const model = process.env.BENCH_MODEL ?? '1.0';
const validator = loadContract('utleggsbegjaering', model).operation('validerNyBegjaering');
validator.validateRequestBody({}, 'application/json');

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      response.writeHead(400).end();
      return;
    }
    const errors = validator.validateRequestBody(body, 'application/json');
    if (errors.length > 0) {
      const text = JSON.stringify({ status: 400, errors });
      response.writeHead(400, {
        'content-type': 'application/problem+json',
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
      return;
    }
    response.writeHead(204).end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ kind: 'listening', url: `http://127.0.0.1:${port}` } satisfies ServerMessage);
});
answerParent(() => new Promise<void>((resolve) => server.close(() => resolve())));
