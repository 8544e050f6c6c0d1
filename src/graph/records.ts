/**
 * Row → domain record conversion at the database boundary. Nothing driver-specific leaves here:
 * rows are already plain (see toPlain in driver.ts); this turns stored encodings into typed objects.
 */
import { SEP } from './claims.ts';
import type { Row } from './driver.ts';

export interface EntityRecord {
  id: string;
  kind: 'Certification' | 'Authority' | 'Standard' | 'Service' | 'Jurisdiction';
  name: string;
  /** lang → name; first name per lang wins (lexicon first). */
  names: Record<string, string>;
  aliases: string[];
  acronym: string | null;
  designation: string | null;
  type: string | null;
  authorityKind: string | null;
  title: string | null;
  /** Scalar facts (validityYears, surveillanceAudit, controlCount, …); numbers where numeric. */
  facts: Record<string, string | number>;
  curated: boolean;
  sources: string[];
}

export interface EvidenceRecord {
  source: string;
  locale: string;
  section: string;
  quote: string;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function parsePairs(values: string[]): Array<[string, string]> {
  return values.map((v) => {
    const i = v.indexOf(SEP);
    return i < 0 ? [v, ''] : [v.slice(0, i), v.slice(i + 1)];
  });
}

/** Expects a row with `n` (the node's property map) and `kind` (its entity label). */
export function toEntityRecord(row: Row): EntityRecord {
  const n = (row.n ?? {}) as Row;
  const names: Record<string, string> = {};
  for (const [lang, name] of parsePairs(list(n.names))) names[lang] ??= name;
  const facts: Record<string, string | number> = {};
  for (const [k, v] of parsePairs(list(n.facts))) {
    if (k in facts) continue;
    facts[k] = v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
  }
  return {
    id: String(n.id),
    kind: String(row.kind) as EntityRecord['kind'],
    name: str(n.name) ?? String(n.id),
    names,
    aliases: list(n.aliases),
    acronym: str(n.acronym),
    designation: str(n.designation),
    type: str(n.type),
    authorityKind: str(n.kind),
    title: str(n.title),
    facts,
    curated: n.curated === true,
    sources: list(n.sources),
  };
}

export function toEvidenceRecords(values: unknown): EvidenceRecord[] {
  return list(values).map((v) => {
    const [source = '', locale = '', section = '', ...quote] = v.split(SEP);
    return { source, locale, section, quote: quote.join(SEP) };
  });
}

/** Cypher expression giving the entity label of `n` (first of the five entity kinds it has). */
export const KIND_OF = (v: string) =>
  `head([l IN labels(${v}) WHERE l IN ['Certification', 'Authority', 'Standard', 'Service', 'Jurisdiction']])`;
