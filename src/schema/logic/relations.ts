/** Following relations from an entity through the per-request loaders (batched per level). */
import type { EntityLabel, EntityRecord, EntityRelationType, RelationRecord } from '../../graph/records.ts';
import { ENTITY_RELATION_TYPES, isEntityLabel, isEntityRelationType } from '../../graph/records.ts';
import type { Direction } from '../../graph/relation-store.ts';
import type { Context } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { typenameOfId } from '../global-id.ts';

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

/**
 * Entities at the other end of `type` relations from `id`, of `kind` when given, by name; with
 * `inherit`, tiers share the relations of the schemes they are part of. Synchronous when the list
 * was read ahead (ctx.readAhead), else through the neighbours loader. `key` is
 * neighbourKey(direction, [type], inherit), computed once per field by the caller.
 */
export function neighboursOf(
  ctx: Context,
  id: string,
  direction: Direction,
  type: EntityRelationType,
  kind: EntityLabel | undefined,
  inherit: boolean,
  key: string,
): EntityRecord[] | Promise<EntityRecord[]> {
  const ahead = ctx.readAhead.get(key)?.get(id);
  if (ahead) return distinctOfKind(ahead, kind);
  return ctx.loaders
    .neighbours(direction, [type], inherit)
    .load(id)
    .then((list) => distinctOfKind(list, kind));
}

function distinctOfKind(list: readonly EntityRecord[], kind: EntityLabel | undefined): EntityRecord[] {
  if (list.length === 0) return [];
  if (list.length === 1) return kind && list[0]?.kind !== kind ? [] : [...list];
  const seen = new Set<string>();
  const out: EntityRecord[] = [];
  for (const e of list) {
    if ((kind && e.kind !== kind) || seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}

/** Relations of one type from `id` whose other end is of `kind` (for edge-like fields). */
export async function linksOf(
  ctx: Context,
  id: string,
  direction: Exclude<Direction, 'BOTH'>,
  type: EntityRelationType,
  kind: EntityLabel,
): Promise<RelationRecord[]> {
  const list = await ctx.loaders.relations(direction, [type]).load(id);
  return list.filter((n) => n.entity.kind === kind).map((n) => n.relation);
}

/** The relation with this id (`<from>|<type>|<to>`), through the relations loader; null when unknown. */
export async function relationById(ctx: Context, id: string): Promise<RelationRecord | null> {
  const [from = '', type = '', to = '', ...rest] = id.split('|');
  const fromType = typenameOfId(from);
  if (rest.length || !isEntityRelationType(type) || !fromType || !isEntityLabel(fromType) || !to) {
    throw badUserInput(`"${id.slice(0, 80)}" is not a relation id (<from>|<type>|<to>)`, 'id');
  }
  const list = await ctx.loaders.relations('OUT', [type]).load(from);
  return list.find((n) => n.relation.to === to)?.relation ?? null;
}
