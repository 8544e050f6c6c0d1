/**
 * Reads for drawing and connecting: neighbourhoods level by level, the edges among a node set, and
 * shortest paths between two entities. Only entity–entity relationships are followed (types from
 * the whitelist), so paths never run through articles.
 */
import type { StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import {
  ENTITY_MAP,
  ENTITY_RELATION_TYPES,
  type EntityLabel,
  type EntityRecord,
  type EntityRelationType,
  RELATION_MAP,
  type RelationRecord,
  toEntityRecord,
  toRelationRecord,
} from './records.ts';
import { checkRelationTypes } from './relation-store.ts';

/** Depth bound of any path statement; callers validate user input against it. */
export const MAX_PATH_DEPTH = 8;

export interface NeighbourQuery {
  ids: readonly string[];
  /** Ids already collected: never returned again. */
  exclude: readonly string[];
  types: readonly EntityRelationType[];
  /** Kinds of the neighbours to return; null for all. */
  kinds: readonly EntityLabel[] | null;
  limit: number;
}

/**
 * Entities one step from any of `ids`, not in `exclude`, heaviest link first (most evidence),
 * then by name; at most `limit`.
 */
export async function getNeighbours(
  graph: ReadGraph,
  q: NeighbourQuery,
  counter?: StatementCounter,
): Promise<EntityRecord[]> {
  if (q.ids.length === 0 || q.limit <= 0) return [];
  const rows = await graph.read(
    `/* getNeighbours */ UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types AND NOT m.id IN $exclude
  AND ($kinds IS NULL OR any(l IN labels(m) WHERE l IN $kinds))
WITH m, max(coalesce(r.evidenceCount, 0)) AS weight
RETURN ${ENTITY_MAP('m', graph.entityProps)} AS n
ORDER BY weight DESC, toLower(m.name), m.id
LIMIT toInteger($limit)`,
    {
      ids: [...q.ids],
      exclude: [...q.exclude],
      types: checkRelationTypes(q.types),
      kinds: q.kinds ? [...q.kinds] : null,
      limit: q.limit,
    },
    counter,
  );
  return rows.map((r) => toEntityRecord(r.n));
}

export interface EdgeRecord {
  source: string;
  target: string;
  type: EntityRelationType;
  evidenceCount: number;
}

/** Relationships of the given types with both ends in `ids`, most evidence first; at most `limit`. */
export async function getEdgesAmong(
  graph: ReadGraph,
  ids: readonly string[],
  types: readonly EntityRelationType[],
  limit: number,
  counter?: StatementCounter,
): Promise<EdgeRecord[]> {
  if (ids.length === 0 || limit <= 0) return [];
  const rows = await graph.read(
    `/* getEdgesAmong */ UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) IN $types AND b.id IN $ids
RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.evidenceCount, 0) AS evidenceCount
ORDER BY evidenceCount DESC, source, type, target
LIMIT toInteger($limit)`,
    { ids: [...ids], types: checkRelationTypes(types), limit },
    counter,
  );
  return rows.map((r) => ({
    source: String(r.source),
    target: String(r.target),
    type: String(r.type) as EntityRelationType,
    evidenceCount: Number(r.evidenceCount),
  }));
}

export interface PathRecord {
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/**
 * All shortest paths (up to `limit`) between two distinct entities, over relationships of `types`
 * in either direction, at most `maxDepth` long. [] when none.
 */
export async function findShortestPaths(
  graph: ReadGraph,
  from: string,
  to: string,
  types: readonly EntityRelationType[],
  maxDepth: number,
  limit: number,
  counter?: StatementCounter,
): Promise<PathRecord[]> {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
    throw new Error(`path depth must be an integer from 1 to ${MAX_PATH_DEPTH}`);
  }
  // The type list and the depth bound cannot be parameters: whitelist and validated integer.
  const rows = await graph.read(
    `/* findShortestPaths */ MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${ENTITY_RELATION_TYPES.join('|')}*..${maxDepth}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p LIMIT toInteger($limit)
RETURN [m IN nodes(p) | ${ENTITY_MAP('m', graph.entityProps)}] AS entities, [r IN relationships(p) | ${RELATION_MAP('r')}] AS relations`,
    { from, to, types: checkRelationTypes(types), limit },
    counter,
  );
  return rows.map((r) => ({
    entities: (r.entities as unknown[]).map(toEntityRecord),
    relations: (r.relations as unknown[]).map(toRelationRecord),
  }));
}
