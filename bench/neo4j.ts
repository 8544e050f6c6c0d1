/**
 * The benchmark's own Neo4j: a fresh embedded server on a free port in a temporary directory
 * (removed afterwards), or the server at NEO4J_URI. Contract: the benchmark empties the database
 * between runs, so an external database must be empty when the benchmark starts, unless the caller
 * passes allowNonEmpty (--allow-reset); the developer's .data/neo4j is never used.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LOCAL_PASSWORD, ROOT_DIR } from '../src/config.ts';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded.ts';
import { createGraph, type Graph, type GraphConnection } from '../src/graph/driver.ts';

export interface BenchNeo4j {
  connection: GraphConnection;
  graph: Graph;
  embedded: boolean;
  /** Env for child processes that must reach this server (seed CLI, servers). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function openBenchNeo4j(opts: {
  heapMb: number;
  pageCacheMb: number;
  allowNonEmpty: boolean;
  log: (m: string) => void;
}): Promise<BenchNeo4j> {
  const uri = process.env.NEO4J_URI?.trim();
  let connection: GraphConnection;
  let stopServer = async () => {};
  if (uri) {
    connection = {
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
      database: process.env.NEO4J_DATABASE,
    };
    opts.log(`bench: using Neo4j at ${uri}`);
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-neo4j-'));
    const port = await freePort();
    const server = await startEmbeddedNeo4j({
      rootDir: ROOT_DIR,
      port,
      dataDir,
      password: DEFAULT_LOCAL_PASSWORD,
      heapMb: opts.heapMb,
      pageCacheMb: opts.pageCacheMb,
      log: opts.log,
    });
    connection = { uri: server.uri, user: 'neo4j', password: DEFAULT_LOCAL_PASSWORD };
    stopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const graph = createGraph(connection, { queryTimeoutMs: 600_000 });
  try {
    await graph.verify(60_000);
    const rows = await graph.read('/* benchCountNodes */ MATCH (n) RETURN count(n) AS n');
    if (uri && Number(rows[0]?.n ?? 0) > 0 && !opts.allowNonEmpty) {
      throw new Error(`the database at ${uri} is not empty; the benchmark would erase it (pass --allow-reset)`);
    }
  } catch (err) {
    await graph.close();
    await stopServer();
    throw err;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
  };
  return {
    connection,
    graph,
    embedded: !uri,
    env,
    async stop() {
      await graph.close().catch(() => {});
      await stopServer();
    },
  };
}
