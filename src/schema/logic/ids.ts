/** Validation of entity ids given as arguments. */

import type { EntityRecord } from '../../graph/records.ts';
import { isEntityLabel } from '../../graph/records.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { typenameOfId } from '../global-id.ts';

/** The distinct ids, each an entity id (BAD_USER_INPUT otherwise), in first-seen order. */
export function entityIds(ids: readonly string[], argument: string): string[] {
  for (const id of ids) {
    const t = typenameOfId(id);
    if (!t || !isEntityLabel(t)) throw badUserInput(`"${id.slice(0, 80)}" is not an entity id`, argument);
  }
  return [...new Set(ids)];
}

/** NOT_FOUND naming every id of `ids` not among `found`; nothing when all are. */
export function assertAllFound(ids: readonly string[], found: readonly string[]): void {
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length) throw notFound(`No entity with id ${missing.map((m) => `"${m}"`).join(', ')}`, missing);
}

/** The entities, in order; NOT_FOUND naming every unknown id. */
export async function loadExisting(ctx: Context, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await Promise.all(ids.map((id) => ctx.loaders.entity.load(id)));
  assertAllFound(
    ids,
    found.flatMap((e) => (e ? [e.id] : [])),
  );
  return found as EntityRecord[];
}
