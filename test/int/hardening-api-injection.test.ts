/**
 * Hardening: injection strings (Cypher, Lucene/regex, Unicode confusables and controls) in every
 * string or ID argument of the API — root fields, filter fields and the fields of every entity type,
 * found by walking the schema — are treated as data: each answer is data, null, NOT_FOUND or
 * BAD_USER_INPUT, never an internal error or a leak, and the graph is unchanged afterwards.
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';
import { testGraph } from '../helpers/graph.ts';
import { countingApp, graphFingerprint, LEAK } from '../helpers/hardening-api.ts';

const graph = testGraph();
const api = countingApp(graph);
const schema = buildSchema();

afterAll(() => graph.close());

const PAYLOADS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "certification:cs-gold-mark'}) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //",
  '\\"; CALL db.clearQueryCaches() //',
  '$id',
  '*:*',
  'name:* OR id:*',
  '(ISO AND',
  'ISO~2 ^4 "unterminated',
  '/.*/',
  '(?i).*',
  '(a+)+$',
  '[[:alpha:]]{1,}\\',
  'ＩＳＯ／ＩＥＣ　２７００１',
  'ΙЅΟ 27001',
  '\u202eISO\u202c 27001',
  'ISO\u200b27001\ufeff',
  'a\u0000b',
  '\ud800',
  '__proto__',
  '{{7*7}}\u0024{7*7}',
  'x'.repeat(5_000),
];

/** A valid value for an argument that is not the one under test. */
const VALID: Record<string, unknown> = {
  id: 'certification:cs-gold-mark',
  from: 'authority:jasa',
  to: 'standard:iso-iec-27002',
  query: 'ISO',
  focus: ['certification:cs-gold-mark'],
  ids: ['certification:cs-gold-mark'],
  key: 'validityYears',
};

/** Where each entity type is reached from, to test the arguments of its fields. */
const ENTRY: Record<string, string> = {
  Certification: 'certification(id: "certification:cs-gold-mark")',
  Authority: 'authority(id: "authority:jasa")',
  Standard: 'standard(id: "standard:iso-iec-27001")',
  Service: 'service(id: "service:azure")',
  Jurisdiction: 'jurisdiction(id: "jurisdiction:jp")',
  Article: 'node(id: "article:en-us/offering-cs-gold-mark.md")',
};

interface Case {
  label: string;
  query: string;
  /** Wraps the payload into the variable's value ([x] for lists, { field: x } for filters). */
  value: (payload: string) => unknown;
}

const isStringLike = (t: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(t).name);
const wrap = (t: GraphQLInputType, v: unknown): unknown => {
  const inner = isNonNullType(t) ? t.ofType : t;
  return isListType(inner) ? [v] : v;
};
const selection = (f: GraphQLField<unknown, unknown>) => (isLeafType(getNamedType(f.type)) ? '' : '{ __typename }');

/** The field call with `$v` for `target` and valid values for the other required arguments. */
function call(f: GraphQLField<unknown, unknown>, target: GraphQLArgument, value: string): string {
  const args = f.args
    .filter((a) => a === target || isNonNullType(a.type))
    .map((a) => `${a.name}: ${a === target ? value : JSON.stringify(VALID[a.name] ?? 'ISO')}`);
  return `${f.name}(${args.join(', ')}) ${selection(f)}`;
}

function cases(): Case[] {
  const out: Case[] = [];
  const addField = (f: GraphQLField<unknown, unknown>, where: (inner: string) => string, owner: string) => {
    for (const a of f.args) {
      if (isStringLike(a.type)) {
        out.push({
          label: `${owner}.${f.name}(${a.name})`,
          query: `query($v: ${String(a.type)}) { ${where(call(f, a, '$v'))} }`,
          value: (p) => wrap(a.type, p),
        });
      }
      const named = getNamedType(a.type);
      if (isInputObjectType(named)) {
        for (const field of Object.values(named.getFields())) {
          if (!isStringLike(field.type)) continue;
          out.push({
            label: `${owner}.${f.name}(${a.name}.${field.name})`,
            query: `query($v: ${named.name}) { ${where(call(f, a, '$v'))} }`,
            value: (p) => ({ [field.name]: wrap(field.type, p) }),
          });
        }
      }
    }
  };
  for (const f of Object.values(schema.getQueryType()?.getFields() ?? {})) addField(f, (inner) => inner, 'Query');
  for (const [typeName, entry] of Object.entries(ENTRY)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const inType = (inner: string) =>
      typeName === 'Article' ? `${entry} { ... on Article { ${inner} } }` : `${entry} { ${inner} }`;
    for (const f of Object.values(type.getFields())) addField(f, inType, typeName);
  }
  return out;
}

describe('injection strings in every argument', () => {
  const all = cases();

  it('finds the arguments to test in the schema', () => {
    const labels = all.map((c) => c.label);
    // A sample that must be there: root lookups, search, filters, paths and entity fields.
    for (const expected of [
      'Query.search(query)',
      'Query.certification(name)',
      'Query.node(id)',
      'Query.path(from)',
      'Query.certifications(filter.accreditedBy)',
      'Certification.fact(key)',
      'Certification.relations(after)',
    ]) {
      expect(labels).toContain(expected);
    }
  });

  it('are treated as data: no internal error, no leak, and the graph is unchanged', async () => {
    const before = await graphFingerprint(graph);
    const problems: string[] = [];
    for (const c of all) {
      for (const payload of PAYLOADS) {
        const r = await api.gql(c.query, { v: c.value(payload) });
        const codes = (r.body.errors ?? []).map((e) => e.extensions?.code);
        const bad = codes.filter((code) => code !== 'BAD_USER_INPUT' && code !== 'NOT_FOUND');
        // Messages may quote the input back (it is data); anything else in them must not leak.
        const told = (r.body.errors ?? []).map((e) => e.message.split(payload).join('')).join('\n');
        if (r.status !== 200 || bad.length > 0 || LEAK.test(told)) {
          problems.push(`${c.label} ← ${JSON.stringify(payload.slice(0, 40))}: ${r.status} ${r.text.slice(0, 200)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await graphFingerprint(graph)).toEqual(before);
  }, 600_000);
});
