/** Following relations from an entity through the per-request loaders (batched per level). */
import type { EntityLabel, EntityRecord, EntityRelationType, RelationRecord } from '../../graph/records.ts';
import { ENTITY_RELATION_TYPES } from '../../graph/records.ts';
import type { Direction } from '../../graph/relation-store.ts';
import type { Context } from '../context.ts';

/** Relations of `types` (all entity relation types when null) touching entity `id`. */
export async function relationsOf(
  ctx: Context,
  id: string,
  direction: Direction,
  types: readonly EntityRelationType[] | null,
): Promise<RelationRecord[]> {
  const list = await ctx.loaders.relations(direction, types?.length ? types : ENTITY_RELATION_TYPES).load(id);
  return list.map((n) => n.relation);
}

/** Entities at the other end of `type` relations from `id`, of `kind` when given, by name. */
export async function neighboursOf(
  ctx: Context,
  id: string,
  direction: Exclude<Direction, 'BOTH'> | 'BOTH',
  type: EntityRelationType,
  kind?: EntityLabel,
): Promise<EntityRecord[]> {
  const list = await ctx.loaders.relations(direction, [type]).load(id);
  const seen = new Set<string>();
  const out: EntityRecord[] = [];
  for (const n of list) {
    if ((kind && n.entity.kind !== kind) || seen.has(n.entity.id)) continue;
    seen.add(n.entity.id);
    out.push(n.entity);
  }
  return out;
}

/** Relations of one type from `id`, with the entity at the other end (for edge-like fields). */
export async function linksOf(
  ctx: Context,
  id: string,
  direction: Exclude<Direction, 'BOTH'>,
  type: EntityRelationType,
): Promise<RelationRecord[]> {
  const list = await ctx.loaders.relations(direction, [type]).load(id);
  return list.map((n) => n.relation);
}
