/**
 * Reads for drawing and connecting: neighbourhoods (nodes level by level and the edges among them,
 * in one statement) and shortest paths between two entities. Only entity–entity relationships are followed (types from
 * the whitelist), so paths never run through articles.
 */
import type { Row, StatementCounter } from './driver.ts';
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

/** Depth bound of a neighbourhood statement; callers validate user input against it. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

export interface NeighbourhoodQuery {
  /** Entity ids, distinct, in the order their nodes are kept. */
  focus: readonly string[];
  depth: number;
  types: readonly EntityRelationType[];
  /** Kinds of the neighbours to keep; null for all. */
  kinds: readonly EntityLabel[] | null;
  /** Nodes kept at most, focus included. */
  limit: number;
  /** Edges kept at most. */
  maxEdges: number;
}

export interface EdgeRecord {
  source: string;
  target: string;
  type: EntityRelationType;
  evidenceCount: number;
}

export interface NeighbourhoodRecord {
  /** The focus ids that exist. */
  found: string[];
  /** Kept entities per depth (0 = focus), each level heaviest link first (most evidence), then by name. */
  levels: EntityRecord[][];
  /** Relationships among the kept entities, most evidence first. */
  edges: EdgeRecord[];
  /** Whether any node or edge was left out for the limits. */
  truncated: boolean;
}

/**
 * The neighbourhood of `focus` in one statement, breadth first: each level keeps the entities one
 * step from the previous level's (not kept yet), heaviest link first, then by name, while there is
 * room under `limit`; then the edges among all kept entities, up to `maxEdges`.
 */
export async function getNeighbourhood(
  graph: ReadGraph,
  q: NeighbourhoodQuery,
  counter?: StatementCounter,
): Promise<NeighbourhoodRecord> {
  if (!Number.isInteger(q.depth) || q.depth < 0 || q.depth > MAX_NEIGHBOURHOOD_DEPTH) {
    throw new Error(`neighbourhood depth must be an integer from 0 to ${MAX_NEIGHBOURHOOD_DEPTH}`);
  }
  // One block per level (depth is a validated integer); `kept` grows, `frontier` is the last level.
  const levels = Array.from(
    { length: q.depth },
    () => `CALL (kept, frontier) {
  UNWIND frontier AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE type(r) IN $types AND NOT m IN kept AND ($kinds IS NULL OR any(l IN labels(m) WHERE l IN $kinds))
  WITH m, max(coalesce(r.evidenceCount, 0)) AS weight
  ORDER BY weight DESC, toLower(m.name), m.id
  RETURN collect(m) AS found
}
WITH focus, levels, kept, cut, found, $limit - size(kept) AS room
WITH focus, levels + [found[..room]] AS levels, kept + found[..room] AS kept, cut OR size(found) > room AS cut, found[..room] AS frontier`,
  ).join('\n');
  const rows = await graph.read(
    `/* getNeighbourhood */ CALL () {
  UNWIND range(0, size($focus) - 1) AS i
  MATCH (f:Entity {id: $focus[i]})
  WITH i, f ORDER BY i
  RETURN collect(f) AS focus
}
WITH focus, [focus[..$limit]] AS levels, focus[..$limit] AS kept, size(focus) > $limit AS cut, focus[..$limit] AS frontier
${levels}
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types AND b IN kept
  WITH a, b, r, coalesce(r.evidenceCount, 0) AS evidenceCount
  ORDER BY evidenceCount DESC, a.id, type(r), b.id
  LIMIT toInteger($maxEdges + 1)
  RETURN collect({source: a.id, target: b.id, type: type(r), evidenceCount: evidenceCount}) AS edges
}
RETURN [f IN focus | f.id] AS found, [l IN levels | [m IN l | ${ENTITY_MAP('m', graph.entityProps)}]] AS levels,
  edges[..$maxEdges] AS edges, cut OR size(edges) > $maxEdges AS truncated`,
    {
      focus: [...q.focus],
      types: checkRelationTypes(q.types),
      kinds: q.kinds ? [...q.kinds] : null,
      limit: q.limit,
      maxEdges: q.maxEdges,
    },
    counter,
  );
  const row = rows[0] ?? {};
  return {
    found: ((row.found as unknown[]) ?? []).map(String),
    levels: ((row.levels as unknown[][]) ?? []).map((l) => l.map(toEntityRecord)),
    edges: ((row.edges as Row[]) ?? []).map((e) => ({
      source: String(e.source),
      target: String(e.target),
      type: String(e.type) as EntityRelationType,
      evidenceCount: Number(e.evidenceCount),
    })),
    truncated: row.truncated === true,
  };
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
