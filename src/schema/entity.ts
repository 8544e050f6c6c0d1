/**
 * The Entity interface shared by the five kinds, its small value types, and the kind enum.
 * `names` is a list of { locale, name } objects rather than a JSON map: locales are an open set
 * (whatever the lexicon and articles use), and a list keeps every entry typed, selectable and
 * introspectable; `name(locale:)` picks one with fallback to the canonical name.
 */

import type { EntityLabel, EntityRecord } from '../graph/records.ts';
import { ENTITY_LABELS } from '../graph/records.ts';
import { Article, ArticleRelation } from './article.ts';
import { builder } from './builder.ts';
import { clientArguments } from './errors.ts';
import { arrayConnection } from './logic/connections.ts';
import { relationsOf } from './logic/relations.ts';
import { Relation, RelationDirection, RelationType } from './relation.ts';

export const EntityKind = builder.enumType('EntityKind', {
  description: 'The five kinds of entity in the graph.',
  values: Object.fromEntries(ENTITY_LABELS.map((l) => [l.toUpperCase(), { value: l }])) as Record<
    Uppercase<EntityLabel>,
    { value: EntityLabel }
  >,
});

export const LocalizedName = builder.objectRef<{ locale: string; name: string }>('LocalizedName').implement({
  description: 'A name in one language (lexicon locale keys: en, ja, zh-CN, zh-TW, ko, de, fr, …).',
  fields: (t) => ({
    locale: t.exposeString('locale'),
    name: t.exposeString('name'),
  }),
});

export const Fact = builder.objectRef<{ key: string; value: string; quote: string | null }>('Fact').implement({
  description: 'A scheme fact such as validityYears, surveillanceAudit or controlCount, as text.',
  fields: (t) => ({
    key: t.exposeString('key'),
    value: t.exposeString('value'),
    quote: t.string({
      nullable: true,
      description: 'The sentence the fact was read from (null for curated facts).',
      resolve: (f) => f.quote,
    }),
  }),
});

/** The name in `locale` (exact, then its language part, e.g. zh-CN → zh), else the canonical name. */
export function localizedName(e: EntityRecord, locale: string | null | undefined): string {
  if (!locale) return e.name;
  const lang = locale.split('-')[0] ?? locale;
  const want = locale.toLowerCase();
  for (const [l, n] of Object.entries(e.names)) if (l.toLowerCase() === want) return n;
  for (const [l, n] of Object.entries(e.names)) if (l.split('-')[0]?.toLowerCase() === lang.toLowerCase()) return n;
  return e.name;
}

export const Entity = builder.interfaceRef<EntityRecord>('Entity');

Entity.implement({
  description: 'A certification, authority, standard, service or jurisdiction.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => e.kind,
  fields: (t) => ({
    kind: t.field({ type: EntityKind, resolve: (e) => e.kind }),
    name: t.string({
      description: 'The canonical (English) name, or the name in `locale` when there is one.',
      args: { locale: t.arg.string({ description: 'A locale such as ja or zh-CN.' }) },
      resolve: (e, args) => localizedName(e, args.locale),
    }),
    names: t.field({
      type: [LocalizedName],
      description: 'Every name by locale, lexicon names first.',
      resolve: (e) => Object.entries(e.names).map(([locale, name]) => ({ locale, name })),
    }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings, any language.' }),
    acronym: t.string({ nullable: true, resolve: (e) => e.acronym }),
    curated: t.exposeBoolean('curated', { description: 'True when the curated lexicon defines it.' }),
    facts: t.field({ type: [Fact], resolve: (e) => e.facts }),
    fact: t.string({
      nullable: true,
      description: 'The first value of one fact.',
      args: { key: t.arg.string({ required: true }) },
      resolve: (e, args) => e.facts.find((f) => f.key === args.key)?.value ?? null,
    }),
    articles: t.field({
      type: [Article],
      description: 'Articles describing or mentioning it (describing first), by path.',
      args: { relation: t.arg({ type: ArticleRelation, description: 'Only this link.' }) },
      resolve: async (e, args, ctx) => {
        const links = await ctx.loaders.articleLinks.load(e.id);
        return links.filter((l) => !args.relation || l.relation === args.relation).map((l) => l.article);
      },
    }),
    relations: t.connection(
      {
        type: Relation,
        description: 'Its relationships with evidence, by type then the other end’s name.',
        args: {
          direction: t.arg({ type: RelationDirection, defaultValue: 'BOTH' }),
          types: t.arg({ type: [RelationType], description: 'Only these types (default: all).' }),
        },
        resolve: async (e, args, ctx) => {
          const list = await relationsOf(ctx, e.id, args.direction ?? 'BOTH', args.types ?? null);
          const page = await clientArguments(() => arrayConnection({ args }, list));
          return { ...page, totalCount: list.length };
        },
      },
      { name: 'RelationConnection' },
      { name: 'RelationEdge' },
    ),
  }),
});
