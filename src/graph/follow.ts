/**
 * Following relations inside the statement that reads their start entities ("lookahead"): a tree
 * of follows becomes nested CALL subqueries, so a request whose selection goes several relation
 * levels deep is answered by one statement instead of one per level.
 * Contract: the list returned for (entity, follow) is exactly the list getNeighboursByEntityIds
 * (or getLineageByIds, for a lineage follow) returns for that entity and those arguments — same
 * entries, same order — so it can stand in for that loader's answer. Follows whose `label` the
 * entity does not have return nothing for it.
 */

import { memoByOwner } from '../memo.ts';
import {
  LINEAGE_STEP_MAP,
  type LineageDirection,
  type LineageRecord,
  lineagePathsCypher,
  toLineageRecord,
} from './lineage-store.ts';
import {
  ENTITY_MAP,
  type EntityLabel,
  type EntityProp,
  type EntityRecord,
  type EntityRelationType,
  isEntityLabel,
  isEntityRelationType,
  toEntityRecord,
} from './records.ts';
import { type Direction, relationPattern } from './relation-store.ts';

/**
 * Bounds of one statement's follow tree; deeper or wider selections fall back to the loaders.
 * Planning grows with the subqueries (≈ 80 ms for one follow, 300 ms for eight, seconds for twenty
 * on a cold server; once per selection shape, then cached): the bounds keep a new shape's first
 * request near a loader request's cost.
 */
export const MAX_FOLLOW_DEPTH = 3;
export const MAX_FOLLOWS = 8;

/** Entities one relation type reaches, as getNeighboursByEntityIds reads them. */
export interface RelationFollow {
  kind: 'relation';
  /** Only entities with this label are followed (the GraphQL type declaring the field). */
  label: EntityLabel;
  direction: Direction;
  type: EntityRelationType;
  inherit: boolean;
  /** Follows from the entities this one reaches. */
  follows: Follow[];
}

/** An entity's lineage, as getLineageByIds reads it (nothing is followed from the steps). */
export interface LineageFollow {
  kind: 'lineage';
  label: EntityLabel;
  direction: LineageDirection;
  maxDepth: number;
  /** Whether steps carry their path (`via`), as getLineageByIds with the same `via` reads them. */
  via: boolean;
  follows: [];
}

export type Follow = RelationFollow | LineageFollow;

export type Followed =
  | { follow: RelationFollow; from: string; list: EntityRecord[] }
  | { follow: LineageFollow; from: string; list: LineageRecord[] };

const DIRECTIONS: readonly string[] = ['OUT', 'IN', 'BOTH'];

/** The number of follows in a tree (every level). */
export function countFollows(follows: readonly Follow[]): number {
  return follows.reduce((n, f) => n + 1 + countFollows(f.follows), 0);
}

function check(follows: readonly Follow[], depth: number): void {
  if (follows.length > 0 && depth > MAX_FOLLOW_DEPTH) throw new Error(`follows nest deeper than ${MAX_FOLLOW_DEPTH}`);
  for (const f of follows) {
    const ok =
      isEntityLabel(f.label) &&
      (f.kind === 'lineage' || (isEntityRelationType(f.type) && DIRECTIONS.includes(f.direction)));
    if (!ok) throw new Error(`invalid follow ${JSON.stringify({ ...f, follows: undefined })}`);
    check(f.follows, depth + 1);
  }
}

/** Key under which an entity map holds the list of its follow `i` (never a property name). */
const followKey = (i: number) => `_f${i}`;

/**
 * Cypher: CALL subqueries following `follows` from the bound node variable `v`, the variables they
 * bind (`vars`, to carry through a WITH), and the entries (`_f<i>: list` for follows[i]) to add to
 * `v`'s ENTITY_MAP; each followed entity's map carries its own follows the same way. Entities
 * project `props` (see ENTITY_MAP). Labels, types and directions are checked against the
 * whitelists; nothing else is interpolated. Memoized per follows array: treat both as immutable.
 */
export function followCypher(
  v: string,
  follows: readonly Follow[],
  props: readonly EntityProp[] | null = null,
): FollowCypher {
  return CYPHER_MEMO(follows, `${v}|${props?.join(',') ?? '*'}`, () => buildFollowCypher(v, follows, props));
}

export interface FollowCypher {
  calls: string;
  entries: string[];
  vars: string[];
}

/** followCypher's results per follows array (callers pass the same array for the same selection). */
const CYPHER_MEMO = memoByOwner<readonly Follow[], FollowCypher>();

function buildFollowCypher(v: string, follows: readonly Follow[], props: readonly EntityProp[] | null): FollowCypher {
  if (countFollows(follows) > MAX_FOLLOWS) throw new Error(`more than ${MAX_FOLLOWS} follows`);
  check(follows, 1);
  let next = 0;
  const build = (from: string, list: readonly Follow[]): { calls: string; entries: string[]; vars: string[] } => {
    const parts = list.map((f, i) => {
      const k = next++;
      const [r, m, out] = [`r${k}`, `m${k}`, `f${k}`];
      if (f.kind === 'lineage') {
        const calls = `CALL (${from}) {
${lineagePathsCypher(from, f.direction, f.maxDepth, [], `${from}:${f.label}`, f.via)}
WITH m, depth${f.via ? ', p' : ''} ORDER BY depth, toLower(m.name), m.id
RETURN collect(${LINEAGE_STEP_MAP(props, f.via)}) AS ${out}
}`;
        return { calls, entry: `${followKey(i)}: ${out}`, out };
      }
      const inner = build(m, f.follows);
      const calls = `CALL (${from}) {
MATCH ${relationPattern(f.direction, f.inherit, from, `${r}:${f.type}`, m)}
WHERE ${from}:${f.label}
${inner.calls ? `${inner.calls}\n` : ''}WITH ${[m, ...inner.vars].join(', ')} ORDER BY toLower(${m}.name), ${m}.id
RETURN collect(${ENTITY_MAP(m, props, inner.entries)}) AS ${out}
}`;
      return { calls, entry: `${followKey(i)}: ${out}`, out };
    });
    return {
      calls: parts.map((p) => p.calls).join('\n'),
      entries: parts.map((p) => p.entry),
      vars: parts.map((p) => p.out),
    };
  };
  return build(v, follows);
}

/**
 * The lists an entity map (as built with followCypher's entries) holds for entity `from` of kind
 * `kind`, appended to `out` depth first. Follows for another label give nothing.
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
    const items = (m[followKey(i)] ?? []) as unknown[];
    if (follow.kind === 'lineage') {
      out.push({ follow, from, list: items.map(toLineageRecord) });
      return;
    }
    const list = items.map(toEntityRecord);
    out.push({ follow, from, list });
    list.forEach((n, j) => {
      parseFollowed(n.id, n.kind, follow.follows, items[j], out);
    });
  });
  return out;
}
