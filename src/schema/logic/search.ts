/** search(): ranked full-text over every name and alias, exact lookup-key matches first. */
import type { EntityLabel, EntityRecord } from '../../graph/records.ts';
import { buildLuceneQuery, searchEntities } from '../../graph/search-store.ts';
import { lookupKeys } from '../../ingest/normalize.ts';
import type { Context } from '../context.ts';
import { badUserInput, intInRange } from '../errors.ts';
import { LIMITS } from '../limits.ts';

export interface Hit {
  entity: EntityRecord;
  score: number;
  exact: boolean;
}

/**
 * Hits in rank order. Exact matches (the whole query is one of the entity's names, in lookup-key
 * form) rank first; their score is raised above every other hit's so scores follow the rank.
 */
export async function search(
  ctx: Context,
  query: string,
  kinds: readonly EntityLabel[] | null,
  first: number,
): Promise<Hit[]> {
  const text = query.trim();
  if (!text) throw badUserInput('"query" must not be empty', 'query');
  if (text.length > LIMITS.maxNameLength) {
    throw badUserInput(`"query" must be at most ${LIMITS.maxNameLength} characters`, 'query');
  }
  const limit = intInRange(first, 'first', 1, LIMITS.maxSearchSize);
  const rows = await searchEntities(
    ctx.graph,
    { lucene: buildLuceneQuery(text), keys: lookupKeys(text), kinds: kinds?.length ? kinds : null, limit },
    ctx.counter,
  );
  const top = Math.max(0, ...rows.filter((r) => !r.exact).map((r) => r.score));
  return rows.map((r) => {
    ctx.known.set(r.entity.id, r.entity);
    return { entity: r.entity, exact: r.exact, score: r.exact ? top + 1 + r.score : r.score };
  });
}
