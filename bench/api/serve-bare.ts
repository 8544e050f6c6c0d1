/**
 * The bare baseline server: node:http, no GraphQL engine. It reads the same JSON body the API gets
 * and answers by operation name with one hand-written statement (bench/api/bare-cypher.ts), over
 * the project's driver wrapper. On 127.0.0.1:PORT against NEO4J_URI; prints `READY <port>`.
 */
import { createServer } from 'node:http';
import { createGraph } from '../../src/graph/driver.ts';
import { answer } from './bare-cypher.ts';

// tsx turns source maps on; a deployed server runs compiled JS without them. Off for every server
// alike, so no side pays for source-mapping the stacks its driver captures per statement.
process.setSourceMapsEnabled(false);

const graph = createGraph({
  uri: process.env.NEO4J_URI ?? '',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
});
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      const op = body.operationName ?? /query\s+(\w+)/.exec(body.query)?.[1] ?? '';
      const data = await answer(graph, op, body.variables ?? {});
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data, extensions: { cypherStatements: 1 } }));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`READY ${typeof addr === 'object' && addr ? addr.port : 0}\n`);
});
const stop = () => server.close(() => void graph.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
