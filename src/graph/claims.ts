/**
 * How facts are stored so that each source (article or lexicon file) can be retracted exactly:
 * - an entity keeps `support`, the number of stored sources that name it (their `nodeIds`), and
 *   `claims`: strings `<source>␟<key>␟<value>`, none for a source that only refers to it; its readable properties (name, names,
 *   aliases, acronym, type, facts, lookupKeys, searchText, curated) are derived from them by
 *   REFRESH_ENTITY below, lexicon claims first; an entity no source names (an offering known only
 *   from links) is named by its first alias, then its id;
 * - a relationship keeps `evidence`: strings `<source>␟<locale>␟<section>␟<quote>`, and `claims` for
 *   its properties (serviceModels); it exists while it has evidence.
 * Sources are `article:<path>` ids; lexicon files are articles too, with `curated: true`.
 */
import { lookupKeys } from '../ingest/normalize.ts';
import type { Evidence, GraphNode, GraphRelationship, PropertyValue } from '../ingest/types.ts';

export const SEP = '\u001f';
const clean = (s: string) => s.replaceAll(SEP, ' ');

const SCALAR_KEYS = ['acronym', 'designation', 'type', 'kind', 'title'] as const;
const SKIP = new Set([
  'name',
  'names',
  'aliases',
  'path',
  'locale',
  'hash',
  'lang',
  'jurisdiction',
  'factEvidence',
  ...SCALAR_KEYS,
]);

/** Claims one source makes about one node, in a stable order. */
export function nodeClaims(source: string, node: GraphNode, curated: boolean): string[] {
  const p = node.properties;
  const out: string[] = [];
  const add = (key: string, value: PropertyValue | undefined) => {
    if (value === undefined || value === null || value === '') return;
    out.push(`${source}${SEP}${key}${SEP}${clean(String(value))}`);
  };
  const names = (p.names ?? {}) as Record<string, string>;
  if (curated) add('name', p.name as string);
  for (const [l, n] of Object.entries(names).sort()) add(`name@${l}`, n);
  for (const a of (p.aliases as string[] | undefined) ?? []) add('alias', a);
  for (const k of SCALAR_KEYS) add(k, p[k] as string | undefined);
  // "key: sentence" quotes of scheme facts become per-fact quote claims.
  for (const q of (p.factEvidence as string[] | undefined) ?? []) {
    const i = q.indexOf(': ');
    if (i > 0) add(`quote:${q.slice(0, i)}`, q.slice(i + 2));
  }
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

/**
 * Cypher fragment: with `n` bound, recomputes its derived properties from its claims, lexicon claims
 * first. One pass over the claims with hashed DISTINCT, so the cost is linear in their number.
 * `nameRank` records which claim `name` came from (0 lexicon name, 1 English name, 2 any name,
 * 3 alias, 4 the id), for REFRESH_ENTITY_DELTA. Each lookup key is also a `(:LookupKey {key})-[:KEY_OF]->(n)` (a unique index, so a lookup by
 * name is an index seek: a list property's elements are not indexed), synced only when the keys
 * changed; keys no entity has any more are deleted. Relies on the key relationships mirroring
 * `lookupKeys` (every writer keeps them so): the stale ones are found by key, with the unique index,
 * never by scanning the LookupKey label — a plan cached while the graph was empty once chose that
 * scan for `(k:LookupKey)-[:KEY_OF]->(n)`, and with KEEP_PLAN kept it (finding 14).
 */
export const REFRESH_ENTITY = `
WITH n, n.lookupKeys AS keysBefore
CALL (n) {
  WITH coalesce(n.claims, []) AS cs
  UNWIND range(0, size(cs) - 1) AS i
  WITH i, split(cs[i], $sep) AS x
  ORDER BY CASE WHEN x[0] STARTS WITH 'lexicon:' THEN 0 ELSE 1 END, i
  RETURN
    collect(CASE WHEN x[1] = 'name' THEN x[2] END) AS canon,
    collect(CASE WHEN x[1] = 'name@en' THEN x[2] END) AS english,
    collect(DISTINCT CASE WHEN x[1] STARTS WITH 'name@' THEN substring(x[1], 5) + $sep + x[2] END) AS names,
    collect(DISTINCT CASE WHEN x[1] = 'alias' THEN x[2] END) AS aliases,
    collect(CASE WHEN x[1] = 'acronym' THEN x[2] END) AS acronyms,
    collect(CASE WHEN x[1] = 'designation' THEN x[2] END) AS designations,
    collect(CASE WHEN x[1] = 'type' THEN x[2] END) AS types,
    collect(CASE WHEN x[1] = 'kind' THEN x[2] END) AS kinds,
    collect(CASE WHEN x[1] = 'title' THEN x[2] END) AS titles,
    collect(DISTINCT CASE WHEN x[1] STARTS WITH 'fact:' THEN substring(x[1], 5) + $sep + x[2] END) AS facts,
    collect(DISTINCT CASE WHEN x[1] STARTS WITH 'quote:' THEN substring(x[1], 6) + $sep + x[2] END) AS quotes,
    collect(DISTINCT CASE WHEN x[1] = 'key' THEN x[2] END) AS keys,
    collect(DISTINCT x[0]) AS sources,
    collect(DISTINCT CASE WHEN x[1] IN ['name', 'alias', 'acronym', 'designation', 'title'] OR x[1] STARTS WITH 'name@' THEN x[2] END) AS texts
}
SET n.name = coalesce(head(canon), head(english), head([x IN names | split(x, $sep)[1]]), head(aliases), n.id),
    n.names = names,
    n.aliases = aliases,
    n.acronym = head(acronyms),
    n.designation = head(designations),
    n.type = head(types),
    n.kind = head(kinds),
    n.title = head(titles),
    n.facts = facts,
    n.factQuotes = quotes,
    n.lookupKeys = keys,
    n.nameRank = CASE WHEN size(canon) > 0 THEN 0 WHEN size(english) > 0 THEN 1 WHEN size(names) > 0 THEN 2 WHEN size(aliases) > 0 THEN 3 ELSE 4 END,
    n.curated = any(x IN sources WHERE x STARTS WITH 'lexicon:'),
    n.searchText = reduce(s = '', x IN texts | s + x + '\\n')
WITH n, keysBefore WHERE keysBefore IS NULL OR keysBefore <> n.lookupKeys
CALL (n, keysBefore) {
  UNWIND [key IN coalesce(keysBefore, []) WHERE NOT key IN n.lookupKeys] AS key
  MATCH (k:LookupKey {key: key})-[kr:KEY_OF]->(n)
  DELETE kr
  WITH k WHERE NOT EXISTS { (k)-[:KEY_OF]->() }
  DELETE k
}
CALL (n) {
  UNWIND n.lookupKeys AS key
  MERGE (k:LookupKey {key: key})
  MERGE (k)-[:KEY_OF]->(n)
}`;

/** What claims appended after all of an entity's others add to its derived properties. */
export interface ClaimDelta {
  id: string;
  /** First-occurrence order, distinct, as REFRESH_ENTITY collects them. */
  names: string[];
  aliases: string[];
  facts: string[];
  quotes: string[];
  keys: string[];
  texts: string[];
  acronym: string | null;
  designation: string | null;
  type: string | null;
  kind: string | null;
  title: string | null;
  /** The name these claims would give, and its rank (see REFRESH_ENTITY; 4 = none). */
  name: string | null;
  nameRank: number;
}

/** Keys whose values go into searchText besides `name@…` (a lexicon `name` never reaches a delta). */
const TEXT_KEYS = new Set(['alias', 'acronym', 'designation', 'title']);

/**
 * The delta of `claims` (in append order) for REFRESH_ENTITY_DELTA, or null when they cannot be
 * applied as a delta and the entity needs REFRESH_ENTITY: a lexicon claim sorts before existing
 * claims (and may carry the canonical name), and a text with a line break would defeat the
 * membership test on `searchText`.
 */
export function claimDelta(id: string, claims: readonly string[]): ClaimDelta | null {
  const names = new Set<string>();
  const aliases = new Set<string>();
  const facts = new Set<string>();
  const quotes = new Set<string>();
  const keys = new Set<string>();
  const texts = new Set<string>();
  const first = new Map<string, string>();
  for (const c of claims) {
    const [source = '', key = '', value = ''] = c.split(SEP);
    if (source.startsWith('lexicon:') || key === 'name') return null;
    const named = key.startsWith('name@');
    if (named || TEXT_KEYS.has(key)) {
      if (value.includes('\n')) return null;
      texts.add(value);
    }
    if (named) names.add(`${key.slice(5)}${SEP}${value}`);
    else if (key === 'alias') aliases.add(value);
    else if (key.startsWith('fact:')) facts.add(`${key.slice(5)}${SEP}${value}`);
    else if (key.startsWith('quote:')) quotes.add(`${key.slice(6)}${SEP}${value}`);
    else if (key === 'key') keys.add(value);
    if (!first.has(key)) first.set(key, value);
  }
  const english = first.get('name@en');
  const anyName = [...names][0]?.split(SEP)[1];
  const alias = [...aliases][0];
  const [name, nameRank] = english ? [english, 1] : anyName ? [anyName, 2] : alias ? [alias, 3] : [null, 4];
  const scalar = (key: string) => first.get(key) ?? null;
  return {
    id,
    names: [...names],
    aliases: [...aliases],
    facts: [...facts],
    quotes: [...quotes],
    keys: [...keys],
    texts: [...texts],
    acronym: scalar('acronym'),
    designation: scalar('designation'),
    type: scalar('type'),
    kind: scalar('kind'),
    title: scalar('title'),
    name,
    nameRank,
  };
}

/**
 * Cypher fragment: with `n` (refreshed before: `nameRank` set) and `row` (a ClaimDelta) bound,
 * brings the derived properties to what REFRESH_ENTITY gives after the row's claims were appended:
 * new list elements go last, a scalar keeps its value unless it had none, the name changes only to a
 * better-ranked one. Linear in the delta times the lists it is checked against, not in all claims.
 * Lookup keys are only added (a delta removes none).
 */
export const REFRESH_ENTITY_DELTA = `
WITH n, row,
  [x IN row.names WHERE NOT x IN n.names] AS names,
  [x IN row.aliases WHERE NOT x IN n.aliases] AS aliases,
  [x IN row.facts WHERE NOT x IN n.facts] AS facts,
  [x IN row.quotes WHERE NOT x IN n.factQuotes] AS quotes,
  [x IN row.keys WHERE NOT x IN n.lookupKeys] AS keys,
  [x IN row.texts WHERE NOT ('\\n' + n.searchText) CONTAINS ('\\n' + x + '\\n')] AS texts,
  row.nameRank < n.nameRank AS renamed
SET n.names = n.names + names,
    n.aliases = n.aliases + aliases,
    n.facts = n.facts + facts,
    n.factQuotes = n.factQuotes + quotes,
    n.lookupKeys = n.lookupKeys + keys,
    n.searchText = n.searchText + reduce(s = '', x IN texts | s + x + '\\n'),
    n.acronym = coalesce(n.acronym, row.acronym),
    n.designation = coalesce(n.designation, row.designation),
    n.type = coalesce(n.type, row.type),
    n.kind = coalesce(n.kind, row.kind),
    n.title = coalesce(n.title, row.title),
    n.name = CASE WHEN renamed THEN row.name ELSE n.name END,
    n.nameRank = CASE WHEN renamed THEN row.nameRank ELSE n.nameRank END
WITH n, keys WHERE size(keys) > 0
CALL (n, keys) {
  UNWIND keys AS key
  MERGE (k:LookupKey {key: key})
  MERGE (k)-[:KEY_OF]->(n)
}`;

/** Cypher fragment: with `r` bound, recomputes `serviceModels` from its claims. */
export const REFRESH_SERVICE_MODELS = `
WITH r, [c IN coalesce(r.claims, []) | split(c, $sep)] AS p
SET r.serviceModels = ${distinct(values('serviceModels'))}`;

/** Cypher fragment: with `r` bound, recomputes its derived properties (serviceModels, evidenceCount). */
export const REFRESH_RELATIONSHIP = `${REFRESH_SERVICE_MODELS},
    r.evidenceCount = size(r.evidence)`;
