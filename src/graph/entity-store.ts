/**
 * Reads of entities. Batch functions return results in key order, null for a missing key, so they
 * drop straight into DataLoader. Labels and patterns interpolated into statements come from the
 * whitelists in records.ts and FILTER_PATTERNS below; everything else is a parameter.
 */
import type { Graph, StatementCounter } from './driver.ts';
import { type Follow, type Followed, followCypher, parseFollowed } from './follow.ts';
import {
  ENTITY_MAP,
  type EntityLabel,
  type EntityProp,
  type EntityRecord,
  isEntityLabel,
  toEntityRecord,
} from './records.ts';
import { MAX_TIER_DEPTH } from './relation-store.ts';

/**
 * The only part of a Graph the API's stores use: reads, in read transactions; and the entity
 * properties its reads project (all when null or unset), which a request narrows to what it selects.
 */
export type ReadGraph = Pick<Graph, 'read'> & { entityProps?: readonly EntityProp[] | null };

function label(kind: string): EntityLabel {
  if (!isEntityLabel(kind)) throw new Error(`unknown entity kind ${kind}`);
  return kind;
}

export async function getEntitiesByIds(
  graph: ReadGraph,
  ids: readonly string[],
  counter?: StatementCounter,
): Promise<Array<EntityRecord | null>> {
  return (await getEntitiesFollowing(graph, ids, [], counter)).items;
}

/** Entities with what the given follows reach from them (one statement); items in key order. */
export async function getEntitiesFollowing(
  graph: ReadGraph,
  ids: readonly string[],
  follows: readonly Follow[],
  counter?: StatementCounter,
): Promise<{ items: Array<EntityRecord | null>; followed: Followed[] }> {
  const f = followCypher('n', follows, graph.entityProps);
  const rows = await graph.read(
    `/* getEntitiesByIds */ UNWIND $ids AS id MATCH (n:Entity {id: id})
${f.calls}
RETURN ${ENTITY_MAP('n', graph.entityProps, f.entries)} AS entity`,
    { ids: [...ids] },
    counter,
  );
  const followed: Followed[] = [];
  const byId = new Map<string, EntityRecord>();
  for (const r of rows) {
    const e = toEntityRecord(r.entity);
    byId.set(e.id, e);
    parseFollowed(e.id, e.kind, follows, r.entity, followed);
  }
  return { items: ids.map((id) => byId.get(id) ?? null), followed };
}

/**
 * Entities of one kind (any kind when null) having one of `keys` among their lookup keys. Those
 * matching `keys[0]` (the full normalized text) come first, then curated ones, then by name.
 */
export async function findEntitiesByKeys(
  graph: ReadGraph,
  kind: EntityLabel | null,
  keys: readonly string[],
  limit: number,
  counter?: StatementCounter,
  follows: readonly Follow[] = [],
): Promise<{ items: EntityRecord[]; followed: Followed[] }> {
  if (keys.length === 0) return { items: [], followed: [] };
  const f = followCypher('n', follows, graph.entityProps);
  const rows = await graph.read(
    `/* findEntitiesByKeys */ UNWIND $keys AS key
MATCH (:LookupKey {key: key})-[:KEY_OF]->(n:${kind ? label(kind) : 'Entity'})
WITH DISTINCT n
ORDER BY $keys[0] IN n.lookupKeys DESC, n.curated DESC, toLower(n.name), n.id
LIMIT toInteger($limit)
${f.calls}
RETURN ${ENTITY_MAP('n', graph.entityProps, f.entries)} AS entity
ORDER BY $keys[0] IN n.lookupKeys DESC, n.curated DESC, toLower(n.name), n.id`,
    { keys: [...keys], limit },
    counter,
  );
  const followed: Followed[] = [];
  const items = rows.map((r) => {
    const e = toEntityRecord(r.entity);
    parseFollowed(e.id, e.kind, follows, r.entity, followed);
    return e;
  });
  return { items, followed };
}

/** A scheme or any of its tiers (PART_OF), as relation-store's inherited relations. */
const TIERS = `<-[:PART_OF*0..${MAX_TIER_DEPTH}]-`;

/**
 * Relationship patterns a list may be filtered by; `n` is the listed entity, `x` the reference.
 * Who-certifies-what patterns let tiers share their scheme's relations, like the typed fields.
 */
export const FILTER_PATTERNS = {
  jurisdiction: '(n)-[:APPLIES_IN]->(x:Entity)',
  accreditedBy: `(x:Entity)-[:ACCREDITS]->(:Entity)${TIERS}(n)`,
  publishedBy: `(x:Entity)-[:PUBLISHES]->(:Entity)${TIERS}(n)`,
  regulatedBy: `(x:Entity)-[:REGULATES]->(:Entity)${TIERS}(n)`,
  basedOn: '(n)-[:BASED_ON]->(x:Entity)',
  covers: '(n)-[:COVERS]->(x:Entity)',
  coveredBy: '(x:Entity)-[:COVERS]->(n)',
  partOf: '(n)-[:PART_OF]->(x:Entity)',
  establishedBy: '(n)-[:ESTABLISHED_BY]->(x:Entity)',
  accredits: `(n)-[:ACCREDITS]->(:Entity)${TIERS}(x:Entity)`,
  publishes: `(n)-[:PUBLISHES]->(:Entity)${TIERS}(x:Entity)`,
} as const;
export type FilterName = keyof typeof FILTER_PATTERNS;

/** A referenced entity, given by id or by name (its lookup keys). */
export interface EntityRef {
  id: string;
  keys: string[];
}

export interface EntityListQuery {
  kind: EntityLabel;
  /** Property equality filters on the listed node. */
  certificationType?: string | null;
  authorityKind?: string | null;
  refs: Array<{ filter: FilterName; ref: EntityRef }>;
  offset: number;
  limit: number;
  /** Count the whole list (default true); without, `total` is null and only the page is sorted out. */
  withTotal?: boolean;
}

export interface EntityPage {
  /** null when not asked for (withTotal: false). */
  total: number | null;
  items: EntityRecord[];
  followed: Followed[];
}

/** One page of a filtered, name-ordered list, with the total count when asked, in one statement. */
export async function listEntityPage(
  graph: ReadGraph,
  q: EntityListQuery,
  counter?: StatementCounter,
  follows: readonly Follow[] = [],
): Promise<EntityPage> {
  const f = followCypher('n', follows, graph.entityProps);
  const where = [
    '($certificationType IS NULL OR n.type = $certificationType)',
    '($authorityKind IS NULL OR n.kind = $authorityKind)',
  ];
  q.refs.forEach(({ filter }, i) => {
    const pattern = FILTER_PATTERNS[filter];
    if (!pattern) throw new Error(`unknown filter ${filter}`);
    where.push(
      `EXISTS { MATCH ${pattern} WHERE x.id = $refs[${i}].id OR any(k IN $refs[${i}].keys WHERE k IN x.lookupKeys) }`,
    );
  });
  const order = 'toLower(n.name), n.id';
  const carried = f.vars.map((v) => `, ${v}`).join('');
  // Without a total, only the page is sorted out and followed; it is sorted again after the follows
  // (a few rows) so the order never rests on rows keeping theirs through CALL.
  const body =
    q.withTotal === false
      ? `WITH n ORDER BY ${order} SKIP toInteger($offset) LIMIT toInteger($limit)
${f.calls}
WITH n${carried} ORDER BY ${order}
RETURN null AS total, collect(${ENTITY_MAP('n', graph.entityProps, f.entries)}) AS items`
      : `WITH n ORDER BY ${order}
WITH collect(n) AS matched
WITH size(matched) AS total, matched[toInteger($offset)..toInteger($offset + $limit)] AS page
CALL (page) {
UNWIND range(0, size(page) - 1) AS i
WITH i, page[i] AS n
${f.calls}
WITH i, n${carried} ORDER BY i
RETURN collect(${ENTITY_MAP('n', graph.entityProps, f.entries)}) AS items
}
RETURN total, items`;
  const rows = await graph.read(
    `/* listEntityPage */ MATCH (n:${label(q.kind)})
WHERE ${where.join('\n  AND ')}
${body}`,
    {
      certificationType: q.certificationType ?? null,
      authorityKind: q.authorityKind ?? null,
      refs: q.refs.map((r) => r.ref),
      offset: q.offset,
      limit: q.limit,
    },
    counter,
  );
  const row = rows[0] ?? { total: 0, items: [] };
  const followed: Followed[] = [];
  const items = ((row.items as unknown[]) ?? []).map((x) => {
    const e = toEntityRecord(x);
    parseFollowed(e.id, e.kind, follows, x, followed);
    return e;
  });
  return { total: row.total == null ? null : Number(row.total), items, followed };
}
