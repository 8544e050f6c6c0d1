/**
 * Which stored entity properties a request needs, from its document: every field selected on an
 * entity type (or the Entity interface) anywhere in the document maps to the properties its
 * resolver reads. A request's reads then project only those (see ENTITY_MAP), so records in its
 * loaders always hold whatever any of its resolvers reads. Contract: a field missing from both
 * tables below makes the request read every property (never too little); a schema test checks that
 * every entity field is classified.
 */
import {
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ENTITY_LABELS, type EntityProp } from '../../graph/records.ts';
import { isFollowField } from './follows.ts';

/** Entity fields and the stored properties their resolvers read (beyond id, name and label). */
export const FIELD_PROPS: Readonly<Record<string, readonly EntityProp[]>> = {
  // `name` reads `names` only for its `locale` argument (see Field below).
  name: [],
  names: ['names'],
  aliases: ['aliases'],
  acronym: ['acronym'],
  curated: ['curated'],
  facts: ['facts', 'factQuotes'],
  fact: ['facts'],
  type: ['type'],
  authorityKind: ['kind'],
  designation: ['designation'],
  title: ['title'],
};

/**
 * Entity fields whose resolvers read no stored property of the entity (ids, labels, relations other
 * than follow fields, which read other entities and are recognized by isFollowField).
 */
export const FIELDS_WITHOUT_PROPS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'kind',
  'articles',
  'relations',
  'covers',
  'coveredBy',
]);

const ENTITY_TYPES = new Set<string>([...ENTITY_LABELS, 'Entity']);
const cache = new WeakMap<DocumentNode, readonly EntityProp[] | null>();

/** The entity properties `document` needs; null for all of them. Memoized per parsed document. */
export function entityPropsOf(schema: GraphQLSchema, document: DocumentNode): readonly EntityProp[] | null {
  const cached = cache.get(document);
  if (cached !== undefined) return cached;
  const props = new Set<EntityProp>();
  let all = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || !ENTITY_TYPES.has(getNamedType(parent).name)) return;
        if (!isObjectType(parent) && !isInterfaceType(parent)) return;
        const name = node.name.value;
        const needed = FIELD_PROPS[name];
        if (name === 'name' && node.arguments?.length) props.add('names');
        if (needed) for (const p of needed) props.add(p);
        else if (!FIELDS_WITHOUT_PROPS.has(name) && !isFollowField(typeInfo.getFieldDef())) all = true;
      },
    }),
  );
  const result = all ? null : [...props].sort();
  cache.set(document, result);
  return result;
}
