/**
 * Limits of the public API, safe to keep as production defaults. Arguments over a `max…` bound are
 * refused with BAD_USER_INPUT, except connection page sizes, which are capped at maxPageSize.
 */
export const LIMITS = {
  // Per request (enforced in src/server/yoga.ts).
  maxBodyBytes: 64 * 1024,
  maxQueryLength: 16 * 1024,
  maxTokens: 2_000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxComplexity: 10_000,
  maxBreadth: 400,
  // Per field.
  defaultPageSize: 20,
  maxPageSize: 100,
  maxIds: 100,
  maxNameLength: 200,
  defaultSearchSize: 10,
  maxSearchSize: 50,
  defaultLineageDepth: 5,
  maxLineageDepth: 10,
  defaultGraphDepth: 1,
  maxGraphDepth: 3,
  defaultGraphLimit: 200,
  maxGraphLimit: 500,
  /** graph() draws at most `limit` × this many edges. */
  graphEdgesPerNode: 5,
  maxGraphFocus: 25,
  defaultPathDepth: 4,
  maxPathDepth: 8,
  defaultPathLimit: 10,
  maxPathLimit: 50,
} as const;

/** Page size of a connection for complexity estimates: `first`/`last`, capped. */
export function pageSize(args: { first?: number | null; last?: number | null }): number {
  const n = args.first ?? args.last ?? LIMITS.defaultPageSize;
  return Math.max(0, Math.min(n, LIMITS.maxPageSize));
}
