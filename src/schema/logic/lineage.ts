/** Lineage of a standard or certification through the per-request lineage loaders. */
import type { LineageRecord, LineageDirection as StoreDirection } from '../../graph/lineage-store.ts';
import { type Context, lineageKey } from '../context.ts';
import { intInRange } from '../errors.ts';
import { LIMITS } from '../limits.ts';

export type LineageDirection = StoreDirection | 'BOTH';

export interface LineageStepRecord extends LineageRecord {
  direction: StoreDirection;
}

/**
 * Ancestors, descendants, or both (ancestors first), each by depth then name. Steps carry their
 * path (`via`) only when asked: reading one deterministic shortest path per step costs more.
 * Synchronous when every list was read ahead (ctx.lineageAhead), else through the lineage loaders.
 */
export function lineageOf(
  ctx: Context,
  id: string,
  direction: LineageDirection,
  maxDepth: number,
  via: boolean,
): LineageStepRecord[] | Promise<LineageStepRecord[]> {
  const depth = intInRange(maxDepth, 'maxDepth', 1, LIMITS.maxLineageDepth);
  const directions: StoreDirection[] = direction === 'BOTH' ? ['ANCESTORS', 'DESCENDANTS'] : [direction];
  const steps = (d: StoreDirection, list: readonly LineageRecord[]) => list.map((s) => ({ ...s, direction: d }));
  const ahead = directions.map((d) => ctx.lineageAhead.get(lineageKey(d, depth, via))?.get(id));
  if (ahead.every((list) => list !== undefined)) return directions.flatMap((d, i) => steps(d, ahead[i] ?? []));
  return Promise.all(directions.map(async (d) => steps(d, await ctx.loaders.lineage(d, depth, via).load(id)))).then(
    (lists) => lists.flat(),
  );
}
