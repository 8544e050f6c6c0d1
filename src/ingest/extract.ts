/**
 * ParsedArticle → ArticleFacts. Deterministic: the same article and lexicon give the same facts in
 * the same order. Every relationship carries the sentence (a verbatim substring of the article) it
 * came from; the described certification is the article's topic.
 */
import { findAcronymPairs, guessKind, type KnownSpans } from './acronyms.ts';
import type { ParsedArticle } from './article.ts';
import { APPLIES_CUE } from './cues.ts';
import { findFacts } from './facts.ts';
import { articleId, entityId, toSlug } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import { linkTarget, offeringKey } from './links.ts';
import { extractLinks, type Link } from './markdown.ts';
import { type Candidate, Matcher, type Mention } from './matcher.ts';
import { findRelations, mergeAdjacent } from './relations.ts';
import { SERVICE_MODEL, type SectionRole, sectionRole, splitScopeItem } from './scope.ts';
import { splitSentences } from './sentences.ts';
import type { ArticleFacts, Evidence, GraphNode, GraphRelationship, PropertyValue, RelationType } from './types.ts';

const matchers = new WeakMap<Lexicon, Matcher>();
const EMPTY = new Matcher(null);

function matcherFor(lexicon: Lexicon | null): Matcher {
  if (!lexicon) return EMPTY;
  let m = matchers.get(lexicon);
  if (!m) {
    m = new Matcher(lexicon);
    matchers.set(lexicon, m);
  }
  return m;
}

const KIND_ORDER = ['Authority', 'Standard', 'Certification', 'Service', 'Jurisdiction'];
const preferred = (m: Mention): Candidate =>
  [...m.candidates].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0] as Candidate;
const TIER_WORDS =
  /\s*(?:Gold|Silver|Bronze|Platinum|High|Moderate|Low|Basic|Medium|Level\s*\d|Type\s*\d|Tier\s*\d|ゴールド|シルバー|ブロンズ|金|银|銀|Stufe\s*\d|Niveau\s*\d|Or|Argent)\s*/giu;

interface Unit {
  section: string;
  role: SectionRole;
  raw: string;
  kind: 'title' | 'paragraph' | 'item' | 'note' | 'heading';
}

class FactSink {
  nodes = new Map<string, GraphNode>();
  rels = new Map<string, GraphRelationship>();
  candidates: string[] = [];
  constructor(
    private article: ParsedArticle,
    private aid: string,
  ) {}

  node(c: Candidate): GraphNode {
    let n = this.nodes.get(c.id);
    if (!n) {
      n = { id: c.id, labels: [c.kind], properties: {} };
      if (c.placeholder) n.properties.aliases = [c.name];
      else if (c.discovered) {
        n.properties.name = c.name;
        n.properties.names = { [this.article.lang]: c.name };
        if (c.acronym) n.properties.acronym = c.acronym;
      }
      this.nodes.set(c.id, n);
    }
    return n;
  }

  addName(c: Candidate, name: string, asAlias = false): void {
    const p = this.node(c).properties;
    const names = (p.names ?? {}) as Record<string, string>;
    if (!asAlias && !names[this.article.lang]) {
      names[this.article.lang] = name;
      p.names = names;
    } else if (names[this.article.lang] !== name) {
      const aliases = (p.aliases as string[]) ?? [];
      if (!aliases.includes(name)) p.aliases = [...aliases, name];
    }
  }

  rel(
    type: RelationType,
    start: string,
    end: string,
    unit: Unit,
    quote: string,
    props: Record<string, PropertyValue> = {},
  ) {
    if (start === end) return;
    const key = `${type}|${start}|${end}`;
    let r = this.rels.get(key);
    if (!r) {
      r = { type, start, end, properties: {}, evidence: [] };
      this.rels.set(key, r);
    }
    for (const [k, v] of Object.entries(props)) {
      const prev = (r.properties[k] as string[]) ?? [];
      r.properties[k] = [...new Set([...prev, ...(v as string[])])];
    }
    const e: Evidence = { article: this.article.path, locale: this.article.locale, section: unit.section, quote };
    if (!r.evidence.some((x) => x.section === e.section && x.quote === e.quote)) r.evidence.push(e);
  }

  mention(c: Candidate, unit: Unit, quote: string) {
    this.node(c);
    const key = `MENTIONS|${this.aid}|${c.id}`;
    if (!this.rels.has(key)) this.rel('MENTIONS', this.aid, c.id, unit, quote);
  }
}

function units(article: ParsedArticle): Unit[] {
  const out: Unit[] = [];
  const title = article.h1?.text && article.text.includes(article.h1.text) ? article.h1.text : article.title;
  if (article.text.includes(title))
    out.push({ section: article.h1?.anchor ?? '', role: 'overview', raw: title, kind: 'title' });
  for (const s of article.sections) {
    const role = sectionRole(s);
    for (const b of s.blocks) out.push({ section: s.anchor, role, raw: b.raw, kind: b.kind });
  }
  return out;
}

/** Names the matcher knows, so a CJK full name is not cut inside one. */
const knownIn =
  (matcher: Matcher): KnownSpans =>
  (text) =>
    matcher.find(text);

/**
 * True when `name` ends with a name `c` is already known by: the words before it are context the
 * pair reader could not cut off ("…加入 CSA 云控制矩阵"), not a new name.
 */
function endsWithNameOf(matcher: Matcher, name: string, c: Candidate): boolean {
  return matcher.find(name).some((m) => m.end === name.length && m.candidates.some((x) => x.id === c.id));
}

function describedCandidate(article: ParsedArticle, lexicon: Lexicon | null, matcher: Matcher): Candidate {
  const bySlug = lexicon?.entries.find((e) => e.kind === 'Certification' && e.articles.includes(article.slug));
  if (bySlug) return { id: bySlug.id, kind: 'Certification', name: bySlug.name };
  const pair = findAcronymPairs(article.title, knownIn(matcher))[0];
  for (const text of [article.title, pair?.name, pair?.acronym]) {
    if (!text) continue;
    const hit = matcher.lookup(text).find((c) => c.kind === 'Certification');
    if (hit) return hit;
  }
  const name = pair?.name ?? article.title;
  return {
    id: entityId('Certification', offeringKey(article)),
    kind: 'Certification',
    name,
    discovered: true,
    ...(pair ? { acronym: pair.acronym } : {}),
  };
}

export function extractArticle(article: ParsedArticle, lexicon: Lexicon | null): ArticleFacts {
  const aid = articleId(article.path);
  const matcher = matcherFor(lexicon).fork();
  const sink = new FactSink(article, aid);
  const all = units(article);
  const described = describedCandidate(article, lexicon, matcher);
  const certNode = sink.node(described);
  const titleUnit = all[0];
  const titlePair = findAcronymPairs(article.title, knownIn(matcher))[0];
  sink.addName(described, titlePair?.name ?? article.title);
  matcher.addSurface(titlePair?.name ?? article.title, described);
  if (titlePair) {
    sink.addName(described, titlePair.acronym, true);
    matcher.addSurface(titlePair.acronym, described, true);
  }
  if (!certNode.properties.type && described.discovered)
    certNode.properties.type = guessKind(described.name, article.lang)?.type ?? 'certification';

  // Pass 1: "Full Name (ACR)" pairs teach names and discover entities before relations are read.
  for (const u of all) {
    for (const pair of findAcronymPairs(u.raw, knownIn(matcher))) {
      const known = [...matcher.lookup(pair.name), ...matcher.lookup(pair.acronym)];
      if (known.length > 0) {
        const c = known[0] as Candidate;
        if (c.id === described.id) continue;
        if (matcher.lookup(pair.name).length === 0 && !endsWithNameOf(matcher, pair.name, c))
          sink.addName(c, pair.name);
        if (matcher.lookup(pair.acronym).length === 0) sink.addName(c, pair.acronym, true);
        continue;
      }
      const guess = guessKind(pair.name, article.lang);
      if (!guess) continue;
      const c: Candidate = {
        id: entityId(guess.kind, toSlug(pair.acronym)),
        kind: guess.kind,
        name: pair.name,
        discovered: true,
        acronym: pair.acronym,
      };
      const n = sink.node(c);
      if (guess.type) n.properties.type = guess.type;
      if (guess.kind === 'Authority') n.properties.kind = 'other';
      matcher.addSurface(pair.name, c);
      matcher.addSurface(pair.acronym, c, true);
      const label = `${pair.name} (${pair.acronym})`;
      if (!sink.candidates.includes(label)) sink.candidates.push(label);
    }
  }

  // Pass 2: sentences → mentions, relations, facts, services.
  const facts: Record<string, PropertyValue> = {};
  const factEvidence: string[] = [];
  for (const u of all) {
    const sentences = u.kind === 'title' ? [{ text: u.raw, start: 0 }] : splitSentences(u.raw);
    for (const s of sentences) {
      const mentions = mergeAdjacent(s.text, matcher.find(s.text));
      for (const m of mentions) {
        const c = preferred(m);
        if (c.id !== described.id) sink.mention(c, u, s.text);
        if (c.discovered && !sink.candidates.includes(c.name)) sink.candidates.push(c.name);
      }
      if (u.role !== 'resources' && u.kind !== 'title') {
        for (const r of findRelations(s.text, mentions, article.lang, described)) {
          sink.node(r.start);
          sink.node(r.end);
          sink.rel(r.type, r.start.id, r.end.id, u, s.text);
        }
        applies(s.text, mentions, u, sink, described, u.role === 'overview' && s === sentences[0]);
        for (const f of findFacts(s.text)) {
          if (facts[f.key] === undefined) {
            facts[f.key] = f.value;
            factEvidence.push(`${f.key}: ${s.text}`);
          }
        }
      }
      if (u.role !== 'resources') coversFromModels(s.text, mentions, u, sink, described);
    }
    if (u.role === 'scope' && u.kind === 'item') coversFromItem(u, matcher, sink, described, article.lang);
    for (const link of extractLinks(u.raw)) linked(link, u, sink, described, lexicon, article, matcher);
  }
  Object.assign(certNode.properties, facts);
  if (factEvidence.length) certNode.properties.factEvidence = factEvidence;

  if (titleUnit?.kind === 'title') {
    sink.rel('DESCRIBES', aid, described.id, titleUnit, titleUnit.raw);
    tiers(described, matcher, sink, titleUnit, titlePair?.acronym);
    for (const m of matcher.find(titleUnit.raw)) {
      const std = m.candidates.find((c) => c.kind === 'Standard');
      if (std && !m.candidates.some((c) => c.id === described.id))
        sink.rel('BASED_ON', described.id, std.id, titleUnit, titleUnit.raw);
      if (std) sink.node(std);
    }
  }

  const nodes: GraphNode[] = [
    {
      id: aid,
      labels: ['Article'],
      properties: {
        path: article.path,
        locale: article.locale,
        title: article.title,
        hash: article.hash,
        ...(article.date ? { date: article.date } : {}),
      },
    },
    ...sink.nodes.values(),
  ];
  return {
    article: { id: aid, path: article.path, locale: article.locale, title: article.title, hash: article.hash },
    nodes,
    relationships: [...sink.rels.values()],
    candidates: sink.candidates,
    warnings: [],
  };
}

function applies(
  text: string,
  mentions: Mention[],
  u: Unit,
  sink: FactSink,
  described: Candidate,
  firstOfOverview: boolean,
) {
  const juris = mentions
    .map((m) => m.candidates.find((c) => c.kind === 'Jurisdiction'))
    .filter((c): c is Candidate => !!c);
  if (juris.length === 0) return;
  APPLIES_CUE.lastIndex = 0;
  const cue = APPLIES_CUE.exec(text);
  if (!cue && !firstOfOverview) return;
  const limit = cue ? cue.index : text.length;
  const cert =
    mentions
      .filter((m) => m.end <= limit)
      .map((m) => m.candidates.find((c) => c.kind === 'Certification'))
      .find((c) => !!c) ?? described;
  const targets = cue
    ? mentions
        .filter((m) => m.start >= cue.index)
        .map((m) => m.candidates.find((c) => c.kind === 'Jurisdiction'))
        .filter((c): c is Candidate => !!c)
    : juris.slice(0, 1);
  for (const j of targets) {
    sink.node(j);
    sink.node(cert);
    sink.rel('APPLIES_IN', cert.id, j.id, u, text);
  }
}

function coversFromModels(text: string, mentions: Mention[], u: Unit, sink: FactSink, described: Candidate) {
  const services = mentions.filter((m) => m.candidates.some((c) => c.kind === 'Service'));
  if (services.length === 0) return;
  const models = [...text.matchAll(SERVICE_MODEL)];
  if (models.length === 0) return;
  const byService = new Map<string, string[]>();
  for (const m of models) {
    const owner = [...services].reverse().find((s) => s.end <= (m.index ?? 0));
    if (!owner) continue;
    const svc = owner.candidates.find((c) => c.kind === 'Service') as Candidate;
    byService.set(svc.id, [...(byService.get(svc.id) ?? []), m[1] as string]);
  }
  for (const [id, list] of byService) {
    const svc = services.flatMap((s) => s.candidates).find((c) => c.id === id) as Candidate;
    sink.node(svc);
    sink.rel('COVERS', described.id, id, u, text, { serviceModels: [...new Set(list)] });
  }
}

function coversFromItem(u: Unit, matcher: Matcher, sink: FactSink, described: Candidate, lang: string) {
  const item = splitScopeItem(u.raw);
  const props: Record<string, PropertyValue> = item.models.length ? { serviceModels: item.models } : {};
  const found = matcher.find(u.raw).flatMap((m) => m.candidates.filter((c) => c.kind === 'Service').slice(0, 1));
  if (found.length > 0) {
    for (const svc of found) {
      sink.node(svc);
      sink.rel('COVERS', described.id, svc.id, u, u.raw, props);
    }
    return;
  }
  for (const name of item.names) {
    const svc: Candidate = { id: entityId('Service', toSlug(name)), kind: 'Service', name, discovered: true };
    sink.node(svc).properties.names = { [lang]: name };
    sink.rel('COVERS', described.id, svc.id, u, u.raw, props);
    if (!sink.candidates.includes(name)) sink.candidates.push(name);
  }
}

/** A link names an entity: the owner of its host is mentioned, a linked offering is RELATED_TO. */
function linked(
  link: Link,
  u: Unit,
  sink: FactSink,
  described: Candidate,
  lexicon: Lexicon | null,
  article: ParsedArticle,
  matcher: Matcher,
) {
  const found = linkTarget(link, article, lexicon, matcher);
  if (!found || (found.via === 'offering' && found.target.id === described.id)) return;
  const quote =
    u.kind === 'title' ? u.raw : (splitSentences(u.raw).find((s) => s.text.includes(link.href))?.text ?? u.raw);
  if (found.via === 'owner') {
    sink.mention(found.target, u, quote);
    return;
  }
  sink.node(found.target);
  sink.rel('RELATED_TO', described.id, found.target.id, u, quote);
}

/** "Cloud Security Mark Gold" without its tier word names the parent scheme: PART_OF. */
function tiers(described: Candidate, matcher: Matcher, sink: FactSink, u: Unit, acronym: string | undefined) {
  for (const name of [u.raw, described.name, acronym]) {
    if (!name || !TIER_WORDS.test(name)) continue;
    TIER_WORDS.lastIndex = 0;
    const parentName = name
      .replace(TIER_WORDS, ' ')
      .replace(/\s*[(（][^)）]*[)）]\s*$/, '')
      .trim();
    TIER_WORDS.lastIndex = 0;
    const parent = matcher.lookup(parentName).find((c) => c.kind === 'Certification' && c.id !== described.id);
    if (parent) {
      sink.node(parent);
      sink.rel('PART_OF', described.id, parent.id, u, u.raw);
      return;
    }
  }
}
