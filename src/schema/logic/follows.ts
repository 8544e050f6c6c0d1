/**
 * Lookahead for relation fields. A field that follows one relation type declares it with
 * `followField` (the spec goes into the field's extensions); a root resolver asks `followsOf` for
 * the relation fields its selection reaches, has the store read them in its own statement, and
 * `primeFollowed` puts the lists into the same loaders the field resolvers use. Resolvers are
 * unchanged: a primed loader answers without a statement, anything not primed loads as before.
 */
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type Follow, type Followed, MAX_FOLLOW_DEPTH, MAX_FOLLOWS } from '../../graph/follow.ts';
import type { EntityLabel, EntityRecord, EntityRelationType } from '../../graph/records.ts';
import { isEntityLabel } from '../../graph/records.ts';
import type { Direction } from '../../graph/relation-store.ts';
import type { Context } from '../context.ts';
import { neighboursOf } from './relations.ts';

const FOLLOWS_KEY = 'cgFollows';

interface FollowSpec {
  direction: Direction;
  type: EntityRelationType;
  inherit: boolean;
}

/**
 * Options for a field listing the entities one relation type reaches (of `kind` when given);
 * spread into `t.field({ type, description, ...followField(...) })`.
 */
export function followField(direction: Direction, type: EntityRelationType, kind?: EntityLabel, inherit = false) {
  const spec: FollowSpec = { direction, type, inherit };
  return {
    extensions: { [FOLLOWS_KEY]: spec },
    resolve: (e: EntityRecord, _args: unknown, ctx: Context) => neighboursOf(ctx, e.id, direction, type, kind, inherit),
  };
}

/** As followField, for a single-valued field: the first entity reached, or null. */
export function followOneField(direction: Direction, type: EntityRelationType, kind?: EntityLabel) {
  const { extensions, resolve } = followField(direction, type, kind);
  return {
    extensions,
    resolve: async (e: EntityRecord, args: unknown, ctx: Context) => (await resolve(e, args, ctx))[0] ?? null,
  };
}

function specOf(field: GraphQLField<unknown, unknown> | undefined): FollowSpec | undefined {
  return field?.extensions?.[FOLLOWS_KEY] as FollowSpec | undefined;
}

interface Node extends Follow {
  sub: Map<string, Node>;
}

/** Walks a selection set of `type`, adding the follow fields it selects (fragments included). */
function walk(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType | null | undefined,
  into: Map<string, Node>,
  depth: number,
): void {
  if (!set || !type || depth > MAX_FOLLOW_DEPTH) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? info.schema.getType(sel.typeCondition.name.value) : type;
      walk(info, sel.selectionSet, t, into, depth);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = info.fragments[sel.name.value];
      if (frag) walk(info, frag.selectionSet, info.schema.getType(frag.typeCondition.name.value), into, depth);
    } else if (isObjectType(type) && isEntityLabel(type.name) && !sel.arguments?.length) {
      const field = type.getFields()[sel.name.value];
      const spec = specOf(field);
      if (!field || !spec) continue;
      const key = `${type.name}:${spec.direction}:${spec.type}:${spec.inherit}`;
      let node = into.get(key);
      if (!node) {
        node = { label: type.name, ...spec, follows: [], sub: new Map() };
        into.set(key, node);
      }
      walk(info, sel.selectionSet, getNamedType(field.type), node.sub, depth + 1);
    }
  }
}

function toFollows(nodes: Map<string, Node>, budget: { left: number }): Follow[] {
  const out: Follow[] = [];
  for (const n of nodes.values()) {
    if (budget.left <= 0) break;
    budget.left -= 1;
    out.push({ label: n.label, direction: n.direction, type: n.type, inherit: n.inherit, follows: [] });
  }
  // Breadth first: a budget cut drops the deepest follows, which then load level by level.
  [...nodes.values()].slice(0, out.length).forEach((n, i) => {
    (out[i] as Follow).follows = toFollows(n.sub, budget);
  });
  return out;
}

/**
 * The follows selected under the current field, reached through `path` (e.g. ['edges', 'node'] for
 * a connection) when given. Only argument-free follow fields of entity object types are followed.
 */
export function followsOf(info: GraphQLResolveInfo, path: readonly string[] = []): Follow[] {
  let sets: Array<{ set: SelectionSetNode | undefined; type: GraphQLNamedType }> = info.fieldNodes.map((f) => ({
    set: f.selectionSet,
    type: getNamedType(info.returnType),
  }));
  for (const name of path) {
    const next: typeof sets = [];
    for (const { set, type } of sets) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[name];
      if (!field) continue;
      for (const f of fieldsNamed(info, set, name)) next.push({ set: f.selectionSet, type: getNamedType(field.type) });
    }
    sets = next;
  }
  const root = new Map<string, Node>();
  for (const { set, type } of sets) walk(info, set, type, root, 1);
  return toFollows(root, { left: MAX_FOLLOWS });
}

/** Fields called `name` in a selection set, through fragments. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD && sel.name.value === name) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsNamed(info, sel.selectionSet, name));
    else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      out.push(...fieldsNamed(info, info.fragments[sel.name.value]?.selectionSet, name));
    }
  }
  return out;
}

/** Primes the neighbour and entity loaders with what a statement followed. */
export function primeFollowed(ctx: Context, followed: readonly Followed[]): void {
  for (const { follow, from, list } of followed) {
    ctx.loaders.neighbours(follow.direction, [follow.type], follow.inherit).prime(from, list);
    for (const n of list) ctx.loaders.entity.prime(n.entity.id, n.entity);
  }
}
