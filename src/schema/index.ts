/** Assembles the schema: importing each type module registers it on the builder. */
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './certification.ts';

export function buildSchema(): GraphQLSchema {
  return lexicographicSortSchema(builder.toSchema());
}
