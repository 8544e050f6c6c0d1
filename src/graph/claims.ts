/**
 * How facts are stored so that each source (article or lexicon file) can be retracted exactly:
 * - an entity keeps `claims`: strings `<source>␟<key>␟<value>`; its readable properties (name, names,
 *   aliases, acronym, type, facts, lookupKeys, searchText, sources) are derived from them by
 *   REFRESH_ENTITY below, lexicon claims first;
 * - a relationship keeps `evidence`: strings `<source>␟<locale>␟<section>␟<quote>`, and `claims` for
 *   its properties (serviceModels); it exists while it has evidence.
 * Sources are `article:<path>` ids; lexicon files are articles too, with `curated: true`.
 */
import { lookupKeys } from '../ingest/normalize.ts';
import type { Evidence, GraphNode, GraphRelationship, PropertyValue } from '../ingest/types.ts';

export const SEP = '\u001f';
const clean = (s: string) => s.replaceAll(SEP, ' ');

const SCALAR_KEYS = ['acronym', 'designation', 'type', 'kind', 'title'] as const;
const SKIP = new Set(['name', 'names', 'aliases', 'path', 'locale', 'hash', 'lang', 'jurisdiction', ...SCALAR_KEYS]);

/** Claims one source makes about one node, in a stable order. */
export function nodeClaims(source: string, node: GraphNode, curated: boolean): string[] {
  const p = node.properties;
  const out: string[] = [];
  const add = (key: string, value: PropertyValue | undefined) => {
    if (value === undefined || value === null || value === '') return;
    out.push(`${source}${SEP}${key}${SEP}${clean(String(value))}`);
  };
  const names = (p.names ?? {}) as Record<string, string>;
  // Every source supporting a node says so, even when it adds no name (a lexicon entity it refers to).
  add('ref', source.startsWith('lexicon:') ? 'lexicon' : 'article');
  if (curated) add('name', p.name as string);
  for (const [l, n] of Object.entries(names).sort()) add(`name@${l}`, n);
  for (const a of (p.aliases as string[] | undefined) ?? []) add('alias', a);
  for (const k of SCALAR_KEYS) add(k, p[k] as string | undefined);
  for (const [k, v] of Object.entries(p).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (SKIP.has(k)) continue;
    if (Array.isArray(v)) for (const x of v) add(`fact:${k}`, x);
    else add(`fact:${k}`, v);
  }
  const keyTexts = [p.name, ...Object.values(names), ...((p.aliases as string[]) ?? []), p.acronym, p.designation];
  const keys = new Set<string>();
  for (const t of keyTexts) if (typeof t === 'string') for (const k of lookupKeys(t)) keys.add(k);
  for (const k of [...keys].sort()) add('key', k);
  return [...new Set(out)];
}

export function encodeEvidence(source: string, e: Evidence): string {
  return [source, e.locale, e.section, e.quote].map(clean).join(SEP);
}

export function relationshipClaims(source: string, rel: GraphRelationship): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(rel.properties).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const x of Array.isArray(v) ? v : [v]) out.push(`${source}${SEP}${k}${SEP}${clean(String(x))}`);
  }
  return [...new Set(out)];
}

/** Cypher expression: distinct elements of a list, first occurrence order. */
const distinct = (list: string) => `reduce(acc = [], x IN ${list} | CASE WHEN x IN acc THEN acc ELSE acc + [x] END)`;
const values = (key: string) => `[x IN p WHERE x[1] = '${key}' | x[2]]`;

/** Cypher fragment: with `n` bound, recomputes its derived properties from its claims. */
export const REFRESH_ENTITY = `
WITH n, [c IN coalesce(n.claims, []) WHERE c STARTS WITH 'lexicon:'] + [c IN coalesce(n.claims, []) WHERE NOT c STARTS WITH 'lexicon:'] AS ordered
WITH n, [c IN ordered | split(c, $sep)] AS p
SET n.name = coalesce(head(${values('name')}), head(${values('name@en')}), head([x IN p WHERE x[1] STARTS WITH 'name@' | x[2]]), n.id),
    n.names = ${distinct(`[x IN p WHERE x[1] STARTS WITH 'name@' | substring(x[1], 5) + $sep + x[2]]`)},
    n.aliases = ${distinct(values('alias'))},
    n.acronym = head(${values('acronym')}),
    n.designation = head(${values('designation')}),
    n.type = head(${values('type')}),
    n.kind = head(${values('kind')}),
    n.title = head(${values('title')}),
    n.facts = ${distinct(`[x IN p WHERE x[1] STARTS WITH 'fact:' | substring(x[1], 5) + $sep + x[2]]`)},
    n.lookupKeys = ${distinct(values('key'))},
    n.sources = ${distinct('[x IN p | x[0]]')},
    n.curated = any(x IN p WHERE x[0] STARTS WITH 'lexicon:'),
    n.searchText = reduce(s = '', x IN ${distinct(`[x IN p WHERE x[1] IN ['name', 'alias', 'acronym', 'designation', 'title'] OR x[1] STARTS WITH 'name@' | x[2]]`)} | s + x + '\\n')`;

/** Cypher fragment: with `r` bound, recomputes its derived properties. */
export const REFRESH_RELATIONSHIP = `
WITH r, [c IN coalesce(r.claims, []) | split(c, $sep)] AS p
SET r.serviceModels = ${distinct(values('serviceModels'))},
    r.evidenceCount = size(r.evidence)`;
