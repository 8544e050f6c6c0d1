/**
 * Finds or starts Neo4j: NEO4J_URI when set, else the embedded server.
 * Contract: the returned handle's stop() closes the driver and stops the embedded server (if any);
 * it is idempotent.
 */
import type { Config } from '../config.ts';
import { createGraph, type Graph, type GraphConnection } from '../graph/driver.ts';
import { startEmbeddedNeo4j } from './embedded.ts';

export interface Neo4jHandle {
  connection: GraphConnection;
  graph: Graph;
  embeddedPid: number | null;
  stop(): Promise<void>;
}

export async function openNeo4j(config: Config, log: (m: string) => void = () => {}): Promise<Neo4jHandle> {
  const target = config.neo4j;
  let connection: GraphConnection;
  let stopEmbedded: () => Promise<void> = async () => {};
  let embeddedPid: number | null = null;
  if (target.mode === 'external') {
    connection = { uri: target.uri, user: target.user, password: target.password, database: target.database };
    log(`Using Neo4j at ${target.uri}`);
  } else {
    const embedded = await startEmbeddedNeo4j({
      rootDir: config.rootDir,
      port: target.port,
      dataDir: target.dataDir,
      password: target.password,
      heapMb: target.heapMb,
      pageCacheMb: target.pageCacheMb,
      log,
    });
    connection = { uri: embedded.uri, user: target.user, password: target.password };
    stopEmbedded = embedded.stop;
    embeddedPid = embedded.pid;
  }
  const graph = createGraph(connection, { queryTimeoutMs: config.queryTimeoutMs });
  try {
    await graph.verify(30_000);
  } catch (err) {
    await graph.close().catch(() => {});
    await stopEmbedded();
    throw err;
  }
  let stopped: Promise<void> | undefined;
  return {
    connection,
    graph,
    embeddedPid,
    stop() {
      stopped ??= (async () => {
        await graph.close().catch(() => {});
        await stopEmbedded();
      })();
      return stopped;
    },
  };
}
