import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, ids } from '../helpers/api.ts';
import { testGraph } from '../helpers/graph.ts';

const graph = testGraph();
const { gql } = apiClient(graph);

afterAll(() => graph.close());

describe('lookups by id and by name', () => {
  it('finds a standard by any spelling of its name: case, width and the ISO/IEC prefix do not matter', async () => {
    const { data, errors } = await gql(`{
      a: standard(name: "iso/iec 27017") { id }
      b: standard(name: "ＩＳＯ／ＩＥＣ　２７０１７") { id }
      c: standard(name: "ISO 27017") { id }
      d: standard(name: "ISO/IEC 27017:2015") { id }
      e: standard(id: "standard:iso-iec-27017") { id designation }
    }`);
    expect(errors).toBeUndefined();
    for (const k of ['a', 'b', 'c', 'd', 'e']) expect(data?.[k]?.id).toBe('standard:iso-iec-27017');
    expect(data?.e.designation).toBe('ISO/IEC 27017');
  });

  it('finds authorities and certifications by acronym, alias or a name in another language', async () => {
    const { data, errors } = await gql(`{
      a: authority(name: "jasa") { id }
      b: authority(name: "日本セキュリティ監査協会") { id }
      c: certification(name: "CSゴールドマーク") { id }
      d: certification(name: "cloud security mark gold") { id }
      e: jurisdiction(name: "日本") { id }
      f: service(name: "Intune") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      a: { id: 'authority:jasa' },
      b: { id: 'authority:jasa' },
      c: { id: 'certification:cs-gold-mark' },
      d: { id: 'certification:cs-gold-mark' },
      e: { id: 'jurisdiction:jp' },
      f: { id: 'service:intune' },
    });
  });

  it('answers null for an unknown name or id, and BAD_USER_INPUT for malformed arguments', async () => {
    const ok = await gql(
      '{ a: certification(name: "no such scheme at all") { id } b: certification(id: "certification:nope") { id } }',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ a: null, b: null });
    for (const q of [
      '{ certification(id: "authority:jasa") { id } }',
      '{ certification { id } }',
      '{ certification(id: "certification:cs-mark", name: "CS Mark") { id } }',
      '{ certification(name: "!!!") { id } }',
    ]) {
      const { errors } = await gql(q);
      expect(errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });

  it('exposes names per locale, a localized name, aliases and acronym', async () => {
    const { data } = await gql(`{ certification(id: "certification:cs-mark") {
      name ja: name(locale: "ja") xx: name(locale: "xx") names { locale name } aliases acronym kind curated
    } }`);
    const c = data?.certification;
    expect(c.name).toBe('Cloud Security Mark');
    expect(c.ja).toBe('クラウドセキュリティマーク');
    expect(c.xx).toBe('Cloud Security Mark');
    expect(c.names).toContainEqual({ locale: 'ja', name: 'クラウドセキュリティマーク' });
    expect(c.names).toContainEqual({ locale: 'en', name: 'Cloud Security Mark' });
    expect(c.aliases).toContain('CSマーク');
    expect(c.acronym).toBe('CS Mark');
    expect(c.kind).toBe('CERTIFICATION');
    expect(c.curated).toBe(true);
  });
});

describe('Relay nodes', () => {
  it('resolves global ids of every type, in order, null for unknown ones', async () => {
    const { data, errors } = await gql(`{
      node(id: "authority:jasa") { id __typename ... on Authority { acronym } }
      nodes(ids: ["standard:iso-iec-27002", "article:ja-jp/offering-cs-gold-mark.md", "service:nope", "jurisdiction:jp"]) {
        id __typename
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ id: 'authority:jasa', __typename: 'Authority', acronym: 'JASA' });
    expect(data?.nodes).toEqual([
      { id: 'standard:iso-iec-27002', __typename: 'Standard' },
      { id: 'article:ja-jp/offering-cs-gold-mark.md', __typename: 'Article' },
      null,
      { id: 'jurisdiction:jp', __typename: 'Jurisdiction' },
    ]);
  });

  it('refuses malformed ids and too many ids with BAD_USER_INPUT', async () => {
    const bad = await gql('{ node(id: "no-prefix") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => `authority:x${i}`),
    });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves articles with what they describe and mention', async () => {
    const { data } = await gql(`{ node(id: "article:ja-jp/offering-cs-gold-mark.md") {
      ... on Article { path locale title curated describes { id } mentions { id } }
    } }`);
    expect(data?.node.path).toBe('ja-jp/offering-cs-gold-mark.md');
    expect(data?.node.locale).toBe('ja-JP');
    expect(data?.node.curated).toBe(false);
    expect(ids(data?.node.describes)).toEqual(['certification:cs-gold-mark']);
    expect(ids(data?.node.mentions)).toContain('authority:jasa');
  });
});

describe('filtered lists', () => {
  it('filters certifications by jurisdiction and type, with cursors and totalCount', async () => {
    const q = `query($after: String) {
      certifications(first: 2, after: $after, filter: { jurisdiction: "Japan", type: CERTIFICATION }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type jurisdiction { id } } }
      }
    }`;
    const first = await gql(q);
    expect(first.errors).toBeUndefined();
    const page1 = first.data?.certifications;
    expect(page1.edges).toHaveLength(2);
    expect(page1.totalCount).toBeGreaterThanOrEqual(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    for (const e of page1.edges) {
      expect(e.node.type).toBe('CERTIFICATION');
      expect(e.node.jurisdiction.id).toBe('jurisdiction:jp');
    }
    const second = await gql(q, { after: page1.pageInfo.endCursor });
    const page2 = second.data?.certifications;
    expect(page2.totalCount).toBe(page1.totalCount);
    const seen = new Set(page1.edges.map((e: { node: { id: string } }) => e.node.id));
    for (const e of page2.edges) expect(seen.has(e.node.id)).toBe(false);
    const all = await gql(
      '{ certifications(first: 100, filter: { jurisdiction: "jurisdiction:jp" }) { nodes { id } } }',
    );
    expect(ids(all.data?.certifications.nodes)).toEqual(
      expect.arrayContaining(['certification:cs-mark', 'certification:cs-gold-mark']),
    );
  });

  it('filters authorities, standards and services', async () => {
    const { data, errors } = await gql(`{
      authorities(filter: { kind: MINISTRY }, first: 100) { nodes { id authorityKind } }
      standards(filter: { publishedBy: "ISO" }, first: 100) { nodes { id } }
      derived: standards(filter: { basedOn: "ISO/IEC 27002" }, first: 100) { nodes { id } }
      jurisdictions(first: 100) { totalCount nodes { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(ids(data?.authorities.nodes)).toEqual(expect.arrayContaining(['authority:mic', 'authority:meti']));
    for (const a of data?.authorities.nodes ?? []) expect(a.authorityKind).toBe('MINISTRY');
    expect(ids(data?.standards.nodes)).toContain('standard:iso-iec-27017');
    expect(ids(data?.derived.nodes)).toContain('standard:iso-iec-27017');
    expect(ids(data?.jurisdictions.nodes)).toContain('jurisdiction:jp');
  });

  it('refuses a malformed cursor with BAD_USER_INPUT, in lists and in relations', async () => {
    const { errors } = await gql('{ certifications(after: "not-a-cursor") { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rel = await gql(
      '{ authority(id: "authority:jasa") { relations(after: "bm90LWEtY3Vyc29y") { totalCount } } }',
    );
    expect(rel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rel.errors?.[0]?.message).toMatch(/cursor/i);
  });
});

describe('relations with evidence', () => {
  it('gives each relation its evidence: article, locale, section and quote', async () => {
    const { data, errors } = await gql(`{ authority(id: "authority:jasa") {
      relations(direction: OUT, types: [ESTABLISHED_BY], first: 10) {
        totalCount
        edges { node { id type from { id } to { id } evidenceCount
          evidence { article { id path locale } locale section quote } } }
      }
    } }`);
    expect(errors).toBeUndefined();
    const rels = data?.authority.relations.edges.map((e: { node: unknown }) => e.node);
    expect(data?.authority.relations.totalCount).toBe(rels.length);
    expect(rels.map((r: { to: { id: string } }) => r.to.id).sort()).toEqual(['authority:meti', 'authority:mic']);
    for (const r of rels) {
      expect(r.type).toBe('ESTABLISHED_BY');
      expect(r.from.id).toBe('authority:jasa');
      expect(r.id).toBe(`authority:jasa|ESTABLISHED_BY|${r.to.id}`);
      expect(r.evidenceCount).toBe(r.evidence.length);
      for (const e of r.evidence) {
        expect(e.article.id).toBe(`article:${e.article.path}`);
        expect(e.locale.toLowerCase()).toBe(e.article.locale.toLowerCase());
        expect(e.section).not.toBe('');
        expect(e.quote.length).toBeGreaterThan(0);
      }
    }
  });

  it('marks curated relations, whose evidence quotes the lexicon', async () => {
    const { data } = await gql(`{ certification(id: "certification:cs-gold-mark") {
      relations(direction: OUT, types: [PART_OF]) { nodes { to { id } curated evidence { article { curated path } quote } } }
    } }`);
    const [rel] = data?.certification.relations.nodes ?? [];
    expect(rel.to.id).toBe('certification:cs-mark');
    expect(rel.curated).toBe(true);
    const lexicon = rel.evidence.find((e: { article: { curated: boolean } }) => e.article.curated);
    expect(lexicon.article.path).toMatch(/lexicon\/.*\.yaml$/);
    expect(lexicon.quote).toMatch(/partOf: cs-mark/);
  });

  it('finds a relation by its id, the same id graph() gives its edges', async () => {
    const id = 'certification:cs-gold-mark|PART_OF|certification:cs-mark';
    const { data, errors } = await gql(
      `query($id: ID!, $none: ID!) {
      relation(id: $id) { id type from { id } to { id } }
      none: relation(id: $none) { id }
    }`,
      { id, none: 'certification:cs-gold-mark|PART_OF|certification:cs-gold-mark' },
    );
    expect(errors).toBeUndefined();
    expect(data?.relation).toEqual({
      id,
      type: 'PART_OF',
      from: { id: 'certification:cs-gold-mark' },
      to: { id: 'certification:cs-mark' },
    });
    expect(data?.none).toBeNull();
    const bad = await gql('{ relation(id: "certification:cs-mark|LIKES|authority:jasa") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
