/**
 * ParsedArticle → ArticleFacts. Deterministic: the same article and lexicon give the same facts in
 * the same order. Every relationship carries the sentence (a verbatim substring of the article) it
 * came from; the described certification is the article's topic.
 */
import { guessKind, type KnownSpans } from './acronyms.ts';
import { adoptionBasis } from './adoption.ts';
import type { ParsedArticle } from './article.ts';
import { discoverBodyNames } from './body-names.ts';
import { discoverCjkNames } from './cjk-bodies.ts';
import { applies, coversFromItem, coversFromModels } from './coverage.ts';
import { carriedStandards, certificationOf, designationBasis } from './designation-basis.ts';
import { withListedDesignations } from './designation-lists.ts';
import { withoutDesignationTitles } from './designation-titles.ts';
import { discoverPairs } from './discovery.ts';
import { FactSink, type Unit, units } from './fact-sink.ts';
import { findFacts } from './facts.ts';
import { familyReference } from './family-reference.ts';
import { articleId, entityId } from './ids.ts';
import type { Lexicon } from './lexicon.ts';
import { linkTarget, offeringKey } from './links.ts';
import { extractLinks, type Link } from './markdown.ts';
import { type Candidate, Matcher, type Mention, undated } from './matcher.ts';
import { discoverNamedBodies } from './named-bodies.ts';
import { claimShortForms, readTitle } from './offering.ts';
import { discoverOwnLanguageBodies, OWN_NAME_LANGS } from './own-language-bodies.ts';
import { PluralReference } from './plural-reference.ts';
import { Discourse } from './referent.ts';
import { findRelations, mergeAdjacent } from './relations.ts';
import { discoverTiers } from './scheme-tiers.ts';
import { splitSentences } from './sentences.ts';
import { discoverStatutes } from './statute-names.ts';
import { normalizeSurface } from './text-index.ts';
import { labelledTiers, namedTiers, schemeAndTier, tiers } from './tiers.ts';
import type { ArticleFacts, GraphNode, PropertyValue } from './types.ts';

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

/** Names the matcher knows, so a CJK full name is not cut inside one. */
const knownIn =
  (matcher: Matcher): KnownSpans =>
  (text) =>
    matcher.find(text);

function describedCandidate(article: ParsedArticle, lexicon: Lexicon | null, matcher: Matcher): Candidate {
  const bySlug = lexicon?.entries.find((e) => e.kind === 'Certification' && e.articles.includes(article.slug));
  if (bySlug) return { id: bySlug.id, kind: 'Certification', name: bySlug.name };
  const title = readTitle(article.title, knownIn(matcher), article.text);
  for (const text of [article.title, title.name, title.short]) {
    if (!text) continue;
    const hit = matcher.lookup(text).find((c) => c.kind === 'Certification');
    if (hit) return hit;
  }
  return {
    id: entityId('Certification', offeringKey(article)),
    kind: 'Certification',
    name: title.name,
    discovered: true,
    ...(title.short && !title.inner ? { acronym: title.short } : {}),
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
  const title = readTitle(article.title, knownIn(matcher), described.discovered ? article.text : '');
  const titlePair = title.short ? { name: title.name, acronym: title.short } : undefined;
  sink.addName(described, title.name);
  matcher.addSurface(title.name, described);
  if (titlePair) {
    sink.addName(described, titlePair.acronym, true);
    matcher.addSurface(titlePair.acronym, described, true);
  }
  claimShortForms(described, title, matcher, lexicon, article.text);
  if (!certNode.properties.type && described.discovered)
    certNode.properties.type = guessKind(described.name, article.lang)?.type ?? 'certification';

  // Pass 1: "Full Name (ACR)" pairs teach names and discover entities before relations are read.
  discoverPairs(all, knownIn(matcher), { matcher, sink, described, lang: article.lang, lexicon });
  if (article.lang === 'en') discoverBodyNames(all, matcher, sink);
  if (article.lang === 'en') discoverStatutes(all, matcher, sink);
  if (article.lang === 'en') discoverNamedBodies(all, matcher, sink);
  if (OWN_NAME_LANGS.includes(article.lang)) discoverOwnLanguageBodies(all, article.lang, matcher, sink);
  discoverCjkNames(all, matcher, sink, lexicon, article.lang);
  discoverTiers(all, described, matcher, sink);
  adoptionBasis(all, matcher, sink);

  // Pass 2: sentences → mentions, relations, facts, services.
  const titleStandards = titleUnit?.kind === 'title' ? carriedStandards(titleUnit.raw, matcher) : [];
  const describedStandards = [...titleStandards];
  for (const c of carriedStandards(described.name, matcher))
    if (!describedStandards.some((x) => x.id === c.id)) describedStandards.push(c);
  const discourse = new Discourse(article.lang, described, describedStandards);
  const plural = new PluralReference();
  const issuedAgainst = certificationOf(lexicon, matcher);
  const schemeNames = [described.name, titlePair?.acronym, described.acronym].filter((x): x is string => !!x);
  const facts: Record<string, PropertyValue> = {};
  const factEvidence: string[] = [];
  for (const u of all) {
    const sentences = u.kind === 'title' ? [{ text: u.raw, start: 0 }] : splitSentences(u.raw);
    discourse.reset();
    for (const s of sentences) {
      const mentions = withListedDesignations(s.text, mergeAdjacent(s.text, matcher.find(s.text)), matcher);
      for (const m of mentions) {
        const c = preferred(m);
        if (c.id !== described.id) sink.mention(c, u, s.text);
        if (c.discovered && !sink.candidates.includes(c.name)) sink.candidates.push(c.name);
      }
      if (u.role !== 'resources' && u.kind !== 'title') {
        const named = withoutDesignationTitles(s.text, mentions);
        const { referent, refers, context } = discourse.next(s.text, named);
        const group = plural.next(s.text, named) ?? familyReference(s.text, article.lang, described);
        const found = [
          ...findRelations(s.text, named, article.lang, referent, issuedAgainst, group, context),
          ...designationBasis(s.text, named, matcher, described, describedStandards),
          ...namedTiers(named, matcher, described),
          ...labelledTiers(s.text, named, described, schemeNames, matcher),
        ];
        const [carried] = describedStandards;
        for (const r of found) {
          // A body publishes the one standard the described certification is issued against, not the certification.
          if (r.type === 'PUBLISHES' && r.end.id === described.id && carried && describedStandards.length === 1)
            r.end = carried;
          // An offering named by a standard's designation alone ("NEN 7510") is based on other standards
          // through that standard: the lineage is the standard's.
          if (
            r.type === 'BASED_ON' &&
            r.start.id === described.id &&
            r.end.kind === 'Standard' &&
            carried &&
            describedStandards.length === 1 &&
            r.end.id !== carried.id &&
            namedAfter(described, carried)
          )
            r.start = carried;
          // A scheme and its own tier are PART_OF, never a basis of one another.
          if (r.type === 'BASED_ON' && schemeAndTier(r.start, r.end, lexicon, matcher)) continue;
          sink.node(r.start);
          sink.node(r.end);
          sink.rel(r.type, r.start.id, r.end.id, u, s.text);
        }
        const scheme = (refers && referent.find((c) => c.kind === 'Certification')) || described;
        applies(s.text, mentions, u, sink, scheme, u.role === 'overview' && s === sentences[0]);
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
    for (const std of titleStandards) {
      sink.node(std);
      sink.rel('BASED_ON', described.id, std.id, titleUnit, titleUnit.raw);
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

/** True when the offering's name is the standard's designation and nothing more (but a bracketed place). */
function namedAfter(described: Candidate, standard: Candidate): boolean {
  const key = (t: string) => normalizeSurface(undated(t.replace(/\s*[(（][^)）]*[)）]\s*$/u, '')));
  return key(described.name) === key(standard.name);
}
