/** Test helpers for integration tests: the shared Neo4j connection from global setup. */
import { inject } from 'vitest';
import { createGraph, type Graph } from '../../src/graph/driver.ts';

export function testGraph(): Graph {
  return createGraph(inject('neo4j'), { queryTimeoutMs: 30_000 });
}

/** A prefix unique to one test file, for ids and paths it creates. */
export function uniquePrefix(name: string): string {
  return `t${Date.now().toString(36)}-${name}`;
}
