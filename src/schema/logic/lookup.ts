/**
 * Lookups by id or name, and filtered lists. Names match any name, alias, acronym or designation
 * in any locale through the lookup keys written at seed time (case-, width- and
 * punctuation-insensitive; edition years and the ISO/IEC joint prefix optional).
 */
import type { GraphQLResolveInfo } from 'graphql';
import {
  type EntityListQuery,
  type EntityRef,
  type FilterName,
  findEntitiesByKeys,
  getEntitiesFollowing,
  listEntityPage,
} from '../../graph/entity-store.ts';
import type { EntityLabel, EntityRecord } from '../../graph/records.ts';
import { lookupKeys } from '../../ingest/normalize.ts';
import type { Context } from '../context.ts';
import { badUserInput, clientArguments } from '../errors.ts';
import { typenameOfId } from '../global-id.ts';
import { LIMITS } from '../limits.ts';
import { offsetConnection } from './connections.ts';
import { followsOf, primeFollowed, selectsField } from './follows.ts';

/** Lookup keys of a user-given name; BAD_USER_INPUT when too long or without letters/digits. */
export function keysOfName(name: string, argument: string): string[] {
  if (name.length > LIMITS.maxNameLength) {
    throw badUserInput(`"${argument}" must be at most ${LIMITS.maxNameLength} characters`, argument);
  }
  let keys = KEYS_MEMO.get(name);
  if (!keys) {
    keys = lookupKeys(name);
    if (KEYS_MEMO.size >= 1_000) KEYS_MEMO.clear();
    KEYS_MEMO.set(name, keys);
  }
  if (keys.length === 0) throw badUserInput(`"${argument}" has no letters or digits`, argument);
  return keys;
}

/** lookupKeys per name asked (normalizing costs ~10 µs); bounded, values shared and never changed. */
const KEYS_MEMO = new Map<string, string[]>();

/**
 * The entity of `kind` with this id, or the best match for this name (exact full-name key first,
 * then curated, then by name). Exactly one of id and name must be given. null when none.
 * With `info`, the relation fields selected under it are read in the same statement.
 */
export async function lookupEntity(
  ctx: Context,
  kind: EntityLabel,
  args: { id?: string | null; name?: string | null },
  info?: GraphQLResolveInfo,
): Promise<EntityRecord | null> {
  const follows = info ? followsOf(info) : [];
  const hasId = args.id != null;
  const hasName = args.name != null;
  if (hasId === hasName) throw badUserInput('Give exactly one of "id" and "name"');
  if (hasId) {
    const id = args.id as string;
    const typename = typenameOfId(id);
    if (typename !== kind) throw badUserInput(`"${id}" is not a ${kind} id`, 'id');
    if (follows.length === 0) {
      const e = await ctx.loaders.entity.load(id);
      return e?.kind === kind ? e : null;
    }
    const { items, followed } = await getEntitiesFollowing(ctx.graph, [id], follows, ctx.counter);
    const e = items[0] ?? null;
    if (e) ctx.known.set(e.id, e);
    primeFollowed(ctx, followed);
    return e?.kind === kind ? e : null;
  }
  const keys = keysOfName(args.name as string, 'name');
  const { items, followed } = await findEntitiesByKeys(ctx.graph, kind, keys, 1, ctx.counter, follows);
  const best = items[0];
  if (best) ctx.known.set(best.id, best);
  primeFollowed(ctx, followed);
  return best ?? null;
}

/** Node loading for one kind: the entity per id, null when missing or of another kind. */
export function loadEntitiesOfKind(
  ctx: Context,
  ids: readonly string[],
  kind: EntityLabel,
): Promise<Array<EntityRecord | null>> {
  return Promise.all(
    ids.map(async (id) => {
      const e = await ctx.loaders.entity.load(id);
      return e?.kind === kind ? e : null;
    }),
  );
}

/** A filter reference: an id such as authority:jasa, or any name of the entity. */
export function toEntityRef(value: string, argument: string): EntityRef {
  return { id: value, keys: keysOfName(value, argument) };
}

export interface ListArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * One page of a filtered list as a connection with totalCount; one statement, which also reads the
 * relation fields selected under `edges.node` and `nodes` when `info` is given.
 */
export async function listConnection(
  ctx: Context,
  kind: EntityLabel,
  filters: {
    refs: Partial<Record<FilterName, string | null | undefined>>;
    certificationType?: string | null;
    authorityKind?: string | null;
  },
  args: ListArgs,
  info?: GraphQLResolveInfo,
) {
  const follows = info ? followsOf(info, [['edges', 'node'], ['nodes']]) : [];
  const refs: EntityListQuery['refs'] = [];
  for (const [filter, value] of Object.entries(filters.refs) as Array<[FilterName, string | null | undefined]>) {
    if (value != null) refs.push({ filter, ref: toEntityRef(value, `filter.${filter}`) });
  }
  // Counting needs the whole filtered list sorted; a page alone is a top-k sort.
  const withTotal = info ? selectsField(info, 'totalCount') : true;
  let totalCount = 0;
  const connection = await clientArguments(() =>
    offsetConnection(
      { args, defaultSize: LIMITS.defaultPageSize, maxSize: LIMITS.maxPageSize },
      async ({ offset, limit }) => {
        const page = await listEntityPage(
          ctx.graph,
          {
            kind,
            refs,
            certificationType: filters.certificationType ?? null,
            authorityKind: filters.authorityKind ?? null,
            offset,
            limit,
            withTotal,
          },
          ctx.counter,
          follows,
        );
        // Only read when selected, and then counted.
        totalCount = page.total ?? 0;
        for (const e of page.items) ctx.known.set(e.id, e);
        primeFollowed(ctx, page.followed);
        return page.items;
      },
    ),
  );
  return { ...connection, totalCount };
}
