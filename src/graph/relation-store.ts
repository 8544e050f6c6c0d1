/**
 * Reads of relationships between entities. Batch functions return one list per key, in key order
 * ([] for a missing key). Each result carries the entity at the other end so callers can prime
 * their entity cache: one statement per relation kind and level.
 */
import type { StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import {
  type EntityRecord,
  type EntityRelationType,
  isEntityRelationType,
  KIND_OF,
  RELATION_MAP,
  type RelationRecord,
  toEntityRecord,
  toRelationRecord,
} from './records.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Tiers inherit the relations of the schemes they are part of, up to this many PART_OF steps. */
export const MAX_TIER_DEPTH = 3;

/** The pattern per direction; `n` is the keyed entity, `m` the other end. */
const PATTERN: Record<Direction, string> = {
  OUT: '(n:Entity {id: id})-[r]->(m:Entity)',
  IN: '(n:Entity {id: id})<-[r]-(m:Entity)',
  BOTH: '(n:Entity {id: id})-[r]-(m:Entity)',
};

/**
 * With inheritance: IN also finds the relations to the schemes `n` is a tier of; OUT also reaches
 * the tiers of the schemes `n` relates to (`m` is then the tier, `r` the scheme's relation).
 */
const INHERITED_PATTERN: Record<Direction, string> = {
  OUT: `(n:Entity {id: id})-[r]->(:Entity)<-[:PART_OF*0..${MAX_TIER_DEPTH}]-(m:Entity)`,
  IN: `(n:Entity {id: id})-[:PART_OF*0..${MAX_TIER_DEPTH}]->(:Entity)<-[r]-(m:Entity)`,
  BOTH: '(n:Entity {id: id})-[r]-(m:Entity)',
};

export interface Neighbour {
  relation: RelationRecord;
  /** The entity at the other end of `relation`. */
  entity: EntityRecord;
}

export function checkRelationTypes(types: readonly string[]): EntityRelationType[] {
  for (const t of types) if (!isEntityRelationType(t)) throw new Error(`unknown relation type ${t}`);
  return [...types] as EntityRelationType[];
}

/**
 * Relations of the given types touching each entity, ordered by type, then other end's name; with
 * `inherit`, also those a tier inherits from its schemes (see INHERITED_PATTERN).
 */
export async function getRelationsByEntityIds(
  graph: ReadGraph,
  ids: readonly string[],
  direction: Direction,
  types: readonly EntityRelationType[],
  inherit: boolean,
  counter?: StatementCounter,
): Promise<Neighbour[][]> {
  const pattern = (inherit ? INHERITED_PATTERN : PATTERN)[direction];
  if (!pattern) throw new Error(`unknown direction ${direction}`);
  const rows = await graph.read(
    `/* getRelationsByEntityIds */ UNWIND $ids AS id
MATCH ${pattern}
WHERE type(r) IN $types
RETURN id, ${RELATION_MAP('r')} AS rel, m AS n, ${KIND_OF('m')} AS kind
ORDER BY id, rel.type, toLower(m.name), m.id`,
    { ids: [...ids], types: checkRelationTypes(types) },
    counter,
  );
  const byId = new Map<string, Neighbour[]>();
  for (const row of rows) {
    const key = String(row.id);
    const list = byId.get(key) ?? [];
    list.push({ relation: toRelationRecord(row.rel), entity: toEntityRecord(row) });
    byId.set(key, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
