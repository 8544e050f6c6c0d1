/** Lineage of a standard or certification through the per-request lineage loaders. */
import type { LineageRecord, LineageDirection as StoreDirection } from '../../graph/lineage-store.ts';
import type { Context } from '../context.ts';
import { intInRange } from '../errors.ts';
import { LIMITS } from '../limits.ts';

export type LineageDirection = StoreDirection | 'BOTH';

export interface LineageStepRecord extends LineageRecord {
  direction: StoreDirection;
}

/**
 * Ancestors, descendants, or both (ancestors first), each by depth then name. Steps carry their
 * path (`via`) only when asked: reading one deterministic shortest path per step costs more.
 */
export async function lineageOf(
  ctx: Context,
  id: string,
  direction: LineageDirection,
  maxDepth: number,
  via: boolean,
): Promise<LineageStepRecord[]> {
  const depth = intInRange(maxDepth, 'maxDepth', 1, LIMITS.maxLineageDepth);
  const directions: StoreDirection[] = direction === 'BOTH' ? ['ANCESTORS', 'DESCENDANTS'] : [direction];
  const lists = await Promise.all(
    directions.map(async (d) =>
      (await ctx.loaders.lineage(d, depth, via).load(id)).map((s) => ({ ...s, direction: d })),
    ),
  );
  return lists.flat();
}
