/**
 * Row → domain record conversion at the database boundary. Nothing driver-specific leaves here:
 * rows are already plain (see toPlain in driver.ts); this turns stored encodings into typed objects.
 * Also the whitelists of labels and relationship types that statements may interpolate.
 */
import { kindOfId } from '../ingest/ids.ts';
import { ENTITY_KINDS, type EntityKind, RELATION_TYPES, type RelationType } from '../ingest/types.ts';
import { SEP } from './claims.ts';
import type { Row } from './driver.ts';

export const ENTITY_LABELS = ENTITY_KINDS;
export type EntityLabel = EntityKind;

export const ARTICLE_RELATION_TYPES = ['DESCRIBES', 'MENTIONS'] as const;
export type ArticleRelationType = (typeof ARTICLE_RELATION_TYPES)[number];

/** Relationship types between two entities (DESCRIBES and MENTIONS start at an Article). */
export type EntityRelationType = Exclude<RelationType, ArticleRelationType>;
export const ENTITY_RELATION_TYPES: readonly EntityRelationType[] = RELATION_TYPES.filter(
  (t): t is EntityRelationType => !(ARTICLE_RELATION_TYPES as readonly string[]).includes(t),
);

export const isEntityLabel = (v: string): v is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(v);
export const isEntityRelationType = (v: string): v is EntityRelationType =>
  (ENTITY_RELATION_TYPES as readonly string[]).includes(v);

export interface EntityRecord {
  id: string;
  kind: EntityLabel;
  name: string;
  /** lang → name; first name per lang wins (lexicon first). */
  names: Record<string, string>;
  aliases: string[];
  acronym: string | null;
  designation: string | null;
  type: string | null;
  authorityKind: string | null;
  title: string | null;
  /**
   * Scheme facts (validityYears, surveillanceAudit, controlCount, domains, …): every value, stored
   * order; `quote` is the sentence that stated it (null for curated facts).
   */
  facts: Array<{ key: string; value: string; quote: string | null }>;
  curated: boolean;
}

export interface EvidenceRecord {
  source: string;
  locale: string;
  section: string;
  quote: string;
}

/**
 * One relationship between two entities, identified by (from, type, to): the seed merges on them.
 * Without its evidence: reads that only follow a relation never fetch the evidence lists.
 */
export interface RelationSummary {
  id: string;
  type: EntityRelationType;
  from: string;
  to: string;
  evidenceCount: number;
  serviceModels: string[];
}

/** A relation with the evidence of every source that states it. */
export interface RelationRecord extends RelationSummary {
  evidence: EvidenceRecord[];
}

export interface ArticleRecord {
  id: string;
  path: string;
  locale: string;
  title: string;
  curated: boolean;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function parsePairs(values: string[]): Array<[string, string]> {
  return values.map((v) => {
    const i = v.indexOf(SEP);
    return i < 0 ? [v, ''] : [v.slice(0, i), v.slice(i + 1)];
  });
}

/**
 * The kind of an entity id (`<kind>:<slug>`). The seed stores every entity under the label its id
 * names (writeSources refuses any other), so reads take the kind from the id instead of the labels.
 */
export function entityKindOfId(id: string): EntityLabel {
  const kind = kindOfId(id);
  if (!kind || kind === 'Article') throw new Error(`"${id}" is not an entity id`);
  return kind;
}

/** Expects a map built by ENTITY_MAP. */
export function toEntityRecord(value: unknown): EntityRecord {
  const n = (value ?? {}) as Row;
  const names: Record<string, string> = {};
  if (Array.isArray(n.names)) for (const [lang, name] of parsePairs(list(n.names))) names[lang] ??= name;
  const id = String(n.id);
  return {
    id,
    kind: entityKindOfId(id),
    name: str(n.name) ?? id,
    names,
    aliases: list(n.aliases),
    acronym: str(n.acronym),
    designation: str(n.designation),
    type: str(n.type),
    authorityKind: str(n.kind),
    title: str(n.title),
    facts: Array.isArray(n.facts) && n.facts.length > 0 ? toFacts(list(n.facts), list(n.factQuotes)) : [],
    curated: n.curated === true,
  };
}

/** Facts in stored order; each takes the first quote stored for its key (null when none). */
function toFacts(facts: string[], factQuotes: string[]): EntityRecord['facts'] {
  const quotes = new Map<string, string>();
  for (const [k, q] of parsePairs(factQuotes)) if (!quotes.has(k)) quotes.set(k, q);
  return parsePairs(facts).map(([key, value]) => ({ key, value, quote: quotes.get(key) ?? null }));
}

export function toEvidenceRecords(values: unknown): EvidenceRecord[] {
  return list(values).map((v) => {
    const [source = '', locale = '', section = '', ...quote] = v.split(SEP);
    return { source, locale, section, quote: quote.join(SEP) };
  });
}

export const relationId = (from: string, type: string, to: string) => `${from}|${type}|${to}`;

/** Expects a map built by RELATION_SUMMARY_MAP (or RELATION_MAP). */
export function toRelationSummary(value: unknown): RelationSummary {
  const r = (value ?? {}) as Row;
  const type = String(r.type) as EntityRelationType;
  const from = String(r.from);
  const to = String(r.to);
  return {
    id: relationId(from, type, to),
    type,
    from,
    to,
    evidenceCount: typeof r.evidenceCount === 'number' ? r.evidenceCount : 0,
    serviceModels: list(r.serviceModels),
  };
}

/** Expects a map built by RELATION_MAP. */
export function toRelationRecord(value: unknown): RelationRecord {
  return { ...toRelationSummary(value), evidence: toEvidenceRecords((value as Row | null)?.evidence) };
}

/** Expects a row with `a` (the Article node's property map). */
export function toArticleRecord(row: Row): ArticleRecord {
  const a = (row.a ?? {}) as Row;
  return {
    id: String(a.id),
    path: String(a.path ?? ''),
    locale: String(a.locale ?? ''),
    title: String(a.title ?? ''),
    curated: a.curated === true,
  };
}

/** Readable entity properties a read may leave out (id and name are always read). */
export const ENTITY_PROPS = [
  'names',
  'aliases',
  'acronym',
  'designation',
  'type',
  'kind',
  'title',
  'facts',
  'factQuotes',
  'curated',
] as const;
export type EntityProp = (typeof ENTITY_PROPS)[number];

/**
 * Cypher map projection of entity node `v` for toEntityRecord: id, name and `props` (every
 * readable property when null), plus the `extra` entries given (`key: expression`; keys must not be
 * property names). Seed bookkeeping (claims, sources, lookupKeys, searchText) never leaves the
 * database; a hub's claims grow with the corpus. A left-out property reads as empty (null, [] or
 * false) in the record. The kind comes from the id (entityKindOfId).
 */
export const ENTITY_MAP = (v: string, props: readonly EntityProp[] | null = null, extra: readonly string[] = []) => {
  const picked = ENTITY_PROPS.filter((p) => props === null || props.includes(p));
  return `${v} {${['.id', '.name', ...picked.map((p) => `.${p}`), ...extra].join(', ')}}`;
};

/** Cypher map expression of relationship `r` for toRelationSummary: no evidence list. */
export const RELATION_SUMMARY_MAP = (r: string) =>
  `{type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, evidenceCount: ${r}.evidenceCount, serviceModels: ${r}.serviceModels}`;

/** Cypher map expression of relationship `r` for toRelationRecord. */
export const RELATION_MAP = (r: string) =>
  `{type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, evidence: ${r}.evidence, evidenceCount: ${r}.evidenceCount, serviceModels: ${r}.serviceModels}`;
