/** Assembles the schema: importing each type module registers it on the builder. */
import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './entity.ts';
import './article.ts';
import './relation.ts';
import './certification.ts';
import './authority.ts';
import './standard.ts';
import './service.ts';
import './jurisdiction.ts';
import './coverage.ts';
import './lineage-step.ts';
import './search-hit.ts';
import './graph-view.ts';
import './path.ts';
import './stats.ts';

export function buildSchema(): GraphQLSchema {
  const schema = lexicographicSortSchema(builder.toSchema());
  syncNodeIds(schema);
  return schema;
}

/**
 * Node ids are the records' own ids (encodeGlobalId is the identity, global-id.ts), so every Node
 * type's `id` resolves synchronously to `record.id`. The Relay plugin's own resolver is async: a
 * promise per id field, which the executor then awaits (hundreds per page of a nested list).
 */
function syncNodeIds(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const id = type.getFields().id;
    if (id) id.resolve = (record: { id: string }) => record.id;
  }
}
