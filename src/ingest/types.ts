/**
 * The data contract between ingestion (pure) and the graph writer. It is also the shape printed by
 * `seed --dry-run --json`. All ids are canonical: `<kind>:<slug>` for entities, `article:<path>` for
 * articles.
 */

export const ENTITY_KINDS = ['Certification', 'Authority', 'Standard', 'Service', 'Jurisdiction'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type NodeLabel = EntityKind | 'Article';

export const RELATION_TYPES = [
  'BASED_ON',
  'ACCREDITS',
  'PUBLISHES',
  'ESTABLISHED_BY',
  'REGULATES',
  'AUDITS',
  'PART_OF',
  'COVERS',
  'APPLIES_IN',
  'RELATED_TO',
  'MAPS_TO',
  'SUPERSEDES',
  'DESCRIBES',
  'MENTIONS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const CERTIFICATION_TYPES = [
  'certification',
  'attestation',
  'regulation',
  'law',
  'framework',
  'assessment-program',
  'guidance',
] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

export const AUTHORITY_KINDS = [
  'ministry',
  'regulator',
  'agency',
  'association',
  'standards-body',
  'audit-body',
  'government',
  'other',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export type PropertyValue = string | number | boolean | string[] | number[] | Record<string, string>;

export interface Evidence {
  /** Article path relative to its content root, with forward slashes (`ja-jp/offering-x.md`). */
  article: string;
  locale: string;
  /** The English anchor of the section the quote is in (`""` for text before the first heading). */
  section: string;
  /** A verbatim substring of the article's source text. */
  quote: string;
}

export interface GraphNode {
  id: string;
  labels: NodeLabel[];
  properties: Record<string, PropertyValue>;
}

export interface GraphRelationship {
  type: RelationType;
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
}

export interface Rejection {
  file: string;
  line?: number;
  reason: string;
}

export interface Warning {
  file: string;
  line?: number;
  message: string;
}

/** Everything one article contributes to the graph; written all-or-nothing. */
export interface ArticleFacts {
  article: { id: string; path: string; locale: string; title: string; hash: string };
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** Names found by patterns but not in the lexicon: candidates for it. */
  candidates: string[];
  warnings: Warning[];
}

export interface GraphDocument {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  rejected: Rejection[];
}
