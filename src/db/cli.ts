/**
 * `npm run neo4j` runs the embedded Neo4j in the foreground until Ctrl-C.
 * `npm run neo4j -- prepare` only builds the launcher and resolves its classpath (used by .ci/run).
 */
import { loadConfig } from '../config.ts';
import { ensureClasspath, startEmbeddedNeo4j } from './embedded.ts';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function main(): Promise<number> {
  const config = loadConfig();
  if (process.argv[2] === 'prepare') {
    ensureClasspath(config.rootDir, log);
    log('embedded Neo4j launcher ready');
    return 0;
  }
  if (config.neo4j.mode !== 'embedded') {
    log('NEO4J_URI is set: nothing to start (unset it to run the embedded Neo4j).');
    return 2;
  }
  const t = config.neo4j;
  const neo = await startEmbeddedNeo4j({ rootDir: config.rootDir, ...t, log });
  log(`Neo4j ready at ${neo.uri} (user neo4j). Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await neo.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    log(`neo4j: ${(err as Error).message}`);
    process.exit(1);
  },
);
