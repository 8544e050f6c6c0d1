/**
 * Per-request context: the read-only graph handle, a statement counter, and DataLoaders created
 * fresh for every request (never shared across requests).
 */
import DataLoader from 'dataloader';
import type { Graph, StatementCounter } from '../graph/driver.ts';
import { getEntitiesByIds } from '../graph/entity-store.ts';
import type { EntityRecord } from '../graph/records.ts';

export interface Context {
  graph: Graph;
  counter: StatementCounter;
  loaders: Loaders;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
}

export function createContext(graph: Graph): Context {
  const counter: StatementCounter = { count: 0, names: [] };
  return {
    graph,
    counter,
    loaders: {
      entity: new DataLoader((ids) => getEntitiesByIds(graph, ids, counter)),
    },
  };
}
