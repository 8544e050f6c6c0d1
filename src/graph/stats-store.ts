/** Graph statistics from Neo4j's count store: counts per project label and relationship type. */
import { RELATION_TYPES } from '../ingest/types.ts';
import type { StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import { ENTITY_LABELS } from './records.ts';

const LABELS = [...ENTITY_LABELS, 'Entity', 'Article'] as const;

export interface GraphCounts {
  labels: Array<{ label: string; count: number }>;
  relationships: Array<{ type: string; count: number }>;
}

// One count-store lookup per whitelisted label and type, in one statement.
const COUNT_GRAPH = `/* countGraph */ CALL () {
${[
  ...LABELS.map((l) => `  MATCH (n:${l}) RETURN 'label' AS what, '${l}' AS key, count(n) AS count`),
  ...RELATION_TYPES.map((t) => `  MATCH ()-[r:${t}]->() RETURN 'type' AS what, '${t}' AS key, count(r) AS count`),
].join('\n  UNION ALL\n')}
}
RETURN what, key, count`;

export async function countGraph(graph: ReadGraph, counter?: StatementCounter): Promise<GraphCounts> {
  const rows = await graph.read(COUNT_GRAPH, {}, counter);
  const out: GraphCounts = { labels: [], relationships: [] };
  for (const r of rows) {
    if (r.what === 'label') out.labels.push({ label: String(r.key), count: Number(r.count) });
    else out.relationships.push({ type: String(r.key), count: Number(r.count) });
  }
  return out;
}
