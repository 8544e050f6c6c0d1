/**
 * Offset connections as Pothos' resolveOffsetConnection / resolveArrayConnection build them (same
 * offsets, limits, page info and cursor strings), except that a cursor is encoded only when it is
 * read: most selections never ask for cursors, and a page of 100 edges would encode 100 of them.
 */
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';

type ConnectionOptions = Parameters<typeof offsetForArgs>[0];

class OffsetEdge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return offsetToCursor(this.offset);
  }
}

class OffsetPageInfo {
  constructor(
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
    private readonly first: number,
    private readonly last: number,
  ) {}

  get startCursor(): string {
    return offsetToCursor(this.first);
  }

  get endCursor(): string {
    return offsetToCursor(this.last);
  }
}

export interface OffsetConnection<T> {
  edges: OffsetEdge<T>[];
  pageInfo: OffsetPageInfo;
}

/** One page read by `read` (asked for one item more than the page, to tell hasNextPage). */
export async function offsetConnection<T>(
  options: ConnectionOptions,
  read: (window: { offset: number; limit: number }) => Promise<readonly T[]>,
): Promise<OffsetConnection<T>> {
  const window = offsetForArgs(options);
  return page(window, await read(window));
}

/** A page of an array already in memory. */
export function arrayConnection<T>(
  options: Omit<ConnectionOptions, 'totalCount'>,
  array: readonly T[],
): OffsetConnection<T> {
  const window = offsetForArgs({ ...options, totalCount: array.length });
  return page(window, array.slice(window.offset, window.offset + window.limit));
}

function page<T>(window: ReturnType<typeof offsetForArgs>, items: readonly T[]): OffsetConnection<T> {
  const { offset, expectedSize, hasPreviousPage, hasNextPage } = window;
  const edges = items.slice(0, expectedSize).map((node, i) => new OffsetEdge(node, offset + i));
  return {
    edges,
    pageInfo: new OffsetPageInfo(hasPreviousPage, hasNextPage(items.length), offset, offset + edges.length - 1),
  };
}
