/**
 * Lookahead for relation fields. A field that follows one relation type declares it with
 * `followField` (the spec goes into the field's extensions); a root resolver asks `followsOf` for
 * the relation fields its selection reaches, has the store read them in its own statement, and
 * `primeFollowed` records the lists where the field resolvers look first (ctx.readAhead,
 * ctx.lineageAhead): a list found there answers without a statement, anything else loads through
 * the loaders as before.
 */
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type Follow, type Followed, MAX_FOLLOW_DEPTH, MAX_FOLLOWS } from '../../graph/follow.ts';
import type { LineageDirection, LineageRecord } from '../../graph/lineage-store.ts';
import type { EntityLabel, EntityRecord, EntityRelationType } from '../../graph/records.ts';
import { isEntityLabel } from '../../graph/records.ts';
import type { Direction } from '../../graph/relation-store.ts';
import { memoByOwner } from '../../memo.ts';
import { type Context, lineageKey, neighbourKey } from '../context.ts';
import { LIMITS } from '../limits.ts';
import { neighboursOf } from './relations.ts';

const FOLLOWS_KEY = 'cgFollows';
const LINEAGE_KEY = 'cgLineage';

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
  const key = neighbourKey(direction, [type], inherit);
  return {
    extensions: { [FOLLOWS_KEY]: spec },
    resolve: (e: EntityRecord, _args: unknown, ctx: Context) =>
      neighboursOf(ctx, e.id, direction, type, kind, inherit, key),
  };
}

/** As followField, for a single-valued field: the first entity reached, or null. */
export function followOneField(direction: Direction, type: EntityRelationType, kind?: EntityLabel) {
  const { extensions, resolve } = followField(direction, type, kind);
  return {
    extensions,
    resolve: (e: EntityRecord, args: unknown, ctx: Context) => {
      const list = resolve(e, args, ctx);
      return Array.isArray(list) ? (list[0] ?? null) : list.then((l) => l[0] ?? null);
    },
  };
}

function specOf(field: GraphQLField<unknown, unknown> | undefined): FollowSpec | undefined {
  return field?.extensions?.[FOLLOWS_KEY] as FollowSpec | undefined;
}

/** True for a field declared with followField/followOneField or LINEAGE_FIELD_EXTENSIONS. */
export function isFollowField(field: GraphQLField<unknown, unknown> | null | undefined): boolean {
  return Boolean(field?.extensions?.[FOLLOWS_KEY] || field?.extensions?.[LINEAGE_KEY]);
}

/** Extensions marking the `lineage` field (its arguments are read from the selection). */
export const LINEAGE_FIELD_EXTENSIONS = { [LINEAGE_KEY]: true } as const;

type Node = Follow & { sub: Map<string, Node> };

function add(into: Map<string, Node>, key: string, make: () => Node): Node {
  let node = into.get(key);
  if (!node) {
    node = make();
    into.set(key, node);
  }
  return node;
}

/** The lineage follows a `lineage` selection asks for; none when its arguments are invalid. */
function lineageNodes(
  info: GraphQLResolveInfo,
  field: GraphQLField<unknown, unknown>,
  sel: FieldNode,
  label: EntityLabel,
) {
  let args: { direction?: string; maxDepth?: number };
  try {
    args = getArgumentValues(field, sel, info.variableValues) as typeof args;
  } catch {
    return [];
  }
  const maxDepth = args.maxDepth ?? LIMITS.defaultLineageDepth;
  // An invalid depth is the resolver's to refuse, with its own message.
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > LIMITS.maxLineageDepth) return [];
  const directions: LineageDirection[] =
    args.direction === 'BOTH' ? ['ANCESTORS', 'DESCENDANTS'] : [(args.direction ?? 'ANCESTORS') as LineageDirection];
  const via = fieldsNamed(info, sel.selectionSet, 'via').length > 0;
  return directions.map((direction) => ({ label, direction, maxDepth, via }));
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
    } else if (isObjectType(type) && isEntityLabel(type.name)) {
      const label = type.name;
      const field = type.getFields()[sel.name.value];
      if (field?.extensions?.[LINEAGE_KEY]) {
        for (const l of lineageNodes(info, field, sel, label)) {
          const key = `${label}:lineage:${l.direction}:${l.maxDepth}:${l.via}`;
          add(into, key, () => ({ kind: 'lineage', ...l, follows: [], sub: new Map() }));
        }
        continue;
      }
      const spec = specOf(field);
      if (!field || !spec || sel.arguments?.length) continue;
      const key = `${label}:${spec.direction}:${spec.type}:${spec.inherit}`;
      const node = add(into, key, () => ({ kind: 'relation', label, ...spec, follows: [], sub: new Map() }));
      walk(info, sel.selectionSet, getNamedType(field.type), node.sub, depth + 1);
    }
  }
}

function toFollows(nodes: Map<string, Node>, budget: { left: number }): Follow[] {
  const kept = [...nodes.values()].slice(0, Math.max(0, budget.left));
  budget.left -= kept.length;
  // A level's follows are kept before any of their children: a cut drops the deepest, which then
  // load level by level.
  return kept.map((n): Follow => {
    if (n.kind === 'lineage')
      return { kind: 'lineage', label: n.label, direction: n.direction, maxDepth: n.maxDepth, via: n.via, follows: [] };
    const { sub, ...follow } = n;
    return { ...follow, follows: toFollows(sub, budget) };
  });
}

/** Per first field node of a document: follows by (parent type, paths, variables). */
const FOLLOWS_MEMO = memoByOwner<FieldNode, Follow[]>();

/**
 * The follows selected under the current field, reached through each of `paths` (e.g.
 * [['edges', 'node'], ['nodes']] for a connection; [[]], the field itself, by default), within one
 * budget of MAX_FOLLOWS. Only argument-free follow fields of entity object types are followed.
 * Memoized per parsed document and variables: the returned array is shared and must not be changed.
 */
export function followsOf(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]> = [[]]): Follow[] {
  const read = () => {
    const root = new Map<string, Node>();
    for (const path of paths) {
      for (const { set, type } of selectionsAt(info, path)) walk(info, set, type, root, 1);
    }
    return toFollows(root, { left: MAX_FOLLOWS });
  };
  const first = info.fieldNodes[0];
  if (!first) return read();
  const key = `${info.parentType.name}|${paths.map((p) => p.join('.')).join(',')}|${JSON.stringify(info.variableValues)}`;
  return FOLLOWS_MEMO(first, key, read);
}

/** The selection sets (and their types) that `path` reaches from the current field. */
function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]) {
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
  return sets;
}

/**
 * True when the current field's selection asks for its field `name` (through fragments). Memoized
 * per parsed field node: a field of every item of a list asks once.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const read = () => info.fieldNodes.some((f) => fieldsNamed(info, f.selectionSet, name).length > 0);
  const first = info.fieldNodes[0];
  return first ? SELECTS_MEMO(first, name, read) : read();
}

const SELECTS_MEMO = memoByOwner<FieldNode, boolean>();

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

/** Records what a statement followed: lists in ctx.readAhead and ctx.lineageAhead, entities in ctx.known. */
export function primeFollowed(ctx: Context, followed: readonly Followed[]): void {
  for (const f of followed) {
    if (f.follow.kind === 'lineage') {
      const steps = f.list as LineageRecord[];
      aheadMap(ctx.lineageAhead, lineageKey(f.follow.direction, f.follow.maxDepth, f.follow.via)).set(f.from, steps);
      for (const s of steps) ctx.known.set(s.entity.id, s.entity);
    } else {
      const entities = f.list as EntityRecord[];
      aheadMap(ctx.readAhead, neighbourKey(f.follow.direction, [f.follow.type], f.follow.inherit)).set(
        f.from,
        entities,
      );
      for (const e of entities) ctx.known.set(e.id, e);
    }
  }
}

function aheadMap<T>(maps: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let byId = maps.get(key);
  if (!byId) {
    byId = new Map();
    maps.set(key, byId);
  }
  return byId;
}
