/**
 * `npm start`: Neo4j (embedded unless NEO4J_URI) → constraints → seed content when the graph is
 * empty or the content changed → GraphQL API and explorer → print the URLs.
 * SIGINT/SIGTERM stop the listener, close the driver and stop the embedded Neo4j, then exit.
 */
import { contentHashMetaId, contentRoots, seed } from '../seed/run.ts';
import { loadConfig } from './config.ts';
import { type Neo4jHandle, openNeo4j } from './db/connect.ts';
import { applyConstraints } from './graph/constraints.ts';
import { GRAPH_FORMAT, GRAPH_FORMAT_META, getMeta } from './graph/meta-store.ts';
import { loadLexicon } from './ingest/lexicon.ts';
import { scanContent } from './ingest/pipeline.ts';
import { type Listening, listen } from './server/http.ts';
import { createApp } from './server/yoga.ts';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function run(): Promise<void> {
  const config = loadConfig();
  let neo: Neo4jHandle | null = null;
  let server: Listening | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping…`);
    await server?.close().catch(() => {});
    await neo?.stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  neo = await openNeo4j(config, log);
  if (stopping) return;
  await applyConstraints(neo.graph, config.rootDir);
  const lexicon = loadLexicon(config.lexiconDirs, config.rootDir);
  const scan = scanContent(contentRoots(config.contentDirs, config.rootDir), lexicon.hash);
  const stored = await getMeta(neo.graph, contentHashMetaId(config));
  const format = await getMeta(neo.graph, GRAPH_FORMAT_META);
  if (stored !== scan.contentHash || format !== GRAPH_FORMAT) {
    log(
      stored === null
        ? 'Seeding content (empty graph)…'
        : format !== GRAPH_FORMAT
          ? 'Graph stored by another version: reseeding…'
          : 'Content changed: seeding…',
    );
    const report = await seed(neo.graph, {
      rootDir: config.rootDir,
      contentDirs: config.contentDirs,
      lexiconDirs: config.lexiconDirs,
    });
    log(
      `Seeded: ${report.articlesWritten} written, ${report.articlesUnchanged} unchanged, ${report.rejected.length} rejected, ${report.articlesRetracted} retracted (${(report.durationMs / 1000).toFixed(1)} s)`,
    );
    for (const r of report.rejected) log(`  rejected: ${r.file}${r.line ? `:${r.line}` : ''}: ${r.reason}`);
  } else {
    log('Content unchanged since the last seed.');
  }
  if (stopping) return;
  const app = createApp({ graph: neo.graph, config });
  server = await listen(app as never, config.port, config.host);
  log(`GraphQL API: ${server.url}/graphql${config.graphiql ? ' (GraphiQL in the browser)' : ''}`);
  log(`Explorer:    ${server.url}/`);
  log(`Health:      ${server.url}/health  Ready: ${server.url}/ready`);
  log('Press Ctrl-C to stop.');
}

run().catch((err) => {
  log(`compliance-graph: ${(err as Error).message}`);
  process.exit(1);
});
