/**
 * Scale benchmark: lineage and graph() (and the name lookup both start from) on a large synthetic
 * graph (bench/scale/graph.ts), our API against the bare handler's hand-written Cypher, measured
 * like the API benchmark.
 */
import path from 'node:path';
import { applyConstraints } from '../../src/graph/constraints.ts';
import { resetGraph } from '../../src/graph/meta-store.ts';
import { lookupKeys } from '../../src/ingest/normalize.ts';
import { type ApiQueryResult, measureQueries } from '../api/bench-api.ts';
import { querySet } from '../api/queries.ts';
import { type RunningServer, startServer } from '../api/servers.ts';
import { waitForQuiet } from '../lib/machine.ts';
import type { BenchNeo4j } from '../neo4j.ts';
import { writeScaleGraph } from './graph.ts';

export interface ScaleResult {
  nodes: number;
  relationships: number;
  writeS: number;
  repeats: number;
  durationS: number;
  queries: ApiQueryResult[];
}

export async function scaleBench(o: {
  neo: BenchNeo4j;
  nodes: number;
  repeats: number;
  durationS: number;
  amount?: number | undefined;
  log: (m: string) => void;
}): Promise<ScaleResult> {
  await resetGraph(o.neo.graph);
  // As the seed does: without them (`--only scale` on a new server) every id lookup is a label scan.
  await applyConstraints(o.neo.graph, path.resolve(import.meta.dirname, '../..'));
  o.log(`scale: writing a ${o.nodes}-node graph…`);
  const g = await writeScaleGraph(o.neo.graph, o.nodes, o.log);
  o.log(`scale: ${g.nodes} nodes, ${g.relationships} relationships in ${(g.writeMs / 1000).toFixed(0)} s`);
  const key = lookupKeys(g.deepCertification.acronym)[0] as string;
  const queries = querySet({
    certificationName: g.deepCertification.acronym,
    certificationKey: key,
    certificationId: g.deepCertification.id,
    searchText: g.deepCertification.acronym,
    pageSize: 50,
  }).filter((q) => q.name === 'lookup' || q.name === 'lineage' || q.name === 'graph');
  const servers: RunningServer[] = [];
  try {
    const started = await Promise.allSettled([startServer('ours', o.neo.env), startServer('bare', o.neo.env)]);
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    // The database goes on flushing what was just written: measuring during it favours whichever
    // server is measured later.
    if (o.amount === undefined) {
      // Not in smoke runs (fixed request counts, no timing): there the wait would only slow CI.
      const busy = await waitForQuiet();
      o.log(`scale: machine ${(busy * 100).toFixed(0)} % busy before measuring`);
    }
    const results = await measureQueries(servers, queries, o);
    return {
      nodes: g.nodes,
      relationships: g.relationships,
      writeS: g.writeMs / 1000,
      repeats: o.repeats,
      durationS: o.durationS,
      queries: results,
    };
  } finally {
    for (const s of servers) await s.stop();
    await resetGraph(o.neo.graph);
  }
}
