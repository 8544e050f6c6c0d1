/**
 * Reads of entities. Batch functions return results in key order, null for a missing key, so they
 * drop straight into DataLoader.
 */
import type { Graph, StatementCounter } from './driver.ts';
import { type EntityRecord, KIND_OF, toEntityRecord } from './records.ts';

export type EntityLabel = EntityRecord['kind'];
const ENTITY_LABELS: readonly string[] = ['Certification', 'Authority', 'Standard', 'Service', 'Jurisdiction'];

/** All entities of one kind, ordered by name then id. */
export async function listEntities(
  graph: Graph,
  kind: EntityLabel,
  counter?: StatementCounter,
): Promise<EntityRecord[]> {
  if (!ENTITY_LABELS.includes(kind)) throw new Error(`unknown entity kind ${kind}`);
  const rows = await graph.read(
    `/* listEntities */ MATCH (n:${kind}) RETURN n, ${KIND_OF('n')} AS kind ORDER BY toLower(n.name), n.id`,
    {},
    counter,
  );
  return rows.map(toEntityRecord);
}

export async function getEntitiesByIds(
  graph: Graph,
  ids: readonly string[],
  counter?: StatementCounter,
): Promise<Array<EntityRecord | null>> {
  const rows = await graph.read(
    `/* getEntitiesByIds */ UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n, ${KIND_OF('n')} AS kind`,
    { ids: [...ids] },
    counter,
  );
  const byId = new Map(rows.map((r) => [String((r.n as { id: unknown }).id), toEntityRecord(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}
