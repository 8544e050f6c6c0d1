/**
 * Starts a real Neo4j for integration and end-to-end tests: NEO4J_URI when set, otherwise the embedded
 * Neo4j on a free port in a temporary directory, stopped and removed afterwards. Seeds `content/` once
 * so read-only API tests share it; tests that write use their own sources and retract them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seed } from '../seed/run.ts';
import { loadConfig } from '../src/config.ts';
import { freePort, startEmbeddedNeo4j } from '../src/db/embedded.ts';
import { createGraph, type GraphConnection } from '../src/graph/driver.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: GraphConnection;
  }
}

export default async function setup(project: TestProject) {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let connection: GraphConnection;
  let stop = async () => {};
  if (config.neo4j.mode === 'external') {
    const t = config.neo4j;
    connection = { uri: t.uri, user: t.user, password: t.password, database: t.database };
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cg-neo4j-'));
    const port = await freePort();
    const embedded = await startEmbeddedNeo4j({
      rootDir: config.rootDir,
      port,
      dataDir,
      password: config.neo4j.password,
      heapMb: config.neo4j.heapMb,
      pageCacheMb: 128,
      log: (m) => process.stderr.write(`${m}\n`),
    });
    connection = { uri: embedded.uri, user: 'neo4j', password: config.neo4j.password };
    stop = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const graph = createGraph(connection);
  try {
    await graph.verify(60_000);
    await seed(graph, { rootDir: config.rootDir, contentDirs: config.contentDirs, lexiconDirs: config.lexiconDirs });
  } catch (err) {
    await graph.close();
    await stop();
    throw err;
  } finally {
    await graph.close();
  }
  project.provide('neo4j', connection);
  return stop;
}
