/** Assembles the schema: importing each type module registers it on the builder. */
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
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
  return lexicographicSortSchema(builder.toSchema());
}
