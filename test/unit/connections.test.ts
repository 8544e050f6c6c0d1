import { offsetToCursor, resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { arrayConnection, offsetConnection } from '../../src/schema/logic/connections.ts';

const items = Array.from({ length: 12 }, (_, i) => `item-${i}`);

/** The connection as a client reads it: every field, cursors included. */
function read(c: {
  edges: ReadonlyArray<{ cursor: string; node: unknown } | null>;
  pageInfo: { startCursor?: string | null; endCursor?: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}) {
  const { startCursor, endCursor, hasNextPage, hasPreviousPage } = c.pageInfo;
  return {
    edges: c.edges.map((e) => (e ? { cursor: e.cursor, node: e.node } : null)),
    pageInfo: { startCursor, endCursor, hasNextPage, hasPreviousPage },
  };
}

const ARGS = [
  {},
  { first: 5 },
  { first: 0 },
  { first: 20 },
  { first: 5, after: offsetToCursor(3) },
  { first: 5, after: offsetToCursor(10) },
  { last: 3, before: offsetToCursor(8) },
  { first: 4, before: offsetToCursor(2) },
];

describe('offset connections with cursors encoded on read', () => {
  it.each(ARGS)('pages exactly as Pothos does for %j', async (args) => {
    const options = { args, defaultSize: 4, maxSize: 10 };
    const window = async ({ offset, limit }: { offset: number; limit: number }) => items.slice(offset, offset + limit);
    expect(read(await offsetConnection(options, window))).toEqual(read(await resolveOffsetConnection(options, window)));
    expect(read(arrayConnection(options, items))).toEqual(read(resolveArrayConnection(options, items)));
  });

  it('refuses what Pothos refuses', async () => {
    const window = async () => items;
    await expect(offsetConnection({ args: { first: -1 } }, window)).rejects.toThrow(/non-negative/);
    expect(() => arrayConnection({ args: { after: 'bm90LWEtY3Vyc29y' } }, items)).toThrow(/cursor/i);
  });
});
