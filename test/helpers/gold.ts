/**
 * Shared loading and scoring for the hand-read gold edge lists (test/fixtures/gold/*.json): an extracted
 * relation counts for a gold article when it is one of the scored types and carries evidence quoted from
 * that article; lexicon-only evidence does not count.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { GraphDocument } from '../../src/ingest/types.ts';
import { ROOT } from './extract.ts';

export interface GoldEdge {
  article: string;
  type: string;
  from: string;
  to: string;
}

export interface GoldFile {
  types: string[];
  articles: string[];
  edges: GoldEdge[];
  /**
   * Ids the extractor gives entities the gold list names by other ids (a CJK title or name where the
   * gold has a romanised id), mapped to the gold id; applied to extracted edges and entities.
   */
  equivalents?: Record<string, string>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Reads a gold file given relative to the repository root. */
export function loadGold(relPath: string): GoldFile {
  return JSON.parse(readFileSync(path.join(ROOT, relPath), 'utf8')) as GoldFile;
}

/** `article|type|from|to`, the unit of comparison. */
export const key = (e: GoldEdge) => `${e.article}|${e.type}|${e.from}|${e.to}`;

export const keyType = (k: string) => k.split('|')[1] ?? '';
/** The locale of a key, from its article path (`ja-jp/offering-x.md` → `ja-jp`). */
export const keyLocale = (k: string) => k.split('/')[0] ?? '';

/** The scored relations of the document, one edge per gold article among their evidence. */
export function extractedEdges(document: GraphDocument, gold: GoldFile): GoldEdge[] {
  const types = new Set(gold.types);
  const articles = new Set(gold.articles);
  const edges: GoldEdge[] = [];
  for (const r of document.relationships) {
    if (!types.has(r.type)) continue;
    const from = new Set(r.evidence.map((e) => e.article).filter((a) => articles.has(a)));
    const [start, end] = [r.start, r.end].map((id) => gold.equivalents?.[id] ?? id) as [string, string];
    for (const article of from) edges.push({ article, type: r.type, from: start, to: end });
  }
  return edges;
}

export function score(goldKeys: Set<string>, found: Set<string>): Score {
  let tp = 0;
  for (const k of found) if (goldKeys.has(k)) tp++;
  const fp = found.size - tp;
  const fn = goldKeys.size - tp;
  return {
    tp,
    fp,
    fn,
    precision: found.size === 0 ? 1 : tp / found.size,
    recall: goldKeys.size === 0 ? 1 : tp / goldKeys.size,
  };
}

/** Scores per type plus `overall`, over the keys that `keep` admits (all by default). */
export function scoreByType(
  types: string[],
  goldKeys: Set<string>,
  extractedKeys: Set<string>,
  keep: (k: string) => boolean = () => true,
): Map<string, Score> {
  const subset = (keys: Set<string>, type?: string) =>
    new Set([...keys].filter((k) => keep(k) && (type === undefined || keyType(k) === type)));
  const scores = new Map<string, Score>();
  for (const type of types) scores.set(type, score(subset(goldKeys, type), subset(extractedKeys, type)));
  scores.set('overall', score(subset(goldKeys), subset(extractedKeys)));
  return scores;
}

/** Rows for `console.table`. */
export function scoreRows(scores: Map<string, Score>, label = 'type') {
  return [...scores].map(([name, s]) => ({
    [label]: name,
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    precision: s.precision.toFixed(3),
    recall: s.recall.toFixed(3),
  }));
}

/** Sorted false positives and false negatives. */
export function errors(goldKeys: Set<string>, extractedKeys: Set<string>) {
  return {
    fps: [...extractedKeys].filter((k) => !goldKeys.has(k)).sort(),
    fns: [...goldKeys].filter((k) => !extractedKeys.has(k)).sort(),
  };
}

export type Floors = Record<string, { precision: number; recall: number }>;

/** Fails when any scored type (or `overall`) is below its floor; `scope` names it in the message. */
export function expectFloors(scores: Map<string, Score>, floors: Floors, scope = ''): void {
  for (const [type, floor] of Object.entries(floors)) {
    const s = scores.get(type);
    const at = `${scope ? `${scope} ` : ''}${type}`;
    expect(s, at).toBeDefined();
    expect(s?.precision, `${at} precision`).toBeGreaterThanOrEqual(floor.precision);
    expect(s?.recall, `${at} recall`).toBeGreaterThanOrEqual(floor.recall);
  }
}

/** Fails unless `edge` is both listed in the gold file and extracted. */
export function expectGoldEdge(edge: GoldEdge, goldKeys: Set<string>, extractedKeys: Set<string>): void {
  expect(goldKeys.has(key(edge)), 'listed in the gold file').toBe(true);
  expect(extractedKeys.has(key(edge)), 'extracted').toBe(true);
}

/**
 * Fails unless every edge names a listed article, a scored type and two entities of the graph, no
 * edge is listed twice, and every listed article gave the graph some relation.
 */
export function expectWellFormed(gold: GoldFile, document: GraphDocument): void {
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  const [articles, types] = [new Set(gold.articles), new Set(gold.types)];
  expect(new Set(gold.edges.map(key)).size).toBe(gold.edges.length);
  for (const e of gold.edges) {
    expect(articles.has(e.article), key(e)).toBe(true);
    expect(types.has(e.type), key(e)).toBe(true);
    expect(nodeIds.has(e.from), `${key(e)}: unknown ${e.from}`).toBe(true);
    expect(nodeIds.has(e.to), `${key(e)}: unknown ${e.to}`).toBe(true);
  }
  for (const a of gold.articles) {
    expect(
      document.relationships.some((r) => r.evidence.some((x) => x.article === a)),
      a,
    ).toBe(true);
  }
}

/**
 * Like `expectWellFormed`, for gold lists that name entities the extractor may fail to discover: only
 * endpoints for which `mustExist` holds (the lexicon's entities) have to be nodes of the graph; any
 * other endpoint may be missing, and then its edges simply count as misses.
 */
export function expectWellFormedKnown(
  gold: GoldFile,
  document: GraphDocument,
  mustExist: (id: string) => boolean,
): void {
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  const [articles, types] = [new Set(gold.articles), new Set(gold.types)];
  expect(new Set(gold.edges.map(key)).size).toBe(gold.edges.length);
  for (const e of gold.edges) {
    expect(articles.has(e.article), key(e)).toBe(true);
    expect(types.has(e.type), key(e)).toBe(true);
    expect(e.from, key(e)).toMatch(/^(certification|authority|standard|service|jurisdiction):[^\s:]+$/u);
    expect(e.to, key(e)).toMatch(/^(certification|authority|standard|service|jurisdiction):[^\s:]+$/u);
    for (const id of [e.from, e.to]) if (mustExist(id)) expect(nodeIds.has(id), `${key(e)}: unknown ${id}`).toBe(true);
  }
  for (const a of gold.articles) {
    expect(
      document.relationships.some((r) => r.evidence.some((x) => x.article === a)),
      a,
    ).toBe(true);
  }
}

/** Entity ids a reader expects the graph to have from each article (`entities` of a gold file). */
export type EntityGold = Record<string, string[]>;

export function loadEntityGold(relPath: string): EntityGold {
  const raw = JSON.parse(readFileSync(path.join(ROOT, relPath), 'utf8')) as { entities?: EntityGold };
  return raw.entities ?? {};
}

/** Entities the graph has from `article`: endpoints of relationships (MENTIONS included) quoting it. */
export function entitiesFrom(document: GraphDocument, article: string): Set<string> {
  const out = new Set<string>();
  for (const r of document.relationships) {
    if (!r.evidence.some((e) => e.article === article)) continue;
    out.add(r.start);
    out.add(r.end);
  }
  return out;
}

export interface EntityScore {
  found: number;
  total: number;
  recall: number;
  /** `article|id` of every expected entity the graph does not have from its article. */
  missing: string[];
}

/** Recall of expected entities over the articles `keep` admits (all by default). */
export function entityRecall(
  expected: EntityGold,
  document: GraphDocument,
  keep: (article: string) => boolean = () => true,
  equivalents: Record<string, string> = {},
): EntityScore {
  let found = 0;
  let total = 0;
  const missing: string[] = [];
  for (const [article, ids] of Object.entries(expected)) {
    if (!keep(article)) continue;
    const have = new Set([...entitiesFrom(document, article)].map((id) => equivalents[id] ?? id));
    for (const id of ids) {
      total++;
      if (have.has(id)) found++;
      else missing.push(`${article}|${id}`);
    }
  }
  return { found, total, recall: total === 0 ? 1 : found / total, missing: missing.sort() };
}

/** Scores per locale and over all of them (`all`), each per relation type and `overall`. */
export function scoresByLocale(
  gold: GoldFile,
  goldKeys: Set<string>,
  extractedKeys: Set<string>,
  locales: string[],
): Map<string, Map<string, Score>> {
  const scopes = new Map<string, Map<string, Score>>();
  for (const locale of locales)
    scopes.set(
      locale,
      scoreByType(gold.types, goldKeys, extractedKeys, (k) => keyLocale(k) === locale),
    );
  scopes.set('all', scoreByType(gold.types, goldKeys, extractedKeys));
  return scopes;
}

/** Prints every scope's table, then fails when a scope named in `floors` is below one of its floors. */
export function expectScopeFloors(scopes: Map<string, Map<string, Score>>, floors: Record<string, Floors>): void {
  for (const [scope, scores] of scopes) {
    console.log(scope);
    console.table(scoreRows(scores));
  }
  for (const [scope, f] of Object.entries(floors)) {
    const scores = scopes.get(scope);
    expect(scores, scope).toBeDefined();
    expectFloors(scores ?? new Map(), f, scope);
  }
}

/** Prints the false positives and negatives per locale; their counts must agree with the scores. */
export function expectErrorsPerLocale(
  goldKeys: Set<string>,
  extractedKeys: Set<string>,
  scopes: Map<string, Map<string, Score>>,
  locales: string[],
): void {
  const all = errors(goldKeys, extractedKeys);
  for (const locale of locales) {
    const fps = all.fps.filter((k) => keyLocale(k) === locale);
    const fns = all.fns.filter((k) => keyLocale(k) === locale);
    console.log(`${locale} false positives (${fps.length}):\n${fps.join('\n')}`);
    console.log(`${locale} false negatives (${fns.length}):\n${fns.join('\n')}`);
    expect(fps.length).toBe(scopes.get(locale)?.get('overall')?.fp);
    expect(fns.length).toBe(scopes.get(locale)?.get('overall')?.fn);
  }
  expect(all.fps.length).toBe(scopes.get('all')?.get('overall')?.fp);
  expect(all.fns.length).toBe(scopes.get('all')?.get('overall')?.fn);
}
