/**
 * The project's GraphQL API, as `npm start` serves it (yoga + Pothos, development mode so responses
 * carry extensions.cypherStatements), on 127.0.0.1:PORT against NEO4J_URI. Prints `READY <port>`.
 */
import { loadConfig } from '../../src/config.ts';
import { createGraph } from '../../src/graph/driver.ts';
import { listen } from '../../src/server/http.ts';
import { createApp } from '../../src/server/yoga.ts';

// tsx turns source maps on; a deployed server runs compiled JS without them. Off for every server
// alike, so no side pays for source-mapping the stacks its driver captures per statement.
process.setSourceMapsEnabled(false);

const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
if (config.neo4j.mode !== 'external') throw new Error('serve-ours needs NEO4J_URI');
const t = config.neo4j;
const graph = createGraph(
  { uri: t.uri, user: t.user, password: t.password, database: t.database },
  { queryTimeoutMs: config.queryTimeoutMs },
);
const app = createApp({ graph, config: { env: 'development', graphiql: false, introspection: false } });
const server = await listen(app as never, Number(process.env.PORT ?? 0), '127.0.0.1');
process.stdout.write(`READY ${new URL(server.url).port}\n`);
const stop = async () => {
  await server.close();
  await graph.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
