/**
 * Reads of relationships between entities. Batch functions return one list per key, in key order
 * ([] for a missing key). Each result carries the entity at the other end so callers can prime
 * their entity cache: one statement per relation kind and level.
 */
import type { Row, StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import {
  ENTITY_MAP,
  ENTITY_RELATION_TYPES,
  type EntityRecord,
  type EntityRelationType,
  type EvidenceRecord,
  isEntityRelationType,
  RELATION_MAP,
  type RelationRecord,
  toEntityRecord,
  toEvidenceRecords,
  toRelationRecord,
} from './records.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Tiers inherit the relations of the schemes they are part of, up to this many PART_OF steps. */
export const MAX_TIER_DEPTH = 3;

/**
 * The pattern from `n` (a node pattern or a bound variable) through relationship `r` (its type
 * given by `rel`, e.g. `r` or `r:ACCREDITS`) to `m`. With `inherit`: IN also finds the relations to
 * the schemes `n` is a tier of; OUT also reaches the tiers of the schemes `n` relates to (`m` is
 * then the tier, `r` the scheme's relation).
 */
export function relationPattern(direction: Direction, inherit: boolean, n: string, rel: string, m: string): string {
  const tiers = `[:PART_OF*0..${MAX_TIER_DEPTH}]`;
  if (inherit && direction === 'OUT') return `(${n})-[${rel}]->(:Entity)<-${tiers}-(${m}:Entity)`;
  if (inherit && direction === 'IN') return `(${n})-${tiers}->(:Entity)<-[${rel}]-(${m}:Entity)`;
  if (direction === 'OUT') return `(${n})-[${rel}]->(${m}:Entity)`;
  if (direction === 'IN') return `(${n})<-[${rel}]-(${m}:Entity)`;
  if (direction === 'BOTH') return `(${n})-[${rel}]-(${m}:Entity)`;
  throw new Error(`unknown direction ${direction}`);
}

export interface Neighbour {
  relation: RelationRecord;
  /** The entity at the other end of `relation`. */
  entity: EntityRecord;
}

export function checkRelationTypes(types: readonly string[]): EntityRelationType[] {
  for (const t of types) if (!isEntityRelationType(t)) throw new Error(`unknown relation type ${t}`);
  return [...types] as EntityRelationType[];
}

/** Groups rows carrying `id` by it, in key order ([] for a key without rows). */
function byKey<T>(ids: readonly string[], rows: Row[], item: (row: Row) => T): T[][] {
  const byId = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row.id);
    const list = byId.get(key) ?? [];
    list.push(item(row));
    byId.set(key, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * The entities the relations of the given types lead to from each entity, ordered by relation
 * type, then name (an entity reached by several relations comes once per relation); with
 * `inherit`, also through the relations a tier inherits from its schemes (see relationPattern).
 */
export async function getNeighboursByEntityIds(
  graph: ReadGraph,
  ids: readonly string[],
  direction: Direction,
  types: readonly EntityRelationType[],
  inherit: boolean,
  counter?: StatementCounter,
): Promise<EntityRecord[][]> {
  const rows = await graph.read(
    `/* getNeighboursByEntityIds */ UNWIND $ids AS id
MATCH ${relationPattern(direction, inherit, 'n:Entity {id: id}', 'r', 'm')}
WHERE type(r) IN $types
RETURN id, ${ENTITY_MAP('m', graph.entityProps)} AS entity
ORDER BY id, type(r), toLower(m.name), m.id`,
    { ids: [...ids], types: checkRelationTypes(types) },
    counter,
  );
  return byKey(ids, rows, (row) => toEntityRecord(row.entity));
}

/** The relations of the given types touching each entity, with their evidence and other end, as above. */
export async function getRelationsByEntityIds(
  graph: ReadGraph,
  ids: readonly string[],
  direction: Direction,
  types: readonly EntityRelationType[],
  counter?: StatementCounter,
): Promise<Neighbour[][]> {
  const rows = await graph.read(
    `/* getRelationsByEntityIds */ UNWIND $ids AS id
MATCH ${relationPattern(direction, false, 'n:Entity {id: id}', 'r', 'm')}
WHERE type(r) IN $types
RETURN id, ${RELATION_MAP('r')} AS rel, ${ENTITY_MAP('m', graph.entityProps)} AS entity
ORDER BY id, rel.type, toLower(m.name), m.id`,
    { ids: [...ids], types: checkRelationTypes(types) },
    counter,
  );
  return byKey(ids, rows, (row) => ({ relation: toRelationRecord(row.rel), entity: toEntityRecord(row.entity) }));
}

/** Evidence of each relation (ids `<from>|<type>|<to>`), in key order; null for a missing relation. */
export async function getEvidenceByRelationIds(
  graph: ReadGraph,
  ids: readonly string[],
  counter?: StatementCounter,
): Promise<Array<EvidenceRecord[] | null>> {
  const keys = ids.map((id) => {
    const [from = '', type = '', to = ''] = id.split('|');
    return { id, from, type, to };
  });
  const rows = await graph.read(
    `/* getEvidenceByRelationIds */ UNWIND $keys AS k
MATCH (:Entity {id: k.from})-[r]->(:Entity {id: k.to})
WHERE type(r) = k.type AND k.type IN $types
RETURN k.id AS id, r.evidence AS evidence`,
    { keys, types: checkRelationTypes(ENTITY_RELATION_TYPES) },
    counter,
  );
  const byId = new Map(rows.map((r) => [String(r.id), toEvidenceRecords(r.evidence)]));
  return ids.map((id) => byId.get(id) ?? null);
}
