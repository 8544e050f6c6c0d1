/**
 * The per-batch merge statements of the seed's store (src/graph/seed-store.ts): one per entity kind
 * and one per relationship type, each parameterised by `$rows`.
 */
import { ENTITY_KINDS, type EntityKind, RELATION_TYPES, type RelationType } from '../ingest/types.ts';
import { REFRESH_SERVICE_MODELS } from './claims.ts';

const camel = (s: string) => s.toLowerCase().replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Query option of the per-batch write statements. Their plans do not depend on statistics (index
 * seeks by unique id, expansions from bound nodes), so the plan cached on first use stays right
 * while the graph fills; without it Neo4j re-plans each of them whenever the counts have diverged
 * (a seed into an emptied database: every ~10 s), 0.1–0.3 s per statement (finding 13 in
 * BENCHMARKS.md).
 */
export const KEEP_PLAN = 'CYPHER replan=skip';

export const MERGE_ENTITY: Record<EntityKind, string> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    `/* merge${kind}Entities */ ${KEEP_PLAN}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.claims = [], n.support = 0, n.created = true
SET n:${kind}
SET n.claims = n.claims + row.claims, n.support = n.support + row.sources
WITH n, coalesce(n.created, false) AS created
REMOVE n.created
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
  collect(CASE WHEN n.nameRank IS NULL THEN n.id END) AS unranked`,
  ]),
) as Record<EntityKind, string>;

/**
 * A relationship is new when it has no evidence yet (an existing one always has some). Several rows of
 * a batch can name the same relationship and all see it as new (the planner puts an Eager between the
 * MERGE and the SET), so new relationships are counted distinct. `claims` and `serviceModels` (derived
 * from the claims) are written only by rows that bring claims: a relationship nothing claimed anything
 * of has neither, and reads take a missing list as empty. `evidenceCount` is kept equal
 * to `size(evidence)` by counting up (every other writer sets it with REFRESH_RELATIONSHIP); it reads
 * no property the same SET writes, so it does not depend on whether SET items see each other.
 */
export const MERGE_RELATIONSHIP: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPES.map((type) => {
    const startLabel = type === 'DESCRIBES' || type === 'MENTIONS' ? 'Article' : 'Entity';
    return [
      type,
      `/* merge${pascal(camel(type))}Relationships */ ${KEEP_PLAN}
UNWIND $rows AS row
MATCH (s:${startLabel} {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (s)-[r:${type}]->(e)
WITH r, row, r.evidence IS NULL AS created
SET r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.evidenceCount = coalesce(r.evidenceCount, 0) + size(row.evidence)
WITH r, row, created
CALL (r, row) {
  WITH r, row WHERE size(row.claims) > 0
  SET r.claims = coalesce(r.claims, []) + row.claims${REFRESH_SERVICE_MODELS}
}
RETURN count(DISTINCT CASE WHEN created THEN r END) AS created`,
    ];
  }),
) as Record<RelationType, string>;
