/**
 * Standard lineage: what an entity is built on (ANCESTORS, following BASED_ON and PART_OF out) or
 * what builds on it (DESCENDANTS, following them in), transitively, through standards and
 * certifications alike. Each reached entity comes once, at its shortest depth, with the relations
 * of one shortest path from the start, in path order (the first by relation ids when several tie).
 */
import type { StatementCounter } from './driver.ts';
import type { ReadGraph } from './entity-store.ts';
import {
  ENTITY_MAP,
  type EntityProp,
  type EntityRecord,
  RELATION_SUMMARY_MAP,
  type RelationSummary,
  toEntityRecord,
  toRelationSummary,
} from './records.ts';

export type LineageDirection = 'ANCESTORS' | 'DESCENDANTS';

/** Depth bound of any lineage statement; callers validate user input against it. */
export const MAX_LINEAGE_DEPTH = 10;

const STEP: Record<LineageDirection, string> = {
  ANCESTORS: '-[:BASED_ON|PART_OF]->',
  DESCENDANTS: '<-[:BASED_ON|PART_OF]-',
};

export interface LineageRecord {
  entity: EntityRecord;
  depth: number;
  /** The path's relations, in path order; null when read without paths (`via: false`). */
  via: RelationSummary[] | null;
}

function checkLineage(direction: LineageDirection, maxDepth: number): string {
  const step = STEP[direction];
  if (!step) throw new Error(`unknown lineage direction ${direction}`);
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH) {
    throw new Error(`lineage depth must be an integer from 1 to ${MAX_LINEAGE_DEPTH}`);
  }
  return step;
}

/**
 * Cypher: with node `s` bound (and the variables `carry`), rows of `carry`, `m` and `depth`: every
 * entity `m` reached from `s` within maxDepth steps, once, at its shortest depth. With `via`, also
 * `p`: the first shortest path by relation ids when several tie (deterministic, costs the comparison
 * of every shortest path). Without, no path is kept: the minimum length over the paths is planned as
 * a pruning breadth-first expansion, which visits each reachable entity once (cheaper than a
 * shortest-path search per entity, and as bounded). `where` is an extra condition on `s` (e.g. its
 * label).
 */
export function lineagePathsCypher(
  s: string,
  direction: LineageDirection,
  maxDepth: number,
  carry: readonly string[] = [],
  where = 'true',
  via = true,
): string {
  const step = checkLineage(direction, maxDepth);
  const c = carry.map((v) => `${v}, `).join('');
  // The quantifier cannot be a parameter: maxDepth is a validated integer.
  if (!via) {
    return `MATCH p = (${s})${step}{1,${maxDepth}}(m:Entity)
WHERE m <> ${s} AND ${where}
WITH ${c}m, min(length(p)) AS depth`;
  }
  return `MATCH p = ALL SHORTEST (${s})${step}{1,${maxDepth}}(m:Entity)
WITH ${c}${s}, m, p WHERE m <> ${s} AND ${where}
WITH ${c}m, p, reduce(k = '', r IN relationships(p) | k + startNode(r).id + '|' + type(r) + '|' + endNode(r).id + ';') AS key
ORDER BY key
WITH ${c}m, head(collect(p)) AS p
WITH ${c}m, p, length(p) AS depth`;
}

/** Cypher map of one lineage step (m, depth and, with `via`, p bound) for toLineageRecord. */
export const LINEAGE_STEP_MAP = (props: readonly EntityProp[] | null | undefined, via = true) =>
  `{entity: ${ENTITY_MAP('m', props ?? null)}, depth: depth${
    via ? `, via: [r IN relationships(p) | ${RELATION_SUMMARY_MAP('r')}]` : ''
  }}`;

export function toLineageRecord(value: unknown): LineageRecord {
  const v = (value ?? {}) as { entity?: unknown; depth?: unknown; via?: unknown };
  return {
    entity: toEntityRecord(v.entity),
    depth: Number(v.depth),
    via: Array.isArray(v.via) ? v.via.map(toRelationSummary) : null,
  };
}

/** For each id (key order), the entities reached within maxDepth steps, by depth then name. */
export async function getLineageByIds(
  graph: ReadGraph,
  ids: readonly string[],
  direction: LineageDirection,
  maxDepth: number,
  via: boolean,
  counter?: StatementCounter,
): Promise<LineageRecord[][]> {
  const rows = await graph.read(
    `/* getLineageByIds */ UNWIND $ids AS id
MATCH (s:Entity {id: id})
${lineagePathsCypher('s', direction, maxDepth, ['id'], 'true', via)}
RETURN id, ${LINEAGE_STEP_MAP(graph.entityProps, via)} AS step
ORDER BY id, depth, toLower(m.name), m.id`,
    { ids: [...ids] },
    counter,
  );
  const byId = new Map<string, LineageRecord[]>();
  for (const row of rows) {
    const key = String(row.id);
    const list = byId.get(key) ?? [];
    list.push(toLineageRecord(row.step));
    byId.set(key, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
