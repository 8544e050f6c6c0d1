/**
 * Following relations inside the statement that reads their start entities ("lookahead"): a tree
 * of follows becomes nested CALL subqueries, so a request whose selection goes several relation
 * levels deep is answered by one statement instead of one per level.
 * Contract: the list returned for (entity, follow) is exactly the list getNeighboursByEntityIds
 * returns for that entity, direction, type and inheritance — same entries, same order — so it can
 * prime the same loader. Follows whose `label` the entity does not have return nothing for it.
 */
import {
  ENTITY_MAP,
  type EntityLabel,
  type EntityRelationType,
  isEntityLabel,
  isEntityRelationType,
  RELATION_SUMMARY_MAP,
  toEntityRecord,
  toRelationSummary,
} from './records.ts';
import { type Direction, type Neighbour, relationPattern } from './relation-store.ts';

/**
 * Bounds of one statement's follow tree; deeper or wider selections fall back to the loaders.
 * Planning grows with the subqueries (≈ 80 ms for one follow, 300 ms for eight, seconds for twenty
 * on a cold server; once per selection shape, then cached): the bounds keep a new shape's first
 * request near a loader request's cost.
 */
export const MAX_FOLLOW_DEPTH = 3;
export const MAX_FOLLOWS = 8;

export interface Follow {
  /** Only entities with this label are followed (the GraphQL type declaring the field). */
  label: EntityLabel;
  direction: Direction;
  type: EntityRelationType;
  inherit: boolean;
  /** Follows from the entities this one reaches. */
  follows: Follow[];
}

export interface Followed {
  follow: Follow;
  /** Id of the entity the relations were followed from. */
  from: string;
  list: Neighbour[];
}

const DIRECTIONS: readonly string[] = ['OUT', 'IN', 'BOTH'];

/** The number of follows in a tree (every level). */
export function countFollows(follows: readonly Follow[]): number {
  return follows.reduce((n, f) => n + 1 + countFollows(f.follows), 0);
}

function check(follows: readonly Follow[], depth: number): void {
  if (follows.length > 0 && depth > MAX_FOLLOW_DEPTH) throw new Error(`follows nest deeper than ${MAX_FOLLOW_DEPTH}`);
  for (const f of follows) {
    if (!isEntityLabel(f.label) || !isEntityRelationType(f.type) || !DIRECTIONS.includes(f.direction)) {
      throw new Error(`invalid follow ${JSON.stringify({ ...f, follows: undefined })}`);
    }
    check(f.follows, depth + 1);
  }
}

/**
 * Cypher: CALL subqueries following `follows` from the bound node variable `v`, and the map
 * expression holding their lists (key `f<i>` for follows[i]). Labels, types and directions are
 * checked against the whitelists; nothing else is interpolated.
 */
export function followCypher(v: string, follows: readonly Follow[]): { calls: string; map: string } {
  if (countFollows(follows) > MAX_FOLLOWS) throw new Error(`more than ${MAX_FOLLOWS} follows`);
  check(follows, 1);
  let next = 0;
  const build = (from: string, list: readonly Follow[]): { calls: string; map: string } => {
    const parts = list.map((f, i) => {
      const k = next++;
      const [r, m, out] = [`r${k}`, `m${k}`, `f${k}`];
      const inner = build(m, f.follows);
      const calls = `CALL (${from}) {
  MATCH ${relationPattern(f.direction, f.inherit, from, `${r}:${f.type}`, m)}
  WHERE ${from}:${f.label}
  ${inner.calls}
  WITH ${r}, ${m}, ${inner.map} AS next ORDER BY toLower(${m}.name), ${m}.id
  RETURN collect({rel: ${RELATION_SUMMARY_MAP(r)}, entity: ${ENTITY_MAP(m)}, next: next}) AS ${out}
}`;
      return { calls, entry: `f${i}: ${out}` };
    });
    return { calls: parts.map((p) => p.calls).join('\n'), map: `{${parts.map((p) => p.entry).join(', ')}}` };
  };
  return build(v, follows);
}

interface Item {
  rel: unknown;
  entity: unknown;
  next: Record<string, unknown>;
}

/**
 * The lists of a followed map (as built by followCypher) for entity `from` of kind `kind`,
 * appended to `out` depth first. Follows for another label give nothing.
 */
export function parseFollowed(
  from: string,
  kind: EntityLabel,
  follows: readonly Follow[],
  map: unknown,
  out: Followed[] = [],
): Followed[] {
  const m = (map ?? {}) as Record<string, unknown>;
  follows.forEach((follow, i) => {
    if (follow.label !== kind) return;
    const items = (m[`f${i}`] ?? []) as Item[];
    const list = items.map((x) => ({ relation: toRelationSummary(x.rel), entity: toEntityRecord(x.entity) }));
    out.push({ follow, from, list });
    list.forEach((n, j) => {
      parseFollowed(n.entity.id, n.entity.kind, follow.follows, items[j]?.next, out);
    });
  });
  return out;
}
