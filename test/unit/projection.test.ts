import { isInterfaceType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS } from '../../src/graph/records.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { isFollowField } from '../../src/schema/logic/follows.ts';
import { entityPropsOf, FIELD_PROPS, FIELDS_WITHOUT_PROPS } from '../../src/schema/logic/projection.ts';

const schema = buildSchema();
const props = (query: string) => entityPropsOf(schema, parse(query));

describe('entity projection', () => {
  it('classifies every field of every entity type (a new field must say what it reads)', () => {
    for (const name of [...ENTITY_LABELS, 'Entity']) {
      const type = schema.getType(name);
      if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${name} is not an object type`);
      for (const [field, def] of Object.entries(type.getFields())) {
        const classified = field in FIELD_PROPS || FIELDS_WITHOUT_PROPS.has(field) || isFollowField(def);
        expect(classified, `${name}.${field}`).toBe(true);
      }
    }
  });

  it('reads only what the document selects, across fragments and nested entities', () => {
    expect(props('{ certifications { nodes { id name accreditedBy { id name } } } }')).toEqual([]);
    expect(props('{ certification(name: "x") { name(locale: "ja") acronym } }')).toEqual(['acronym', 'names']);
    expect(
      props(`{ search(query: "x") { entity { ...F } } } fragment F on Entity { aliases ... on Standard { title } }`),
    ).toEqual(['aliases', 'title']);
    expect(props('{ standard(name: "x") { basedOn { ... on Standard { facts { quote } } } } }')).toEqual([
      'factQuotes',
      'facts',
    ]);
    // Fields of other types (edges, graph nodes) read no entity property.
    expect(props('{ graph(focus: ["a"]) { nodes { id name kind } edges { id } } }')).toEqual([]);
  });

  it('reads everything for a field it does not know', () => {
    expect(props('{ certifications { nodes { id notAField } } }')).toBeNull();
  });
});
