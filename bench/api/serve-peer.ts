/**
 * The peer: @neo4j/graphql serving bench/api/peer-typedefs.ts, on graphql-yoga over node:http (the
 * same server stack as the API), against NEO4J_URI. Every Cypher statement the library sends is
 * counted through a driver proxy; GET /statements returns the running total. Prints `READY <port>`.
 */
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { PEER_TYPEDEFS } from './peer-typedefs.ts';

// tsx turns source maps on; a deployed server runs compiled JS without them. Off for every server
// alike, so no side pays for source-mapping the stacks its driver captures per statement.
process.setSourceMapsEnabled(false);

let statements = 0;

/** Counts tx.run / session.run calls of every session the library opens. */
function counting(driver: Driver): Driver {
  const wrapRunner = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const value = Reflect.get(t, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'run')
          return (...args: unknown[]) => {
            statements += 1;
            return value.apply(t, args);
          };
        if (
          prop === 'executeRead' ||
          prop === 'executeWrite' ||
          prop === 'readTransaction' ||
          prop === 'writeTransaction'
        )
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            value.call(t, (tx: object) => work(wrapRunner(tx)), ...rest);
        if (prop === 'beginTransaction') return (...args: unknown[]) => wrapRunner(value.apply(t, args) as object);
        return value.bind(t);
      },
    });
  return new Proxy(driver, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      if (prop === 'session')
        return (...args: unknown[]) => wrapRunner((value as (...a: unknown[]) => object).apply(t, args));
      if (prop === 'executeQuery')
        return (...args: unknown[]) => {
          statements += 1;
          return (value as (...a: unknown[]) => unknown).apply(t, args);
        };
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? '',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPEDEFS, driver: counting(driver) }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false });
const server = createServer((req, res) => {
  if (req.url === '/statements') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statements }));
    return;
  }
  void yoga(req, res);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`READY ${typeof addr === 'object' && addr ? addr.port : 0}\n`);
});
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
