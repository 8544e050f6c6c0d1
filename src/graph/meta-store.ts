/**
 * The graph's bookkeeping outside the facts: the stored format version (Meta nodes), whether any
 * source is stored, and the reset that deletes everything the project writes.
 */
import type { Graph } from './driver.ts';

/**
 * The version of how the seed stores the graph. A seed finding another version (or none) on a graph
 * that has sources rewrites the graph from scratch; bump it when stored shapes change.
 * 2: lookup keys as (:LookupKey)-[:KEY_OF]->(entity).
 * 3: no `sources` list on entities (it grew with every article naming a hub and nothing read it);
 *    support counted in `support` instead of a `ref` claim per source.
 */
export const GRAPH_FORMAT = '3';
export const GRAPH_FORMAT_META = 'graphFormat';

/** True when any source (article or lexicon file) is stored. */
export async function hasSources(graph: Graph): Promise<boolean> {
  const rows = await graph.read('/* hasSources */ MATCH (a:Article) RETURN a.id AS id LIMIT 1');
  return rows.length > 0;
}

export async function getMeta(graph: Graph, id: string): Promise<string | null> {
  const rows = await graph.read('/* getMeta */ MATCH (m:Meta {id: $id}) RETURN m.value AS value', { id });
  return rows[0]?.value == null ? null : String(rows[0].value);
}

export async function setMeta(graph: Graph, id: string, value: string): Promise<void> {
  await graph.write('/* setMeta */ MERGE (m:Meta {id: $id}) SET m.value = $value', { id, value });
}

/**
 * Deletes every node this project writes (Entity, Article, Meta, LookupKey). Used by `seed --reset`.
 * Relationships go first, then nodes, each in bounded chunks: one DETACH DELETE of thousands of
 * nodes would hold hubs with all their relationships (and claims) in one transaction and exceed
 * Neo4j's transaction memory limit on a large graph.
 */
export async function resetGraph(graph: Graph): Promise<void> {
  for (;;) {
    const rows = await graph.write(
      '/* resetRelationships */ MATCH (n)-[r]-() WHERE n:Entity OR n:Article WITH DISTINCT r LIMIT 10000 DELETE r RETURN count(*) AS deleted',
    );
    if (Number(rows[0]?.deleted ?? 0) === 0) break;
  }
  for (;;) {
    const rows = await graph.write(
      '/* resetGraph */ MATCH (n) WHERE n:Entity OR n:Article OR n:Meta OR n:LookupKey WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}
