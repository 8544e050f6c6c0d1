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
  via: RelationSummary[];
}

/** For each id (key order), the entities reached within maxDepth steps, by depth then name. */
export async function getLineageByIds(
  graph: ReadGraph,
  ids: readonly string[],
  direction: LineageDirection,
  maxDepth: number,
  counter?: StatementCounter,
): Promise<LineageRecord[][]> {
  const step = STEP[direction];
  if (!step) throw new Error(`unknown lineage direction ${direction}`);
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_LINEAGE_DEPTH) {
    throw new Error(`lineage depth must be an integer from 1 to ${MAX_LINEAGE_DEPTH}`);
  }
  // The quantifier cannot be a parameter: maxDepth is a validated integer.
  const rows = await graph.read(
    `/* getLineageByIds */ UNWIND $ids AS id
MATCH (s:Entity {id: id})
MATCH p = ALL SHORTEST (s)${step}{1,${maxDepth}}(m:Entity)
WITH id, m, p WHERE m.id <> id
WITH id, m, p, reduce(k = '', r IN relationships(p) | k + startNode(r).id + '|' + type(r) + '|' + endNode(r).id + ';') AS key
ORDER BY key
WITH id, m, head(collect(p)) AS p
RETURN id, ${ENTITY_MAP('m')} AS n, length(p) AS depth, [r IN relationships(p) | ${RELATION_SUMMARY_MAP('r')}] AS via
ORDER BY id, depth, toLower(m.name), m.id`,
    { ids: [...ids] },
    counter,
  );
  const byId = new Map<string, LineageRecord[]>();
  for (const row of rows) {
    const key = String(row.id);
    const list = byId.get(key) ?? [];
    list.push({
      entity: toEntityRecord(row.n),
      depth: Number(row.depth),
      via: (row.via as unknown[]).map(toRelationSummary),
    });
    byId.set(key, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
